import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors.ts';
import type { RawRow, RowSource } from './rows.ts';
import type { ImportInput } from './types.ts';

/** ZIP local-file header: how an .xlsx starts. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** OLE2 compound file: how a legacy .xls starts. */
export function isOle2(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

type SheetInfo = { name: string; state?: string };
type ReaderWithModel = { model?: { sheets?: SheetInfo[] } };
type NamedWorksheet = { name?: string };

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell as the text it shows: numbers without locale formatting, dates as ISO dates, formulas as their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if (typeof value === 'object') {
    const v = value as {
      richText?: Array<{ text?: string }>;
      result?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('error' in v) return '';
    if ('text' in v) return cellText(v.text);
  }
  return String(value);
}

function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  // exceljs row values are 1-based.
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function openStream(input: ImportInput): Readable {
  if (input.bytes)
    return Readable.from([Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)]);
  if (input.path) return createReadStream(input.path);
  throw new AppError('invalid_input', 'An import needs a file path or the file bytes');
}

/**
 * Streams the rows of one worksheet with exceljs's WorkbookReader: the sheet named `sheet`, else the first
 * visible sheet in workbook order. Row numbers are the sheet's own.
 */
export async function openXlsxRows(input: ImportInput, sheet?: string): Promise<RowSource> {
  const file = input.fileName;
  const stream = openStream(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = () => (reader as unknown as ReaderWithModel).model?.sheets ?? [];
  const worksheets = reader[Symbol.asyncIterator]();
  const close = async () => {
    stream.destroy();
    await worksheets.return?.(undefined).catch(() => undefined);
  };
  let found: { name: string; rows: AsyncIterable<ExcelJS.Row> } | null = null;
  try {
    for (let r = await worksheets.next(); !r.done; r = await worksheets.next()) {
      const name = (r.value as unknown as NamedWorksheet).name ?? '';
      const wanted = sheet ?? sheets().find((s) => s.state !== 'hidden')?.name ?? name;
      if (name === wanted) {
        found = { name, rows: r.value };
        break;
      }
    }
  } catch (cause) {
    await close();
    throw new AppError('invalid_file', `${file} cannot be read as an XLSX workbook`, {
      location: { file },
      detail: cause instanceof Error ? cause.message : String(cause),
      hint: 'open it in a spreadsheet and save it again as .xlsx, or export the sheet as CSV',
      cause,
    });
  }
  if (!found) {
    await close();
    const names = sheets().map((s) => s.name);
    if (sheet === undefined) {
      throw new AppError('invalid_file', `${file} has no worksheet`, { location: { file } });
    }
    throw new AppError('invalid_input', `${file} has no sheet named ${JSON.stringify(sheet)}`, {
      detail: `Its sheets: ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
      hint: `choose one with --sheet, e.g. --sheet ${JSON.stringify(names[0] ?? 'Sheet1')}`,
      location: { file },
    });
  }
  const { name, rows } = found;
  async function* batches(): AsyncGenerator<RawRow[]> {
    try {
      let batch: RawRow[] = [];
      for await (const row of rows) {
        const cells = rowCells(row.values);
        if (cells.length === 0 || cells.every((c) => c.trim() === '')) continue;
        batch.push({ row: row.number, cells });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      await close();
    }
  }
  return {
    kind: 'xlsx',
    sheet: name,
    separator: null,
    decimalComma: false,
    strictWidth: false,
    batches: batches(),
  };
}
