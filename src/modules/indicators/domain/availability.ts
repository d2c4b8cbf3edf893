import { computeIndicator, type IndicatorOptions } from './compute.ts';
import type { DataIndex } from './data-index.ts';
import type { IndicatorSlug } from './types.ts';

export interface OccupationAvailability {
  occupation: string[];
  /** Data years, newest first, in which at least one country has a value. */
  years: number[];
  /** Whether "latest" gives at least one country a value. */
  latest: boolean;
}

/** Measures other than population whose years can give an indicator a value. */
const DRIVERS: Record<IndicatorSlug, readonly string[]> = {
  density: ['stock', 'density'],
  'sdg-gap': ['stock', 'density'],
  'foreign-trained-share': ['foreign-trained-stock'],
  'foreign-born-share': ['foreign-born-stock'],
  'emigration-rate': ['foreign-trained-stock', 'foreign-born-stock'],
  inflow: ['inflow'],
  outflow: ['outflow'],
  'net-migration': ['inflow', 'outflow'],
  growth: ['stock'],
};

/**
 * The years in which an indicator has a value for at least one country with these occupations. Only years in
 * which a driving measure has a value are tried, and within a year only the areas holding one, until the first
 * value is found.
 */
export function occupationAvailability(
  indicator: IndicatorSlug,
  occupations: readonly string[],
  data: DataIndex,
  options: Omit<IndicatorOptions, 'selection'> & { latest: IndicatorOptions['selection'] },
  isCountry: (code: string) => boolean,
): OccupationAvailability {
  const candidates = new Map<number, Set<string>>();
  for (const measure of DRIVERS[indicator])
    for (const occupation of occupations)
      for (const [year, areas] of data.coverage(measure, occupation)) {
        const set = candidates.get(year) ?? new Set<string>();
        candidates.set(year, set);
        for (const a of areas) if (isCountry(a)) set.add(a);
      }
  const { latest: latestSelection, ...rest } = options;
  const hasValue = (areas: Iterable<string>, selection: IndicatorOptions['selection']) => {
    for (const area of areas)
      if (computeIndicator(indicator, data, area, occupations, { ...rest, selection }).value !== null)
        return true;
    return false;
  };
  const years = [...candidates.keys()]
    .sort((a, b) => b - a)
    .filter((year) => hasValue(candidates.get(year) ?? [], { kind: 'exact', year }));
  const everyArea = new Set([...candidates.values()].flatMap((s) => [...s]));
  return { occupation: [...occupations], years, latest: hasValue(everyArea, latestSelection) };
}
