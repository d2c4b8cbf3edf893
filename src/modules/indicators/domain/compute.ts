import type { DataIndex } from './data-index.ts';
import { density, type SourcePreferences } from './density.ts';
import { emigrationRate } from './emigration.ts';
import { growth, inflow, netMigration, outflow } from './movement.ts';
import { sdgGap } from './sdg-gap.ts';
import { foreignShare } from './shares.ts';
import type { DensityBasis, IndicatorResult, IndicatorSlug, YearSelection } from './types.ts';

export interface IndicatorOptions {
  selection: YearSelection;
  densityBasis: DensityBasis;
  originBasis: 'training' | 'birth' | 'any';
  sources: SourcePreferences;
  areaKinds: ReadonlyMap<string, string>;
  top?: number;
}

/** Occupations an indicator uses when the caller names none. */
export function defaultOccupations(indicator: IndicatorSlug): string[] {
  return indicator === 'density' || indicator === 'sdg-gap'
    ? ['medical-doctors', 'nursing-and-midwifery']
    : ['medical-doctors'];
}

/** Whether an indicator accepts a sum of several occupations (the others take exactly one). */
export const SUMS_OCCUPATIONS: ReadonlySet<IndicatorSlug> = new Set(['density']);

export function computeIndicator(
  indicator: IndicatorSlug,
  data: DataIndex,
  area: string,
  occupations: readonly string[],
  options: IndicatorOptions,
): IndicatorResult {
  const occupation = occupations[0] ?? 'medical-doctors';
  const densityOptions = {
    selection: options.selection,
    basis: options.densityBasis,
    sources: options.sources,
  };
  switch (indicator) {
    case 'density':
      return density(data, area, occupations, densityOptions);
    case 'sdg-gap':
      return sdgGap(data, area, densityOptions);
    case 'foreign-trained-share':
      return foreignShare(data, area, occupation, 'training', options);
    case 'foreign-born-share':
      return foreignShare(data, area, occupation, 'birth', options);
    case 'emigration-rate':
      return emigrationRate(data, area, occupation, { ...options, basis: options.originBasis });
    case 'inflow':
      return inflow(data, area, occupation, options);
    case 'outflow':
      return outflow(data, area, occupation, options);
    case 'net-migration':
      return netMigration(data, area, occupation, options);
    case 'growth':
      return growth(data, area, occupation, options);
  }
}

/** Unit of each indicator's value. */
export const INDICATOR_UNITS: Record<IndicatorSlug, string> = {
  density: 'per 10 000 population',
  'foreign-trained-share': '%',
  'foreign-born-share': '%',
  'emigration-rate': '%',
  inflow: 'persons per year',
  outflow: 'persons per year',
  'net-migration': 'persons per year',
  growth: '% per year',
  'sdg-gap': 'health workers',
};
