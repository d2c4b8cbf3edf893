import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, LIMIT_VARIABLES } from '../../../platform/config.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Text } from '../../../platform/i18n/messages.ts';
import { text as msg } from '../messages.ts';
import type { ColumnNamer } from './csv-rows.ts';
import type { RawRow, RowSource } from './rows.ts';
import type { ImportInput } from './types.ts';
import { checkWorkbookZip } from './xlsx-zip.ts';

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

/** A formula the workbook holds without its calculated value (saved by a program that does not calculate). */
export function isUncalculatedFormula(value: unknown): value is { formula?: string; sharedFormula?: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { result?: unknown };
  return ('formula' in v || 'sharedFormula' in v) && (v.result === undefined || v.result === null);
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface SheetContext {
  file: string;
  limits: ImportLimits;
  namer: ColumnNamer | undefined;
}

/** A cell that refuses the file; the error is built after the rows before it are passed on, to name its column. */
class CellFault {
  constructor(
    readonly row: number,
    readonly index: number,
    readonly fault:
      | { key: 'xlsxFormulaWithoutValue'; formula: string }
      | { key: 'xlsxCellTooLong'; count: number; max: number }
      | { key: 'xlsxCellNul' },
    readonly hint: Text,
  ) {}

  error(ctx: SheetContext): AppError {
    const ref = `${columnLetters(this.index + 1)}${this.row}`;
    const column = ctx.namer?.columnName(this.index) ?? columnLetters(this.index + 1);
    return new AppError(
      'invalid_file',
      msg(this.fault.key, { ...this.fault, cell: ref, row: this.row, column: JSON.stringify(column) }),
      { location: { file: ctx.file, row: this.row, column }, hint: this.hint },
    );
  }
}

function rowCells(row: ExcelJS.Row, ctx: SheetContext): string[] {
  const { limits } = ctx;
  if (row.cellCount > limits.maxColumns) {
    throw new AppError(
      'invalid_file',
      msg('xlsxTooManyColumns', {
        row: row.number,
        last: columnLetters(row.cellCount),
        count: row.cellCount,
        max: limits.maxColumns,
      }),
      {
        location: { file: ctx.file, row: row.number },
        hint: msg('xlsxTooManyColumnsHint', { variable: LIMIT_VARIABLES.maxColumns }),
      },
    );
  }
  const values = row.values;
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  // exceljs row values are 1-based.
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (isUncalculatedFormula(value)) {
      const formula = value.formula ?? value.sharedFormula ?? '';
      throw new CellFault(
        row.number,
        i - 1,
        { key: 'xlsxFormulaWithoutValue', formula: formula.slice(0, 80) },
        msg('xlsxFormulaHint'),
      );
    }
    const text = cellText(value);
    if (text.length > limits.maxFieldChars) {
      throw new CellFault(
        row.number,
        i - 1,
        { key: 'xlsxCellTooLong', count: text.length, max: limits.maxFieldChars },
        msg('xlsxCellTooLongHint', { variable: LIMIT_VARIABLES.maxFieldChars }),
      );
    }
    if (text.includes('\0')) {
      throw new CellFault(row.number, i - 1, { key: 'xlsxCellNul' }, msg('xlsxCellNulHint'));
    }
    cells.push(text);
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function unreadable(file: string, cause: unknown, row?: number): AppError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'invalid_file',
    row === undefined ? msg('xlsxUnreadable', { file }) : msg('xlsxUnreadableAfter', { file, row }),
    {
      location: { file, ...(row === undefined ? {} : { row: row + 1 }) },
      detail: msg('systemReason', { reason: detail.length > 300 ? `${detail.slice(0, 300)}…` : detail }),
      hint: msg('resaveXlsxHint'),
      cause,
    },
  );
}

function openStream(input: ImportInput): Readable {
  if (input.bytes)
    return Readable.from([Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)]);
  if (input.path) return createReadStream(input.path);
  throw new AppError('invalid_input', msg('needsFile'));
}

interface OpenedSheet {
  found: { name: string; rows: AsyncIterable<ExcelJS.Row> } | null;
  sheets: () => Array<{ name: string; state?: string }>;
  /** Ends the reading; `current` is the chosen sheet's row iterator, if it was started. */
  close: (current?: AsyncIterator<ExcelJS.Row>) => Promise<void>;
  raced: TypeError | null;
}

