import { findMeasure } from '../../reference/index.ts';
import type { ColumnMapping, MappedColumn } from '../schemas.ts';
import {
  basisInHeader,
  headerKey,
  isShareHeader,
  isTotalHeader,
  measureWord,
  occupationWord,
  roleWord,
  sexInHeader,
  sexWord,
} from './header-words.ts';
import { DEFAULT_MAPPED_MEASURE, headerSignature, headerYear, tableLine } from './mapping.ts';
import { parseNumber } from './numbers.ts';
import type { RawRow } from './rows.ts';

/** Rows searched for a header: titles, merged cells and blank lines may come first. */
export const MAX_HEADER_SEARCH_ROWS = 20;
/** A suggestion at least this sure is used when no known format fits the file. */
export const AUTO_MAPPING_CONFIDENCE = 0.8;
/** How much each header hwmo cannot read lowers the confidence. */
const UNREAD_COLUMN_FACTOR = 0.95;
/** A value column that names an occupation but no measure counts health workers, a guess this sure. */
const DEFAULT_MEASURE_CONFIDENCE = 0.9;
const TITLE_YEAR_CONFIDENCE = 0.6;
const MAX_NOTES = 20;
/** A header of more columns is not a table of areas by occupation, measure or year (a century of years is 100). */
export const MAX_MAPPED_COLUMNS = 500;

export function filledCells(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}

export interface MappingSuggestion {
  /** The proposed mapping, with a confidence per column and overall; `--mapping` accepts it as it is. */
  mapping: ColumnMapping;
  confidence: number;
  headerRow: number;
  signature: string;
  /** What lowered the confidence, or why the mapping is incomplete. */
  notes: string[];
  /** Whether the mapping says all it must (an area, a year, value columns with what they count). */
  complete: boolean;
}

const round = (x: number) => Math.round(x * 100) / 100;

type Guess = MappedColumn & { confidence: number; index: number };

function guessColumn(text: string, index: number): Guess | null {
  const header = text.trim();
  if (header === '') return null;
  const year = headerYear(header);
  if (year !== null) return { header, index, role: 'value', year, confidence: 1 };
  if (isTotalHeader(header)) return { header, index, role: 'ignore', confidence: 1 };
  const role = roleWord(header);
  if (role?.confidence === 1) return { header, index, role: role.value, confidence: 1 };
  if (isShareHeader(header)) return { header, index, role: 'ignore', confidence: 0.5 };
  const occupation = occupationWord(header);
  const measure = measureWord(header);
  if (occupation || (measure && measure.value !== DEFAULT_MAPPED_MEASURE)) {
    const m = measure ? findMeasure(measure.value) : undefined;
    const confidence = Math.min(
      occupation?.confidence ?? (m && !m.byOccupation ? 1 : 0.5),
      measure?.confidence ?? DEFAULT_MEASURE_CONFIDENCE,
    );
    const sex = sexInHeader(header);
    return {
      header,
      index,
      role: 'value',
      ...(sex ? { sex } : {}),
      ...(measure ? { measure: measure.value } : {}),
      ...(occupation && (!m || m.byOccupation) ? { occupation: occupation.value } : {}),
      confidence,
    };
  }
  if (role) return { header, index, role: role.value, confidence: role.confidence };
  return { header, index, role: 'ignore', confidence: 0 };
}

/**
 * The occupation or measure each year column falls under when the row above labels groups of them (`Doctors` over
 * `2019, 2020`, then `Nurses` over `2019, 2020`; a merged cell's label is in its first cell and spans to the next).
 * Null unless a year repeats, which a one-row header never does.
 */
function spanningLabels(
  upper: RawRow | undefined,
  yearly: readonly Guess[],
): Map<number, { occupation?: string; measure?: string }> | null {
  if (!upper || yearly.length < 2) return null;
  const years = new Set(yearly.map((g) => g.year));
  if (years.size === yearly.length) return null;
  const labels = new Map<number, { occupation?: string; measure?: string }>();
  let current: { occupation?: string; measure?: string } | null = null;
  const last = Math.max(...yearly.map((g) => g.index));
  for (let i = 0; i <= last; i++) {
    const text = (upper.cells[i] ?? '').trim();
    if (text !== '') {
      const occupation = occupationWord(text)?.value;
      const measure = measureWord(text)?.value;
      current =
        occupation || measure
          ? { ...(occupation ? { occupation } : {}), ...(measure ? { measure } : {}) }
          : null;
    }
    if (current) labels.set(i, current);
  }
  return yearly.some((g) => labels.has(g.index)) ? labels : null;
}

/** The share of a column's filled cells that `ok` accepts (1 when none is filled). */
function cellRate(rows: readonly RawRow[], index: number, ok: (cell: string) => boolean): number {
  let filled = 0;
  let good = 0;
  for (const r of rows) {
    const c = (r.cells[index] ?? '').trim();
    if (c === '') continue;
    filled++;
    if (ok(c)) good++;
  }
  return filled === 0 ? 1 : good / filled;
}

