import { cutQuoted } from '../../../platform/errors.ts';
import { NOT_APPLICABLE } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { MAX_YEAR, MIN_YEAR, notANumber, parseNumber, parseYear } from './numbers.ts';
import type { RawRow } from './rows.ts';
import type { FormatName, ImportEvent, ImportRecord, Reason } from './types.ts';

export function normaliseName(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** A header row, looked up by column name (case and spacing ignored). */
export class Header {
  readonly names: readonly string[];
  private readonly positions = new Map<string, number>();

  constructor(
    readonly cells: readonly string[],
    readonly row: number,
    normalise: (cell: string) => string = normaliseName,
  ) {
    this.names = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
    cells.forEach((c, i) => {
      const key = normalise(c);
      if (key !== '' && !this.positions.has(key)) this.positions.set(key, i);
    });
  }

  /** Position of the first of `names` present, or -1. */
  index(...names: string[]): number {
    for (const n of names) {
      const i = this.positions.get(n.toLowerCase());
      if (i !== undefined) return i;
    }
    return -1;
  }

  has(...names: string[]): boolean {
    return this.index(...names) !== -1;
  }

  /** The column name at a position, as the file spells it. */
  name(index: number): string {
    return this.names[index] ?? `column ${index + 1}`;
  }
}

export interface FormatContext {
  /** File name for messages (with the sheet, for a workbook). */
  file: string;
  fileName: string;
  header: Header;
  decimalComma: boolean;
}

/**
 * Turns the rows after the header into events; `finish` runs after the last row. `classify`, when given, sees each
 * row first: `skip` passes over it (a comment), `end` ends the table there (a note line below it).
 */
export interface RowReader {
  classify?(row: RawRow): 'data' | 'skip' | 'end';
  read(row: RawRow, out: ImportEvent[]): void;
  finish?(): void;
}

export interface FormatSpec {
  name: FormatName;
  /** One line for the format list in messages. */
  description: string;
  normalise?: (cell: string) => string;
  detect(header: Header): boolean;
  /** The first column a forced format needs and this header lacks, or null. */
  missing(header: Header): string | null;
  open(ctx: FormatContext): RowReader;
}

export function skip(row: number, column: string | null, reason: Reason): ImportEvent {
  return {
    type: 'skip',
    skip: { row, column, reason: typeof reason === 'string' ? cutQuoted(reason) : reason },
  };
}

export function record(r: ImportRecord): ImportEvent {
  return { type: 'record', record: r };
}

type AreaRecordFields =
  | 'row'
  | 'source'
  | 'measure'
  | 'area'
  | 'areaColumn'
  | 'year'
  | 'occupation'
  | 'value'
  | 'series';

/** A value of one area, not broken down by partner: all sexes and ages, no flags or comment unless given. */
export function areaRecord(r: Pick<ImportRecord, AreaRecordFields> & Partial<ImportRecord>): ImportEvent {
  return record({
    sex: '_T',
    age: '_T',
    partner: NOT_APPLICABLE,
    partnerColumn: null,
    partnerBasis: '_Z',
    flags: [],
    comment: null,
    ...r,
  });
}

/** The first of `required` (each a list of accepted spellings) that the header lacks. */
export function firstMissing(header: Header, required: ReadonlyArray<readonly string[]>): string | null {
  for (const names of required) if (!header.has(...names)) return names[0] ?? null;
  return null;
}

export function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '');
}

/** The value in a cell, or the skip event saying why there is none. */
export function readValue(
  raw: string,
  decimalComma: boolean,
  row: number,
  column: string,
  status?: string,
): number | ImportEvent {
  const v = parseNumber(raw, decimalComma);
  if (v === null) return skip(row, column, status ? msg('noValueStatus', { status }) : msg('noValue'));
  if (Number.isNaN(v)) return skip(row, column, notANumber(raw, decimalComma));
  return v;
}

/** The year in a cell, or the skip event saying why it is not one. */
export function readYear(raw: string, row: number, column: string): number | ImportEvent {
  const y = parseYear(raw);
  if (y === null) return skip(row, column, msg('notAYear', { value: JSON.stringify(raw.trim()) }));
  if (y < MIN_YEAR || y > MAX_YEAR)
    return skip(row, column, msg('yearOutside', { year: y, min: MIN_YEAR, max: MAX_YEAR }));
  return y;
}