async function drain(rows: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of rows);
}

async function findSheet(input: ImportInput, sheet: string | undefined): Promise<OpenedSheet> {
  // Loaded here, not at startup: commands that read no workbook do not pay for it.
  const { default: Excel } = await import('exceljs');
  const stream = openStream(input);
  const reader = new Excel.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = () => (reader as unknown as ReaderWithModel).model?.sheets ?? [];
  const worksheets = reader[Symbol.asyncIterator]();
  const abort = async () => {
    stream.destroy();
    await worksheets.return?.(undefined).catch(() => undefined);
  };
  // exceljs keeps each sheet stored before the shared strings in a temporary file, removed only once the
  // reading moves past that sheet, and removed even if the sheet's own stream has not opened it yet. So every
  // sheet is read to its end before the next, and the workbook to its end: a sheet skipped unread made an
  // uncaught ENOENT, and a reading stopped early left its files behind for as long as the process ran.
  const close = async (current?: AsyncIterator<ExcelJS.Row>) => {
    try {
      if (current) while (!(await current.next()).done);
      for (let r = await worksheets.next(); !r.done; r = await worksheets.next()) await drain(r.value);
    } catch {
      await abort();
    }
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
      await drain(r.value);
    }
  } catch (cause) {
    await abort();
    if (cause instanceof TypeError) return { found: null, sheets, close, raced: cause };
    throw unreadable(input.fileName, cause);
  }
  return { found, sheets, close, raced: null };
}

/**
 * Streams the rows of one worksheet with exceljs's WorkbookReader: the sheet named `sheet`, else the first
 * visible sheet in workbook order. Row numbers are the sheet's own.
 */
export async function openXlsxRows(
  input: ImportInput,
  sheet?: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  namer?: ColumnNamer,
): Promise<RowSource> {
  const file = input.fileName;
  await checkWorkbookZip(input, limits);
  // The archive is verified whole above, so a TypeError from the reader while it looks for the sheet is its
  // stream ending before the workbook part was parsed (an occasional race in exceljs's unzipping), not the file.
  let opened = await findSheet(input, sheet);
  for (let attempt = 1; opened.raced && attempt < 3; attempt++) opened = await findSheet(input, sheet);
  if (opened.raced) throw unreadable(file, opened.raced);
  const { found, sheets, close } = opened;
  if (!found) {
    await close();
    const names = sheets().map((s) => s.name);
    if (sheet === undefined) {
      throw new AppError('invalid_file', msg('xlsxNoWorksheet', { file }), { location: { file } });
    }
    throw new AppError('invalid_input', msg('xlsxNoSheet', { file, sheet: JSON.stringify(sheet) }), {
      detail: msg('xlsxSheets', { sheets: names.map((n) => JSON.stringify(n)).join(', ') }),
      hint: msg('xlsxChooseSheet', { sheet: JSON.stringify(names[0] ?? 'Sheet1') }),
      location: { file },
    });
  }
  const { name, rows } = found;
  const ctx: SheetContext = { file: `${file} [${name}]`, limits, namer };
  async function* batches(): AsyncGenerator<RawRow[]> {
    let last = 0;
    let count = 0;
    const it = rows[Symbol.asyncIterator]();
    try {
      let batch: RawRow[] = [];
      for (;;) {
        let r: IteratorResult<ExcelJS.Row>;
        try {
          r = await it.next();
        } catch (cause) {
          throw unreadable(ctx.file, cause, last > 0 ? last : undefined);
        }
        if (r.done) break;
        const row = r.value;
        if (++count > limits.maxRows) {
          throw new AppError(
            'invalid_file',
            msg('xlsxTooManyRows', { file: ctx.file, max: limits.maxRows }),
            {
              location: { file: ctx.file, row: row.number },
              hint: msg('splitSheetLimit', { variable: LIMIT_VARIABLES.maxRows }),
            },
          );
        }
        last = row.number;
        let cells: string[];
        try {
          cells = rowCells(row, ctx);
        } catch (e) {
          if (!(e instanceof CellFault)) throw e;
          if (batch.length > 0) yield batch;
          batch = [];
          throw e.error(ctx);
        }
        if (cells.length === 0 || cells.every((c) => c.trim() === '')) continue;
        batch.push({ row: row.number, cells });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      await close(it);
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
