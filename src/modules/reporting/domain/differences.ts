import { type Figure, figureKey, newestPerKey, type StoredFigure } from './figures.ts';

/** Why a reported figure and the data core differ, as data: the use case words it in the reader's language. */
export type DifferenceReason =
  | { code: 'different'; gap: number; percent: number | null }
  | { code: 'year-missing'; latestYear: number | null }
  | { code: 'partner-missing' }
  | { code: 'not-reported' };

export interface FigureDifference {
  question: string;
  key: string;
  kind: 'different' | 'only-reported' | 'only-stored';
  occupation: string;
  partner: string;
  year: number;
  reported: number | null;
  stored: number | null;
  storedSource: string | null;
  storedBatch: number | null;
  storedYear: number | null;
  reason: DifferenceReason;
}

/** Two numbers closer than this are the same figure (a float written back as text). */
const EPSILON = 1e-9;

/**
 * The differences between the figures a table reports and those the data core holds, row key by row key
 * (occupation|country|year):
 * - a reported figure whose key the data core holds with another value is `different` (the gap and its share of
 *   the stored value);
 * - a reported figure the data core lacks is `only-reported`: either the data core has no figure of that occupation
 *   for the year (`year-missing`, with the latest year it has) or none for that country (`partner-missing`);
 * - a figure the table was pre-filled with (`prefilled`: the latest year per occupation) and that is no longer
 *   reported is `only-stored`.
 * `stored` is every current figure of the area for the table's source, all years.
 */
export function figureDifferences(
  question: string,
  reported: readonly Figure[],
  stored: readonly StoredFigure[],
  prefilled: readonly StoredFigure[],
): FigureDifference[] {
  const storedByKey = new Map(newestPerKey(stored).map((f) => [figureKey(f), f]));
  const years = new Map<string, Set<number>>();
  for (const f of stored) {
    const set = years.get(f.occupation) ?? new Set<number>();
    set.add(f.year);
    years.set(f.occupation, set);
  }
  const out: FigureDifference[] = [];
  const reportedKeys = new Set<string>();
  for (const r of reported) {
    const key = figureKey(r);
    if (reportedKeys.has(key)) continue;
    reportedKeys.add(key);
    const s = storedByKey.get(key);
    const base = {
      question,
      key,
      occupation: r.occupation,
      partner: r.partner,
      year: r.year,
      reported: r.value,
    };
    if (s) {
      if (Math.abs(s.value - r.value) <= EPSILON) continue;
      const gap = r.value - s.value;
      out.push({
        ...base,
        kind: 'different',
        stored: s.value,
        storedSource: s.source,
        storedBatch: s.batch,
        storedYear: s.year,
        reason: { code: 'different', gap, percent: s.value === 0 ? null : (gap / s.value) * 100 },
      });
      continue;
    }
    const held = years.get(r.occupation);
    const reason: DifferenceReason = held?.has(r.year)
      ? { code: 'partner-missing' }
      : { code: 'year-missing', latestYear: held ? Math.max(...held) : null };
    out.push({
      ...base,
      kind: 'only-reported',
      stored: null,
      storedSource: null,
      storedBatch: null,
      storedYear: null,
      reason,
    });
  }
  for (const p of newestPerKey(prefilled)) {
    const key = figureKey(p);
    if (reportedKeys.has(key)) continue;
    out.push({
      question,
      key,
      kind: 'only-stored',
      occupation: p.occupation,
      partner: p.partner,
      year: p.year,
      reported: null,
      stored: p.value,
      storedSource: p.source,
      storedBatch: p.batch,
      storedYear: p.year,
      reason: { code: 'not-reported' },
    });
  }
  return out;
}
