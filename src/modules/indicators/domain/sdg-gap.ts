import type { DataIndex } from './data-index.ts';
import { type DensityOptions, density } from './density.ts';
import { note } from './notes.ts';
import { type IndicatorResult, inputRef } from './types.ts';

/** SDG index threshold of the Global Strategy on Human Resources for Health: Workforce 2030 (WHO 2016). */
export const SDG_THRESHOLD = 44.5;
export const SDG_CADRES = ['medical-doctors', 'nursing-and-midwifery'] as const;

/** Doctors, nurses and midwives short of 44.5 per 10 000 for the area's population (0 when it meets it). */
export function sdgGap(data: DataIndex, area: string, options: DensityOptions): IndicatorResult {
  const d = density(data, area, SDG_CADRES, options);
  const base = { indicator: 'sdg-gap' as const, area, occupation: [...SDG_CADRES], unit: 'health workers' };
  if (d.value === null || d.year === null)
    return {
      ...base,
      year: null,
      value: null,
      reason: d.reason,
      method: null,
      warnings: d.warnings,
      inputs: d.inputs,
    };
  const pop = data.pick(
    'population',
    area,
    '_Z',
    { kind: 'exact', year: d.year },
    { sources: options.sources?.population ?? [] },
  );
  if (!pop)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-population-for-density', { year: d.year }),
      method: null,
      warnings: d.warnings,
      inputs: d.inputs,
    };
  const inputs = d.inputs.some(
    (i) => i.measure === 'population' && i.year === pop.year && i.source === pop.source,
  )
    ? d.inputs
    : [...d.inputs, inputRef(pop)];
  const gap = Math.max(0, ((SDG_THRESHOLD - d.value) * pop.value) / 1e4);
  return {
    ...base,
    year: d.year,
    value: gap,
    reason: null,
    method: d.method,
    warnings: d.warnings,
    inputs,
    detail: {
      density: d.value,
      threshold: SDG_THRESHOLD,
      population: pop.value,
      meetsThreshold: d.value >= SDG_THRESHOLD,
    },
  };
}
