import { type DataIndex, inSelection } from './data-index.ts';
import type { SourcePreferences } from './density.ts';
import { type Note, note } from './notes.ts';
import { type DataPoint, type IndicatorResult, inputRef, type YearSelection } from './types.ts';

export interface MovementOptions {
  selection: YearSelection;
  sources?: SourcePreferences;
  areaKinds: ReadonlyMap<string, string>;
}

interface FlowTotal {
  year: number;
  value: number;
  points: DataPoint[];
  fromTotal: boolean;
  partners: number;
}

/** The total flow of an area in the latest selected year: the `_T` row, else the sum over partner countries. */
function flowTotal(
  data: DataIndex,
  measure: 'inflow' | 'outflow',
  area: string,
  occupation: string,
  options: MovementOptions,
  year?: number,
): FlowTotal | undefined {
  const chosen =
    year ?? data.partnerYears(measure, area, occupation).find((y) => inSelection(y, options.selection));
  if (chosen === undefined) return undefined;
  const partners = data.partners(measure, area, occupation, chosen, {
    sources: options.sources?.[measure] ?? [],
  });
  const total = partners.get('_T');
  if (total)
    return {
      year: chosen,
      value: total.value,
      points: [total],
      fromTotal: true,
      partners: partners.size - 1,
    };
  const parts = [...partners.values()].filter(
    (p) => p.partner === '_U' || options.areaKinds.get(p.partner) === 'country',
  );
  if (parts.length === 0) return undefined;
  return {
    year: chosen,
    value: parts.reduce((s, p) => s + p.value, 0),
    points: parts,
    fromTotal: false,
    partners: parts.length,
  };
}

function flowIndicator(
  measure: 'inflow' | 'outflow',
  data: DataIndex,
  area: string,
  occupation: string,
  options: MovementOptions,
): IndicatorResult {
  const base = { indicator: measure, area, occupation: [occupation], unit: 'persons per year' };
  const total = flowTotal(data, measure, area, occupation, options);
  if (!total)
    return {
      ...base,
      year: null,
      value: null,
      reason: note(measure === 'inflow' ? 'no-inflow' : 'no-outflow', {
        occupation,
        area,
        selection: options.selection,
      }),
      method: null,
      warnings: [],
      inputs: [],
    };
  return {
    ...base,
    year: total.year,
    value: total.value,
    reason: null,
    method: total.fromTotal ? 'published-total' : 'sum-of-partners',
    warnings: total.fromTotal ? [] : [note('sum-over-partners', { count: total.partners })],
    inputs: total.points.map(inputRef),
  };
}

export const inflow = (data: DataIndex, area: string, occupation: string, options: MovementOptions) =>
  flowIndicator('inflow', data, area, occupation, options);
export const outflow = (data: DataIndex, area: string, occupation: string, options: MovementOptions) =>
  flowIndicator('outflow', data, area, occupation, options);

/** Inflow minus outflow of the same year, with turnover (inflow plus outflow). */
export function netMigration(
  data: DataIndex,
  area: string,
  occupation: string,
  options: MovementOptions,
): IndicatorResult {
  const base = {
    indicator: 'net-migration' as const,
    area,
    occupation: [occupation],
    unit: 'persons per year',
  };
  const inYears = new Set(data.partnerYears('inflow', area, occupation));
  const year = data
    .partnerYears('outflow', area, occupation)
    .find((y) => inYears.has(y) && inSelection(y, options.selection));
  if (year === undefined)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-net-migration-year', { occupation, area, selection: options.selection }),
      method: null,
      warnings: [],
      inputs: [],
    };
  const i = flowTotal(data, 'inflow', area, occupation, options, year);
  const o = flowTotal(data, 'outflow', area, occupation, options, year);
  if (!i || !o)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('flow-without-partners', { year }),
      method: null,
      warnings: [],
      inputs: [],
    };
  return {
    ...base,
    year,
    value: i.value - o.value,
    reason: null,
    method: 'inflow-minus-outflow',
    warnings: [],
    inputs: [...i.points, ...o.points].map(inputRef),
    detail: { inflow: i.value, outflow: o.value, turnover: i.value + o.value },
  };
}

/**
 * Migration effectiveness index over a set of areas, 100 × Σ|net| / Σ turnover (Bell et al. 2002):
 * 0 when moves balance out, 100 when all go one way. Areas without net migration are left out and counted.
 */
export function migrationEffectiveness(results: readonly IndicatorResult[]): {
  value: number | null;
  areas: number;
  missing: string[];
  reason: Note | null;
} {
  let net = 0;
  let turnover = 0;
  const missing: string[] = [];
  let areas = 0;
  for (const r of results) {
    const t = r.detail?.turnover;
    if (r.value === null || typeof t !== 'number') {
      missing.push(r.area);
      continue;
    }
    net += Math.abs(r.value);
    turnover += t;
    areas++;
  }
  if (turnover <= 0) return { value: null, areas, missing, reason: note('no-turnover') };
  return { value: (100 * net) / turnover, areas, missing, reason: null };
}

/** Annual growth beyond this (in %) is flagged as a likely break in the series. */
const JUMP = 15;

/** Compound annual growth of the headcount between the selected year and the previous year reported. */
export function growth(
  data: DataIndex,
  area: string,
  occupation: string,
  options: MovementOptions & { maxSpan?: number },
): IndicatorResult {
  const base = { indicator: 'growth' as const, area, occupation: [occupation], unit: '% per year' };
  const end = data.pick('stock', area, occupation, options.selection, {
    sources: options.sources?.stock ?? [],
  });
  if (!end)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-headcount', { occupation, selection: options.selection }),
      method: null,
      warnings: [],
      inputs: [],
    };
  const maxSpan = options.maxSpan ?? 10;
  const start = data.pick(
    'stock',
    area,
    occupation,
    { kind: 'latest', upTo: end.year - 1, window: maxSpan - 1 },
    { sources: [end.source, ...(options.sources?.stock ?? [])] },
  );
  if (!start)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-earlier-headcount', { span: maxSpan, year: end.year }),
      method: null,
      warnings: [],
      inputs: [inputRef(end)],
    };
  const inputs = [inputRef(start), inputRef(end)];
  const warnings =
    start.source === end.source
      ? []
      : [note('source-changed', { startSource: start.source, endSource: end.source })];
  if (!(start.value > 0))
    return {
      ...base,
      year: null,
      value: null,
      reason: note('start-headcount-not-positive', { year: start.year, value: start.value }),
      method: null,
      warnings,
      inputs,
    };
  const span = end.year - start.year;
  const rate = 100 * ((end.value / start.value) ** (1 / span) - 1);
  if (Math.abs(rate) > JUMP) warnings.push(note('growth-jump', { rate: Math.round(rate) }));
  return {
    ...base,
    year: end.year,
    value: rate,
    reason: null,
    method: 'compound-annual',
    warnings,
    inputs,
    detail: { from: start.year, to: end.year, start: start.value, end: end.value },
  };
}
