import type { Note } from './notes.ts';

/** A stored value as the indicator functions see it: plain data with its provenance. */
export interface DataPoint {
  measure: string;
  area: string;
  year: number;
  /** `_Z` for measures without an occupation (population, UHC index). */
  occupation: string;
  /** `_Z` for non-bilateral measures, `_T` total, `_U` unknown, else the partner area. */
  partner: string;
  /** `training`, `birth`, `citizenship`, or `_Z`. */
  partnerBasis: string;
  value: number;
  source: string;
  series: string;
  batch: number;
  file: string;
  row: number;
  flags: readonly string[];
}

/** One input an indicator used, enough for a reader to find it in its source file. */
export interface InputRef {
  measure: string;
  area: string;
  occupation: string;
  partner: string;
  year: number;
  value: number;
  source: string;
  series: string;
  batch: number;
  file: string;
  row: number;
}

export type YearSelection =
  | { kind: 'exact'; year: number }
  /** The latest year not after `upTo` (any year when null) and not more than `window` years before it. */
  | { kind: 'latest'; upTo: number | null; window: number | null };

export type DensityBasis =
  /** headcount / population where both exist, else the published density */
  | 'computed-first'
  /** the published density where it exists, else headcount / population */
  | 'published-first'
  | 'computed'
  | 'published';

export const INDICATOR_SLUGS = [
  'density',
  'foreign-trained-share',
  'foreign-born-share',
  'emigration-rate',
  'inflow',
  'outflow',
  'net-migration',
  'growth',
  'sdg-gap',
] as const;
export type IndicatorSlug = (typeof INDICATOR_SLUGS)[number];

export interface IndicatorResult {
  indicator: IndicatorSlug;
  area: string;
  occupation: string[];
  /** The data year of the result (the latest input year when inputs differ); null when there is no value. */
  year: number | null;
  value: number | null;
  unit: string;
  /** Why value is null; null when there is a value. */
  reason: Note | null;
  /** How the value was obtained, e.g. `computed` (headcount / population) or `published`. */
  method: string | null;
  warnings: Note[];
  inputs: InputRef[];
  /** Indicator-specific detail (partner breakdown, per-cadre values, coverage of an aggregate). */
  detail?: Record<string, unknown>;
}

export function inputRef(p: DataPoint): InputRef {
  return {
    measure: p.measure,
    area: p.area,
    occupation: p.occupation,
    partner: p.partner,
    year: p.year,
    value: p.value,
    source: p.source,
    series: p.series,
    batch: p.batch,
    file: p.file,
    row: p.row,
  };
}
