import { inflateRawSync } from 'node:zlib';
import type { ImportLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { openImportFile, suggestFileMapping } from './importers/index.ts';
import type { FormatName, ImportInput } from './importers/types.ts';
import { isZip } from './importers/xlsx-rows.ts';
import { checkWorkbookZip } from './importers/xlsx-zip.ts';
import { text as msg } from './messages.ts';
import type { Upload } from './schemas.ts';

export type Detection = Pick<Upload, 'sheets' | 'sheet' | 'format' | 'suggestion' | 'problem'>;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** One part of a ZIP archive checked whole by checkWorkbookZip, inflated; null when the archive has no such part. */
function zipPart(zip: Buffer, name: string): Buffer | null {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let k = 0; k < count && zip.readUInt32LE(at) === CENTRAL; k++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return zip.readUInt16LE(at + 10) === 0 ? data : inflateRawSync(data);
    }
    at = next;
  }
  return null;
}

const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        Number.parseInt(
          e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1),
          e[1] === 'x' || e[1] === 'X' ? 16 : 10,
        ),
      );
    return (
      ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? ''
    );
  });
const attribute = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);

/** The visible worksheets of a workbook, in workbook order, from its workbook part; empty for a text file. */
export async function visibleSheets(
  input: ImportInput & { bytes: Uint8Array },
  limits: ImportLimits,
): Promise<string[]> {
  if (!isZip(input.bytes.subarray(0, 4))) return [];
  await checkWorkbookZip(input, limits);
  const zip = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const rels = zipPart(zip, '_rels/.rels')?.toString('utf8') ?? '';
  const target = /<(?:\w+:)?Relationship\b[^>]*\/officeDocument"[^>]*>/.exec(rels)?.[0];
  const path = target ? attribute(target, 'Target') : null;
  const workbook = zipPart(zip, (path?.[2] ?? path?.[3] ?? 'xl/workbook.xml').replace(/^\//, ''));
  if (!workbook) {
    throw new AppError('invalid_file', msg('noWorkbookPart', { file: input.fileName }), {
      location: { file: input.fileName },
      hint: msg('resaveXlsxHint'),
    });
  }
  const sheets: string[] = [];
  for (const m of workbook.toString('utf8').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = attribute(attrs, 'name');
    const state = attribute(attrs, 'state');
    const hidden = state && /hidden/i.test(state[2] ?? state[3] ?? '');
    if (name && !hidden) sheets.push(unescapeXml(name[2] ?? name[3] ?? ''));
  }
  return sheets;
}

/** What reads one sheet (or the text file, `sheet` undefined), from its first rows. */
async function detectSheet(
  input: ImportInput & { bytes: Uint8Array },
  sheet: string | undefined,
  limits: ImportLimits,
): Promise<Omit<Detection, 'sheets'>> {
  const open = { limits, ...(sheet === undefined ? {} : { sheet }) };
  const sheetRead = sheet ?? null;
  let problem: AppError;
  try {
    const { detectedFormat, suggestion } = await suggestFileMapping(input, open);
    if (detectedFormat) return { sheet: sheetRead, format: detectedFormat, suggestion: null, problem: null };
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
    // No header a mapping could read: a known format may still (its header need not look like a table's).
    if (!(e instanceof AppError) || e.code !== 'invalid_file') throw e;
    problem = e;
  }
  let format: FormatName | null = null;
  try {
    const parsed = await openImportFile(input, open);
    if (parsed.format !== 'mapped') format = parsed.format;
    // One step starts the reader, so that returning closes it (an unstarted stream has nothing to close).
    const events = parsed.events[Symbol.asyncIterator]();
    await events.next().catch(() => undefined);
    await events.return?.();
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'invalid_file') throw e;
  }
  return format
    ? { sheet: sheetRead, format, suggestion: null, problem: null }
    : { sheet: sheetRead, format: null, suggestion: null, problem: problem.message };
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
      msg('xlsxNoSheet', { file: input.fileName, sheet: JSON.stringify(opts.sheet) }),
      {
        detail: msg('xlsxSheets', { sheets: sheets.map((n) => JSON.stringify(n)).join(', ') }),
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