function yearIn(rows: readonly RawRow[]): number | null {
  for (const r of rows) {
    for (const c of r.cells) {
      const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(c);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

function suggestAt(rows: readonly RawRow[], at: number, sheet: string | null): MappingSuggestion | null {
  const headerRow = rows[at] as RawRow;
  const above = rows.slice(0, at);
  const data: RawRow[] = [];
  for (const r of rows.slice(at + 1)) {
    const kind = tableLine(r);
    if (kind === 'end') break;
    if (kind === null) data.push(r);
  }
  const guesses = headerRow.cells.map(guessColumn).filter((g): g is Guess => g !== null);
  const notes: string[] = [];
  const taken = new Map<string, Guess>();
  const isCode = (g: Guess) => /\b(code|iso|iso3|iso 3)\b/.test(headerKey(g.header));
  for (const g of guesses) {
    if (g.role === 'ignore' && g.confidence === 0.5 && isShareHeader(g.header)) {
      notes.push(
        `column ${JSON.stringify(g.header)} holds shares or percentages, which hwmo does not store: ignored`,
      );
    }
    if (g.role === 'value' || g.role === 'ignore') continue;
    const first = taken.get(g.role);
    if (!first) {
      taken.set(g.role, g);
      continue;
    }
    if (g.role === 'area' && first.confidence === 1 && g.confidence === 1 && (isCode(g) || isCode(first))) {
      // A name and a code column: the code is read, the name is left aside.
      const [keep, drop] = isCode(g) && !isCode(first) ? [g, first] : [first, g];
      drop.role = 'ignore';
      keep.role = 'area';
      taken.set('area', keep);
      notes.push(
        `columns ${JSON.stringify(keep.header)} and ${JSON.stringify(drop.header)} both name the area: ${JSON.stringify(keep.header)} is read`,
      );
      continue;
    }
    notes.push(`column ${JSON.stringify(g.header)} looks like a second ${g.role} column: ignored`);
    g.role = 'ignore';
    g.confidence = 0.5;
  }
  const area = guesses.find((g) => g.role === 'area');
  const named = guesses.filter((g) => g.role === 'value' && g.year === undefined);
  const yearly = guesses.filter((g) => g.role === 'value' && g.year !== undefined);
  if (!area || named.length + yearly.length === 0) return null;

  const mapping: ColumnMapping = { version: 1, columns: [] };
  if (sheet) mapping.sheet = sheet;
  mapping.headerRow = headerRow.row;
  const parts: number[] = [];
  area.confidence = round(
    area.confidence * cellRate(data, area.index, (c) => Number.isNaN(parseNumber(c)) || /^\d{3}$/.test(c)),
  );
  parts.push(area.confidence);

  const rowRole = (role: 'occupation' | 'measure' | 'sex', ok: (c: string) => boolean) => {
    const g = guesses.find((x) => x.role === role);
    if (!g) return undefined;
    g.confidence = round(g.confidence * cellRate(data, g.index, ok));
    parts.push(g.confidence);
    return g;
  };
  const occupationColumn = rowRole('occupation', (c) => occupationWord(c) !== null);
  const measureColumn = rowRole('measure', (c) => measureWord(c) !== null || occupationWord(c) !== null);
  rowRole('sex', (c) => sexWord(c) !== null);

  const partnerColumn = guesses.find((g) => g.role === 'partner');
  let bilateralMeasure: string | null = null;
  if (partnerColumn) {
    const basis = basisInHeader(partnerColumn.header);
    mapping.partnerBasis = basis ?? 'training';
    bilateralMeasure = basis === 'birth' ? 'foreign-born-stock' : 'foreign-trained-stock';
    if (!basis) {
      notes.push(
        `partner column ${JSON.stringify(partnerColumn.header)} does not say training, birth or citizenship: training assumed`,
      );
      parts.push(0.6);
    }
  }
  let useYearColumns = false;
  const spans = named.length === 0 ? spanningLabels(rows[at - 1], yearly) : null;
  if (spans) {
    // A header over two rows: occupations or measures (merged cells) above the years.
    for (const g of yearly) {
      const label = spans.get(g.index);
      if (!label) {
        g.role = 'ignore';
        g.confidence = 0.5;
        delete g.year;
        continue;
      }
      if (label.occupation) g.occupation = label.occupation;
      if (label.measure) g.measure = label.measure;
      g.confidence = 0.8;
      named.push(g);
    }
    notes.push(
      `the header spans rows ${(rows[at - 1] as RawRow).row} and ${headerRow.row}: labels above the years`,
    );
  } else if (named.length > 0) {
    for (const g of yearly) {
      g.role = 'ignore';
      g.confidence = 0.5;
      delete g.year;
      notes.push(`year column ${JSON.stringify(g.header)} beside value columns: ignored`);
    }
  } else {
    useYearColumns = true;
    const dims: NonNullable<ColumnMapping['yearColumns']> = {};
    if (!occupationColumn && !measureColumn) {
      const titleOccupation = above
        .map((r) => r.cells.join(' '))
        .map(occupationWord)
        .find((x) => x);
      const titleMeasure = above
        .map((r) => r.cells.join(' '))
        .map(measureWord)
        .find((x) => x);
      if (titleMeasure) dims.measure = titleMeasure.value;
      if (titleOccupation) dims.occupation = titleOccupation.value;
      if (!titleOccupation && (findMeasure(dims.measure ?? DEFAULT_MAPPED_MEASURE)?.byOccupation ?? true)) {
        notes.push(
          'no column or title says which occupation the years count: add "occupation" to "yearColumns"',
        );
        parts.push(0.3);
      } else parts.push(0.7);
    }
    mapping.yearColumns = dims;
  }
  for (const g of named) {
    g.confidence = round(g.confidence * cellRate(data, g.index, (c) => !Number.isNaN(parseNumber(c))));
    parts.push(g.confidence);
    if (g.measure === undefined && g.occupation === undefined && !occupationColumn && !measureColumn) {
      notes.push(`nothing says which occupation column ${JSON.stringify(g.header)} counts: add "occupation"`);
      parts.push(0.3);
    }
  }

  let complete = true;
  const everyColumnHasYear = named.length > 0 && named.every((g) => g.year !== undefined);
  if (!guesses.some((g) => g.role === 'year') && !useYearColumns && !everyColumnHasYear) {
    const y = yearIn(above);
    if (y !== null) {
      mapping.year = y;
      parts.push(TITLE_YEAR_CONFIDENCE);
      notes.push(`no year column: the year ${y} is taken from the title above the header`);
    } else {
      complete = false;
      parts.push(0);
      notes.push('no year column: add "year": YYYY to the mapping');
    }
  }
  const needsMeasure =
    !measureColumn &&
    [...named, ...(useYearColumns ? [mapping.yearColumns ?? {}] : [])].some((g) => g.measure === undefined);
  if (needsMeasure) {
    mapping.measure = bilateralMeasure ?? DEFAULT_MAPPED_MEASURE;
    notes.push(
      bilateralMeasure
        ? `values that name no measure are read as ${bilateralMeasure} (headcounts by partner country)`
        : `values that name no measure are read as ${DEFAULT_MAPPED_MEASURE} (headcounts)`,
    );
  }
  const unread = guesses.filter((g) => g.role === 'ignore' && g.confidence === 0);
  for (const g of unread) notes.push(`column ${JSON.stringify(g.header)} is not recognised: ignored`);

  mapping.columns = guesses
    .filter((g) => !(useYearColumns && g.year !== undefined))
    .map(({ index: _, ...c }) => ({ ...c, confidence: round(c.confidence) }));
  const confidence = round(Math.min(...parts) * UNREAD_COLUMN_FACTOR ** unread.length);
  const { columns, ...rest } = mapping;
  return {
    mapping: { ...rest, columns, confidence },
    confidence,
    headerRow: headerRow.row,
    signature: headerSignature(headerRow.cells),
    notes:
      notes.length > MAX_NOTES
        ? [...notes.slice(0, MAX_NOTES), `… and ${notes.length - MAX_NOTES} more`]
        : notes,
    complete,
  };
}

/**
 * Proposes a column mapping from the first rows of a sheet: the row that reads best as a header (an area column and
 * value columns), what each column is, and how sure each guess is. Null when no row has an area and value columns.
 */
export function suggestMapping(
  rows: readonly RawRow[],
  sheet: string | null = null,
): MappingSuggestion | null {
  let best: MappingSuggestion | null = null;
  const n = Math.min(rows.length, MAX_HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) {
    if (filledCells((rows[i] as RawRow).cells) > MAX_MAPPED_COLUMNS) continue;
    const s = suggestAt(rows, i, sheet);
    if (s && (!best || s.confidence > best.confidence)) best = s;
  }
  return best;
}

/** The suggestion as lines of text: one per column, then the notes. */
export function describeSuggestion(s: MappingSuggestion): string[] {
  const m = s.mapping;
  const lines = [
    `header row ${s.headerRow}${m.sheet ? ` of sheet ${m.sheet}` : ''}; confidence ${s.confidence.toFixed(2)}`,
  ];
  for (const c of m.columns) {
    const what = [c.measure, c.occupation, c.year, c.sex].filter((x) => x !== undefined).join(', ');
    lines.push(
      `  ${JSON.stringify(c.header)}: ${c.role}${what ? ` (${what})` : ''}, confidence ${(c.confidence ?? 0).toFixed(2)}`,
    );
  }
  if (m.yearColumns) {
    const d = m.yearColumns;
    const what = [d.measure, d.occupation, d.sex].filter((x) => x !== undefined).join(', ');
    lines.push(`  every year column: value${what ? ` (${what})` : ''}`);
  }
  if (m.year !== undefined) lines.push(`  year for every row: ${m.year}`);
  if (m.measure !== undefined) lines.push(`  measure where a column names none: ${m.measure}`);
  for (const n of s.notes) lines.push(`note: ${n}`);
  return lines;
}
