/**
 * Declarations of recruitment: the health workers a listed recruiter or employer placed in the destination, by
 * month, country of origin and occupation. Plain data, no I/O.
 */

export type OriginStatus = 'red' | 'amber' | 'green';

export const FLAG_REASONS = ['red_origin', 'amber_without_agreement', 'agreement_not_governing'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const REVIEW_STATES = ['not_needed', 'pending', 'accepted', 'queried'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface DeclaredPlacement {
  /** YYYY-MM */
  month: string;
  origin: string;
  occupation: string;
  placed: number;
  /** The agreement the placements were made under, if any. */
  agreement: number | null;
}

/** The first day of a declared month, the date its origin's status is read on. */
export const monthStart = (month: string): string => `${month}-01`;

/** Whether a month (YYYY-MM) is after the month of a date (YYYY-MM-DD). */
export const isFutureMonth = (month: string, today: string): boolean => month > today.slice(0, 7);

/**
 * Why a declaration needs a reviewer's look, or null: placements from an origin that was red that month; from an
 * amber origin without naming the agreement; or under an agreement that did not govern recruitment from there.
 */
export function flagOf(
  p: Pick<DeclaredPlacement, 'agreement'>,
  status: OriginStatus,
  governing: readonly number[],
): FlagReason | null {
  if (status === 'red') return 'red_origin';
  if (p.agreement !== null && !governing.includes(p.agreement)) return 'agreement_not_governing';
  if (status === 'amber' && p.agreement === null) return 'amber_without_agreement';
  return null;
}

export interface YearlyTotal {
  origin: string;
  occupation: string;
  year: number;
  placed: number;
}

/** The declared placements summed by origin, occupation and year: the inflow the data core holds for them. */
export function yearlyTotals(placements: readonly Omit<DeclaredPlacement, 'agreement'>[]): YearlyTotal[] {
  const totals = new Map<string, YearlyTotal>();
  for (const p of placements) {
    const year = Number(p.month.slice(0, 4));
    const key = `${p.origin}|${p.occupation}|${year}`;
    const t = totals.get(key);
    if (t) t.placed += p.placed;
    else totals.set(key, { origin: p.origin, occupation: p.occupation, year, placed: p.placed });
  }
  return [...totals.values()].sort(
    (a, b) => a.year - b.year || a.origin.localeCompare(b.origin) || a.occupation.localeCompare(b.occupation),
  );
}
