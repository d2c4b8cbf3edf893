/** The declaration form's lines and what the API says about them: plain data, no I/O. */
import type { FieldError } from '../../lib/api.ts';

export const LINE_FIELDS = ['month', 'origin', 'occupation', 'placed', 'agreement'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** The occupations a declaration offers: the ones the observatory names in every language. */
export const DECLARED_OCCUPATIONS = [
  'nursing-personnel',
  'midwifery-personnel',
  'medical-doctors',
  'dentists',
  'pharmacists',
] as const;

/** One line of the form as typed: strings, as the inputs hold them. */
export interface DraftLine {
  key: number;
  month: string;
  origin: string;
  occupation: string;
  placed: string;
  agreement: string;
}

/** The month before the one of `today`, YYYY-MM: the usual month to declare. */
export function lastMonth(today: Date): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export const newLine = (key: number, month: string): DraftLine => ({
  key,
  month,
  origin: '',
  occupation: DECLARED_OCCUPATIONS[0],
  placed: '',
  agreement: '',
});

/** The body of `POST …/declarations`: the lines in order, the count as a number, an agreement only when chosen. */
export function declarationBody(lines: readonly DraftLine[]) {
  return {
    lines: lines.map((l) => ({
      month: l.month,
      origin: l.origin,
      occupation: l.occupation,
      placed: Number(l.placed),
      ...(l.agreement ? { agreement: Number(l.agreement) } : {}),
    })),
  };
}

const LINE_PATH = /^lines\.(\d+)\.(\w+)$/;

/**
 * The API's field errors (`lines.2.origin`) by line and field, several on one field joined; those naming no field
 * of a line the form has are left in `other`.
 */
export function lineErrors(
  errors: readonly FieldError[],
  count: number,
): { lines: Array<Partial<Record<LineField, string>>>; other: FieldError[] } {
  const lines: Array<Partial<Record<LineField, string>>> = Array.from({ length: count }, () => ({}));
  const other: FieldError[] = [];
  for (const e of errors) {
    const m = LINE_PATH.exec(e.field);
    const row = m ? lines[Number(m[1])] : undefined;
    const field = m?.[2] as LineField | undefined;
    if (!row || !field || !(LINE_FIELDS as readonly string[]).includes(field)) {
      other.push(e);
      continue;
    }
    row[field] = row[field] ? `${row[field]}; ${e.message}` : e.message;
  }
  return { lines, other };
}

/** The id of a line's field in the form, for its error's `aria-describedby`. */
export const fieldId = (org: number, key: number, field: LineField) => `decl-${org}-${key}-${field}`;

/** Declarations a reviewer acts on: those waiting, then those queried, newest month first within each. */
export function awaitingReview<T extends { review: string; month: string; id: number }>(
  list: readonly T[],
): T[] {
  const rank = (r: string) => (r === 'pending' ? 0 : r === 'queried' ? 1 : -1);
  return list
    .filter((d) => rank(d.review) >= 0)
    .sort((a, b) => rank(a.review) - rank(b.review) || b.month.localeCompare(a.month) || a.id - b.id);
}
