import type {
  Answers,
  Prefill,
  Question,
  QuestionnaireDefinition,
  TableAnswer,
} from '../../questionnaires/schemas.ts';

/** The figure sources of the data core: the measure and the partner basis each pre-fill source reads. */
export const FIGURE_SOURCES = {
  'foreign-trained-stock': { measure: 'foreign-trained-stock', partnerBasis: 'training' },
  'foreign-trained-inflow': { measure: 'inflow', partnerBasis: 'training' },
  'foreign-born-stock': { measure: 'foreign-born-stock', partnerBasis: 'birth' },
  'foreign-born-inflow': { measure: 'inflow', partnerBasis: 'birth' },
} as const;
export type FigureSource = keyof typeof FIGURE_SOURCES;

/** The occupations the reporting instrument asks figures for: doctors, nurses, midwives, dentists, pharmacists. */
export const REPORTED_OCCUPATIONS = [
  'medical-doctors',
  'nursing-personnel',
  'midwifery-personnel',
  'dentists',
  'pharmacists',
] as const;

/** The fields of a stored figure, which a table's `prefill.columns` maps onto its columns. */
export const FIGURE_FIELDS = ['occupation', 'partner', 'year', 'value'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** A figure of an area: the number of workers of an occupation trained (or born) in a partner country in a year. */
export interface Figure {
  occupation: string;
  partner: string;
  year: number;
  value: number;
}

/** A figure as the data core stores it. */
export interface StoredFigure extends Figure {
  source: string;
  batch: number;
}

export type TableQuestion = Extract<Question, { type: 'table' }>;
export type FigureTable = TableQuestion & { prefill: Prefill & { source: FigureSource } };

export function isFigureSource(source: string): source is FigureSource {
  return Object.hasOwn(FIGURE_SOURCES, source);
}

/** The tables of a questionnaire pre-filled from the data core, in questionnaire order. */
export function prefilledTables(def: QuestionnaireDefinition): TableQuestion[] {
  return def.sections.flatMap((s) =>
    s.questions.filter((q): q is TableQuestion => q.type === 'table' && q.prefill !== undefined),
  );
}

/** The tables of a questionnaire holding figures of the data core (stock and inflow by occupation × country). */
export function figureTables(def: QuestionnaireDefinition): FigureTable[] {
  return prefilledTables(def).filter((q): q is FigureTable =>
    q.prefill ? isFigureSource(q.prefill.source) : false,
  );
}

/** The key of a figure's row: occupation|country|year. */
export function figureKey(f: Pick<Figure, 'occupation' | 'partner' | 'year'>): string {
  return `${f.occupation}|${f.partner}|${f.year}`;
}

/** The column of the table that holds a field of the figure, or the field's own name when the mapping omits it. */
function columnOf(table: TableQuestion, field: FigureField): string {
  return table.prefill?.columns[field] ?? field;
}

/** A stored figure as a row of the table, through its pre-fill column mapping. */
export function figureRow(table: TableQuestion, f: Figure): Record<string, string | number> {
  return {
    [columnOf(table, 'occupation')]: f.occupation,
    [columnOf(table, 'partner')]: f.partner,
    [columnOf(table, 'year')]: f.year,
    [columnOf(table, 'value')]: f.value,
  };
}

function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

function isTableAnswer(a: unknown): a is TableAnswer {
  return typeof a === 'object' && a !== null && Array.isArray((a as { rows?: unknown }).rows);
}

/**
 * The figures a table answer reports: each row with an occupation, a country (ISO3), a whole year and a number.
 * Rows lacking one of these are not figures (validation names them).
 */
export function reportedFigures(table: TableQuestion, answer: unknown): Figure[] {
  if (!isTableAnswer(answer)) return [];
  const out: Figure[] = [];
  for (const row of answer.rows) {
    const occupation = row[columnOf(table, 'occupation')];
    const partner = row[columnOf(table, 'partner')];
    const year = asNumber(row[columnOf(table, 'year')]);
    const value = asNumber(row[columnOf(table, 'value')]);
    if (typeof occupation !== 'string' || occupation.trim() === '') continue;
    if (typeof partner !== 'string' || !/^[A-Za-z]{3}$/.test(partner.trim())) continue;
    if (year === null || !Number.isInteger(year) || value === null) continue;
    out.push({ occupation: occupation.trim(), partner: partner.trim().toUpperCase(), year, value });
  }
  return out;
}

/** Per key the figure of the newest batch (the data core may hold one key from several sources). */
export function newestPerKey(stored: readonly StoredFigure[]): StoredFigure[] {
  const byKey = new Map<string, StoredFigure>();
  for (const f of stored) {
    const key = figureKey(f);
    const had = byKey.get(key);
    if (!had || f.batch > had.batch) byKey.set(key, f);
  }
  return [...byKey.values()];
}

/**
 * What pre-fills a table: for each occupation, the figures of its latest year at or before the round's year, one per
 * country, ordered by occupation (in the instrument's order), country and year.
 */
export function latestFigures(stored: readonly StoredFigure[], roundYear: number): StoredFigure[] {
  const current = newestPerKey(stored.filter((f) => f.year <= roundYear));
  const latest = new Map<string, number>();
  for (const f of current) latest.set(f.occupation, Math.max(latest.get(f.occupation) ?? f.year, f.year));
  const order = (o: string) => {
    const i = (REPORTED_OCCUPATIONS as readonly string[]).indexOf(o);
    return i === -1 ? REPORTED_OCCUPATIONS.length : i;
  };
  return current
    .filter((f) => f.year === latest.get(f.occupation))
    .sort(
      (a, b) =>
        order(a.occupation) - order(b.occupation) ||
        a.occupation.localeCompare(b.occupation) ||
        a.partner.localeCompare(b.partner) ||
        a.year - b.year,
    );
}

/** Answers pre-filled: every pre-filled table given its rows, other answers as they are. */
export function prefillAnswers(
  answers: Answers,
  rows: ReadonlyArray<{ question: string; rows: Array<Record<string, string | number | null>> }>,
): Answers {
  const out: Answers = { ...answers };
  for (const t of rows) out[t.question] = { rows: t.rows };
  return out;
}
