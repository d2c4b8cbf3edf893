import { Readable } from 'node:stream';
import type { ImportLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { openImportFile, suggestFileMapping } from './importers/index.ts';
import type { FormatName, ImportInput } from './importers/types.ts';
import { isZip } from './importers/xlsx-rows.ts';
import { checkWorkbookZip } from './importers/xlsx-zip.ts';
import type { Upload } from './uploads-schemas.ts';

export type Detection = Pick<Upload, 'sheets' | 'sheet' | 'format' | 'suggestion' | 'problem'>;

/** The visible worksheets of a workbook, in workbook order; empty for a text file. */
export async function visibleSheets(
  input: ImportInput & { bytes: Uint8Array },
  limits: ImportLimits,
): Promise<string[]> {
  if (!isZip(input.bytes.subarray(0, 4))) return [];
  await checkWorkbookZip(input, limits);
  const { default: Excel } = await import('exceljs');
  const stream = Readable.from([
    Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
  ]);
  const reader = new Excel.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = () =>
    (reader as unknown as { model?: { sheets?: Array<{ name: string; state?: string }> } }).model?.sheets ??
    [];
  const it = reader[Symbol.asyncIterator]();
  try {
    await it.next();
  } catch (cause) {
    throw new AppError('invalid_file', `${input.fileName} cannot be read as an XLSX workbook`, {
      location: { file: input.fileName },
      detail: cause instanceof Error ? cause.message : String(cause),
      hint: 'open it in a spreadsheet and save it again as .xlsx, or export the sheet as CSV',
    });
  } finally {
    stream.destroy();
    await it.return?.(undefined).catch(() => undefined);
  }
  return sheets()
    .filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden')
    .map((s) => s.name);
}

/** What reads one sheet (or the text file, `sheet` undefined). */
async function detectSheet(
  input: ImportInput & { bytes: Uint8Array },
  sheet: string | undefined,
  limits: ImportLimits,
): Promise<Omit<Detection, 'sheets'>> {
  const open = { limits, ...(sheet === undefined ? {} : { sheet }) };
  let format: FormatName | null = null;
  let sheetRead: string | null = sheet ?? null;
  try {
    const parsed = await openImportFile(input, open);
    sheetRead = parsed.sheet;
    if (parsed.format !== 'mapped') format = parsed.format;
    await parsed.events[Symbol.asyncIterator]().return?.();
  } catch (e) {
    // A file no format reads is what a mapping is for; anything else (a damaged file) is the answer.
    if (!(e instanceof AppError) || e.code !== 'invalid_file') throw e;
  }
  if (format) return { sheet: sheetRead, format, suggestion: null, problem: null };
  try {
    const { suggestion } = await suggestFileMapping(input, open);
    return {
      sheet: sheetRead,
      format: null,
      suggestion: {
        mapping: suggestion.mapping,
        confidence: suggestion.confidence,
        headerRow: suggestion.headerRow,
        notes: suggestion.notes,
        complete: suggestion.complete,
      },
      problem: null,
    };
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'invalid_file') throw e;
    return { sheet: sheetRead, format: null, suggestion: null, problem: e.message };
  }
}

/**
 * What reads a file: a known format found from its header, or else a proposed column mapping (the logic of
 * `hwmo import --suggest-mapping`). Without a sheet named, the first visible sheet that reads is chosen (a workbook
 * often opens with notes). A file that nothing reads is not refused here: `problem` says why, and a mapping written
 * by hand may still read it.
 */
export async function detectUpload(
  input: ImportInput & { bytes: Uint8Array },
  opts: { sheet?: string; limits: ImportLimits },
): Promise<Detection> {
  const sheets = await visibleSheets(input, opts.limits);
  if (opts.sheet !== undefined && sheets.length > 0 && !sheets.includes(opts.sheet)) {
    throw new AppError(
      'invalid_input',
      `${input.fileName} has no sheet named ${JSON.stringify(opts.sheet)}`,
      {
        detail: `Its sheets: ${sheets.map((n) => JSON.stringify(n)).join(', ')}.`,
        location: { field: 'sheet' },
      },
    );
  }
  const candidates: Array<string | undefined> =
    opts.sheet !== undefined ? [opts.sheet] : sheets.length > 0 ? sheets : [undefined];
  let first: Omit<Detection, 'sheets'> | null = null;
  for (const sheet of candidates) {
    const found = await detectSheet(input, sheet, opts.limits);
    if (found.format || found.suggestion) return { sheets, ...found };
    first ??= found;
  }
  return { sheets, ...(first as Omit<Detection, 'sheets'>) };
}
