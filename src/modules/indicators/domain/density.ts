import type { DataIndex } from './data-index.ts';
import { allOf, type Note, note } from './notes.ts';
import {
  type DataPoint,
  type DensityBasis,
  type IndicatorResult,
  inputRef,
  type YearSelection,
} from './types.ts';

export const DENSITY_UNIT = 'per 10 000 population';

/** Which sources to prefer for each input measure. */
export interface SourcePreferences {
  stock?: readonly string[];
  population?: readonly string[];
  density?: readonly string[];
  [measure: string]: readonly string[] | undefined;
}

export interface DensityOptions {
  selection: YearSelection;
  basis: DensityBasis;
  sources?: SourcePreferences;
}

/** Published and recomputed densities of the same year further apart than this get a warning. */
const DISAGREEMENT = 0.05;

export interface CadreDensity {
  occupation: string;
  value: number | null;
  year: number | null;
  method: 'computed' | 'published' | null;
  reason: Note | null;
  warnings: Note[];
  inputs: DataPoint[];
}

function computed(data: DataIndex, area: string, occupation: string, options: DensityOptions) {
  const stock = data.pick('stock', area, occupation, options.selection, {
    sources: options.sources?.stock ?? [],
  });
  if (!stock) return { reason: note('no-headcount', { occupation, selection: options.selection }) };
  const population = data.pick(
    'population',
    area,
    '_Z',
    { kind: 'exact', year: stock.year },
    { sources: options.sources?.population ?? [] },
  );
  if (!population) return { reason: note('no-population-for-headcount', { year: stock.year }), stock };
  if (!(population.value > 0))
    return {
      reason: note('population-not-positive', { year: stock.year, value: population.value }),
      stock,
    };
  return { value: (1e4 * stock.value) / population.value, stock, population };
}

/** Density of one cadre, by headcount / population or as published, saying which. */
export function cadreDensity(
  data: DataIndex,
  area: string,
  occupation: string,
  options: DensityOptions,
): CadreDensity {
  const calc = options.basis === 'published' ? undefined : computed(data, area, occupation, options);
  const published =
    options.basis === 'computed'
      ? undefined
      : data.pick('density', area, occupation, options.selection, {
          sources: options.sources?.density ?? [],
        });
  const warnings: Note[] = [];
  const useComputed =
    calc?.value !== undefined && (options.basis !== 'published-first' || published === undefined);

  if (useComputed && calc?.value !== undefined) {
    const { stock, population } = calc;
    if (published && published.year === stock.year) {
      const gap = Math.abs(calc.value - published.value) / Math.max(Math.abs(published.value), 1e-9);
      if (gap > DISAGREEMENT)
        warnings.push(
          note('density-computed-disagrees', {
            computed: calc.value,
            source: published.source,
            published: published.value,
            year: published.year,
          }),
        );
    } else if (published && published.year > stock.year) {
      warnings.push(
        note('density-published-later', {
          source: published.source,
          year: published.year,
          stockYear: stock.year,
        }),
      );
    }
    return {
      occupation,
      value: calc.value,
      year: stock.year,
      method: 'computed',
      reason: null,
      warnings,
      inputs: [stock, population],
    };
  }
  if (published) {
    if (calc?.value !== undefined && calc.stock.year === published.year) {
      const gap = Math.abs(calc.value - published.value) / Math.max(Math.abs(published.value), 1e-9);
      if (gap > DISAGREEMENT)
        warnings.push(
          note('density-published-disagrees', {
            published: published.value,
            computed: calc.value,
            year: published.year,
          }),
        );
    }
    return {
      occupation,
      value: published.value,
      year: published.year,
      method: 'published',
      reason: null,
      warnings,
      inputs: [published],
    };
  }
  const reasons: Note[] = calc && 'reason' in calc ? [calc.reason] : [];
  if (options.basis !== 'computed')
    reasons.push(note('no-published-density', { occupation, selection: options.selection }));
  return {
    occupation,
    value: null,
    year: null,
    method: null,
    reason: allOf(reasons),
    warnings,
    inputs: [],
  };
}

/**
 * Health workers per 10 000 population for one cadre or the sum of several (e.g. doctors + nurses and
 * midwives, the SSL and SDG aggregate). A sum needs every cadre; a missing one gives null, never a partial sum.
 */
export function density(
  data: DataIndex,
  area: string,
  occupations: readonly string[],
  options: DensityOptions,
): IndicatorResult {
  const parts = occupations.map((o) => cadreDensity(data, area, o, options));
  const warnings = parts.flatMap((p) =>
    p.warnings.map((w) => (parts.length > 1 ? note('for-cadre', { occupation: p.occupation, note: w }) : w)),
  );
  const inputs = parts.flatMap((p) => p.inputs.map(inputRef));
  const missing = parts.filter((p) => p.value === null);
  const base = {
    indicator: 'density' as const,
    area,
    occupation: [...occupations],
    unit: DENSITY_UNIT,
    inputs,
    detail: {
      cadres: parts.map((p) => ({
        occupation: p.occupation,
        value: p.value,
        year: p.year,
        method: p.method,
      })),
    },
  };
  if (missing.length > 0) {
    return {
      ...base,
      year: null,
      value: null,
      reason: allOf(
        missing.map((p) =>
          parts.length > 1
            ? note('for-cadre', { occupation: p.occupation, note: p.reason as Note })
            : (p.reason as Note),
        ),
      ),
      method: null,
      warnings,
    };
  }
  const years = [...new Set(parts.map((p) => p.year as number))].sort((a, b) => a - b);
  if (years.length > 1)
    warnings.push(
      note('cadres-different-years', {
        notes: parts.map((p) => note('cadre-year', { occupation: p.occupation, year: p.year as number })),
      }),
    );
  const methods = [...new Set(parts.map((p) => p.method))];
  return {
    ...base,
    year: years.at(-1) ?? null,
    value: parts.reduce((sum, p) => sum + (p.value as number), 0),
    reason: null,
    method: methods.length === 1 ? (methods[0] as string) : 'mixed',
    warnings,
  };
}
