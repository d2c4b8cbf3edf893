import { type DataIndex, describeSelection } from './data-index.ts';
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
  reason: string | null;
  warnings: string[];
  inputs: DataPoint[];
}

function computed(data: DataIndex, area: string, occupation: string, options: DensityOptions) {
  const stock = data.pick('stock', area, occupation, options.selection, {
    sources: options.sources?.stock ?? [],
  });
  if (!stock) return { reason: `no headcount of ${occupation} ${describeSelection(options.selection)}` };
  const population = data.pick(
    'population',
    area,
    '_Z',
    { kind: 'exact', year: stock.year },
    { sources: options.sources?.population ?? [] },
  );
  if (!population) return { reason: `no population for ${stock.year}, the year of the headcount`, stock };
  if (!(population.value > 0))
    return { reason: `population for ${stock.year} is ${population.value}, so density is undefined`, stock };
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
  const warnings: string[] = [];
  const useComputed =
    calc?.value !== undefined && (options.basis !== 'published-first' || published === undefined);

  if (useComputed && calc?.value !== undefined) {
    const { stock, population } = calc;
    if (published && published.year === stock.year) {
      const gap = Math.abs(calc.value - published.value) / Math.max(Math.abs(published.value), 1e-9);
      if (gap > DISAGREEMENT)
        warnings.push(
          `headcount / population gives ${round(calc.value)} but ${published.source} publishes ${round(published.value)} for ${published.year}: the two use different population figures or headcount concepts`,
        );
    } else if (published && published.year > stock.year) {
      warnings.push(
        `${published.source} publishes a density for ${published.year}, later than the headcount of ${stock.year}`,
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
          `the published ${round(published.value)} differs from headcount / population, ${round(calc.value)}, for ${published.year}`,
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
  const reasons = [calc && 'reason' in calc ? calc.reason : undefined];
  if (options.basis !== 'computed')
    reasons.push(`no published density of ${occupation} ${describeSelection(options.selection)}`);
  return {
    occupation,
    value: null,
    year: null,
    method: null,
    reason: reasons.filter((r): r is string => !!r).join('; '),
    warnings,
    inputs: [],
  };
}

const round = (v: number) => Math.round(v * 100) / 100;

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
    p.warnings.map((w) => (parts.length > 1 ? `${p.occupation}: ${w}` : w)),
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
      reason: missing.map((p) => (parts.length > 1 ? `${p.occupation}: ${p.reason}` : p.reason)).join('; '),
      method: null,
      warnings,
    };
  }
  const years = [...new Set(parts.map((p) => p.year as number))].sort((a, b) => a - b);
  if (years.length > 1)
    warnings.push(
      `cadres come from different years: ${parts.map((p) => `${p.occupation} ${p.year}`).join(', ')}`,
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
