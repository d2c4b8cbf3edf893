import { type DataIndex, inSelection } from './data-index.ts';
import type { SourcePreferences } from './density.ts';
import { type Note, note } from './notes.ts';
import { type DataPoint, type IndicatorResult, inputRef, type YearSelection } from './types.ts';

export type OriginBasis = 'training' | 'birth';

export const ORIGIN_MEASURE: Record<OriginBasis, string> = {
  training: 'foreign-trained-stock',
  birth: 'foreign-born-stock',
};

export interface ShareOptions {
  selection: YearSelection;
  sources?: SourcePreferences;
  /** Kind of each known area code; partners that are not countries (regions, totals) are kept out of the breakdown. */
  areaKinds: ReadonlyMap<string, string>;
  /** How many origins to list before "the rest". */
  top?: number;
}

/** A published total and the sum of its parts further apart than this get a warning. */
const TOTAL_MISMATCH = 0.005;

export interface OriginBreakdown {
  year: number;
  source: string;
  /** The foreign count used as numerator: the published total where there is one. */
  foreign: number;
  publishedTotal: number | null;
  sumOfOrigins: number;
  unknownOrigin: number | null;
  origins: number;
  top: { partner: string; value: number; share: number | null }[];
  rest: { partners: number; value: number };
  ignoredAggregates: string[];
  points: DataPoint[];
}

/** The foreign stock of an area by partner in the latest selected year, with the published total checked against its parts. */
export function originBreakdown(
  data: DataIndex,
  area: string,
  occupation: string,
  basis: OriginBasis,
  options: ShareOptions,
): OriginBreakdown | undefined {
  const measure = ORIGIN_MEASURE[basis];
  const year = data.partnerYears(measure, area, occupation).find((y) => inSelection(y, options.selection));
  if (year === undefined) return undefined;
  const partners = data.partners(measure, area, occupation, year, {
    sources: options.sources?.[measure] ?? [],
  });
  const total = partners.get('_T');
  const unknown = partners.get('_U');
  const origins: DataPoint[] = [];
  const ignoredAggregates: string[] = [];
  for (const [partner, p] of partners) {
    if (partner === '_T' || partner === '_U' || partner === area) continue;
    if (options.areaKinds.get(partner) === 'country' || options.areaKinds.get(partner) === 'subnational')
      origins.push(p);
    else ignoredAggregates.push(partner);
  }
  origins.sort((a, b) => b.value - a.value || a.partner.localeCompare(b.partner));
  const sumOfOrigins = origins.reduce((s, p) => s + p.value, 0);
  const foreign = total?.value ?? sumOfOrigins + (unknown?.value ?? 0);
  const top = origins.slice(0, options.top ?? 10);
  const restPoints = origins.slice(top.length);
  const used = [total, unknown, ...origins].filter((p): p is DataPoint => p !== undefined);
  return {
    year,
    source: (total ?? origins[0] ?? unknown)?.source ?? '',
    foreign,
    publishedTotal: total?.value ?? null,
    sumOfOrigins,
    unknownOrigin: unknown?.value ?? null,
    origins: origins.length,
    top: top.map((p) => ({
      partner: p.partner,
      value: p.value,
      share: foreign > 0 ? (100 * p.value) / foreign : null,
    })),
    rest: { partners: restPoints.length, value: restPoints.reduce((s, p) => s + p.value, 0) },
    ignoredAggregates: ignoredAggregates.sort(),
    points: used,
  };
}

/**
 * Foreign-trained (or foreign-born) health workers as a percentage of all health workers of the cadre in
 * the same year (NHWA dependency on foreign health workers), with the breakdown by origin.
 */
export function foreignShare(
  data: DataIndex,
  area: string,
  occupation: string,
  basis: OriginBasis,
  options: ShareOptions,
): IndicatorResult {
  const indicator =
    basis === 'training' ? ('foreign-trained-share' as const) : ('foreign-born-share' as const);
  const base = { indicator, area, occupation: [occupation], unit: '%' };
  const breakdown = originBreakdown(data, area, occupation, basis, options);
  if (!breakdown) {
    return {
      ...base,
      year: null,
      value: null,
      reason: note(basis === 'training' ? 'no-foreign-trained' : 'no-foreign-born', {
        occupation,
        area,
        selection: options.selection,
      }),
      method: null,
      warnings: [],
      inputs: [],
    };
  }
  const warnings: Note[] = [];
  const { year } = breakdown;
  if (breakdown.publishedTotal === null) {
    warnings.push(
      note(breakdown.unknownOrigin !== null ? 'foreign-sum-used-with-unknown' : 'foreign-sum-used', {
        occupation,
        count: breakdown.origins,
      }),
    );
  } else {
    const parts = breakdown.sumOfOrigins + (breakdown.unknownOrigin ?? 0);
    if (
      breakdown.origins > 0 &&
      Math.abs(parts - breakdown.publishedTotal) > TOTAL_MISMATCH * breakdown.publishedTotal
    )
      warnings.push(
        note(
          breakdown.unknownOrigin !== null ? 'foreign-total-mismatch-with-unknown' : 'foreign-total-mismatch',
          { total: breakdown.publishedTotal, count: breakdown.origins, parts },
        ),
      );
  }
  if (breakdown.ignoredAggregates.length > 0)
    warnings.push(note('aggregate-partners-ignored', { areas: breakdown.ignoredAggregates }));
  const stock = data.pick(
    'stock',
    area,
    occupation,
    { kind: 'exact', year },
    {
      sources: [breakdown.source, ...(options.sources?.stock ?? [])],
    },
  );
  const inputs = breakdown.points.map(inputRef);
  const detail = {
    foreign: breakdown.foreign,
    publishedTotal: breakdown.publishedTotal,
    sumOfOrigins: breakdown.sumOfOrigins,
    unknownOrigin: breakdown.unknownOrigin,
    origins: breakdown.origins,
    top: breakdown.top,
    rest: breakdown.rest,
    basis,
  };
  if (!stock) {
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-headcount-for-share', { occupation, area, year, foreign: breakdown.foreign }),
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  inputs.push(inputRef(stock));
  if (!(stock.value > 0)) {
    return {
      ...base,
      year,
      value: null,
      reason: note('headcount-not-positive', { occupation, year, value: stock.value }),
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  if (stock.source !== breakdown.source)
    warnings.push(note('share-sources-differ', { numerator: breakdown.source, denominator: stock.source }));
  const value = (100 * breakdown.foreign) / stock.value;
  if (value > 100) warnings.push(note('share-over-100'));
  return {
    ...base,
    year,
    value,
    reason: null,
    method: 'stock-ratio',
    warnings,
    inputs,
    detail: { ...detail, total: stock.value },
  };
}
