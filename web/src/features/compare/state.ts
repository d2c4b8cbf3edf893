import { INDICATOR_SLUGS } from '../../../../src/modules/indicators/domain/types.ts';
import type { Availability } from '../../../../src/modules/indicators/schemas.ts';
import type { Area, IndicatorResponse, IndicatorResult } from '../../lib/api.ts';
import { matchesName } from '../../lib/search.ts';

/** A column: an indicator for an occupation, written `indicator:occupation[+occupation]` in the URL. */
export interface Metric {
  id: string;
  indicator: string;
  occupation: string[];
}

export const DEFAULT_COLUMNS =
  'density:medical-doctors,density:nursing-and-midwifery,foreign-trained-share:medical-doctors,emigration-rate:medical-doctors';
/** Countries charted until the reader picks others: origins and destinations of many health workers. */
export const DEFAULT_AREAS = 'GHA,KEN,NGA,ZAF,IND,PHL,GBR,USA';

/** The columns a URL lists; unknown indicators are dropped. */
export function parseMetrics(s: string): Metric[] {
  return s
    .split(',')
    .map((part) => {
      const [indicator = '', occ = ''] = part.split(':');
      return { id: part, indicator, occupation: occ.split('+').filter(Boolean) };
    })
    .filter((m) => (INDICATOR_SLUGS as readonly string[]).includes(m.indicator));
}

/** How a column is written in the URL: occupations joined by +. */
export const metricId = (indicator: string, occupation: string): string =>
  `${indicator}:${occupation.split(',').join('+')}`;

/** The columns after adding one: unchanged when it is there already. */
export function addMetric(metrics: readonly Metric[], indicator: string, occupation: string): Metric[] {
  const id = metricId(indicator, occupation);
  return metrics.some((m) => m.id === id) ? [...metrics] : [...metrics, ...parseMetrics(id)];
}

/** 'none' keeps an emptied list from falling back to the defaults. */
export const listParam = (ids: readonly string[]): string => ids.join(',') || 'none';

/** The comparison's view as its URL holds it. */
export interface CompareQuery {
  metrics: Metric[];
  year: string;
  region: string;
  income: string;
  q: string;
  sortKey: string;
  sortDir: 'asc' | 'desc';
  /** The countries charted, upper case, in the reader's order. */
  chosen: string[];
  charted: Metric | undefined;
}

export function readCompareQuery(p: URLSearchParams): CompareQuery {
  const metrics = parseMetrics(p.get('columns') ?? DEFAULT_COLUMNS);
  return {
    metrics,
    year: p.get('year') ?? 'latest',
    region: p.get('region') ?? '',
    income: p.get('income') ?? '',
    q: p.get('q') ?? '',
    sortKey: p.get('sort') ?? 'name',
    sortDir: p.get('dir') === 'desc' ? 'desc' : 'asc',
    chosen: (p.get('areas') ?? DEFAULT_AREAS)
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter((c) => c && c !== 'NONE'),
    charted: metrics.find((m) => m.id === p.get('chart')) ?? metrics[0],
  };
}

/** The years any chosen column has values in, newest first, and whether "latest" gives any a value. */
export function yearMenu(
  metrics: readonly Metric[],
  choiceOf: (
    indicator: string,
    occupation: string,
  ) => Availability['items'][number]['occupations'][number] | undefined,
): { years: number[]; latest: boolean } {
  const choices = metrics
    .map((m) => choiceOf(m.indicator, m.occupation.join(',')))
    .filter((c) => c !== undefined);
  return {
    years: [...new Set(choices.flatMap((c) => c.years))].sort((a, b) => b - a),
    latest: choices.length === 0 || choices.some((c) => c.latest),
  };
}

/** One column's answer, or why it has none; a failing column never takes the others with it. */
export type ColumnResult = { ok: true; response: IndicatorResponse } | { ok: false; reason: string };

export interface Row {
  area: Area;
  name: string;
  cells: Map<string, IndicatorResult>;
}

/**
 * The table's rows: WHO Member States in the region and income group chosen whose name contains the search text
 * (in the reader's case rules), each with the value of every column that has one.
 */
export function compareRows(
  countries: Iterable<Area>,
  metrics: readonly Metric[],
  results: readonly ColumnResult[],
  filter: { region: string; income: string; q: string },
  nameOf: (code: string) => string,
): Row[] {
  const byArea = results.map((r) =>
    r.ok ? new Map(r.response.items.map((x) => [x.area, x])) : new Map<string, IndicatorResult>(),
  );
  return [...countries]
    .filter(
      (a) =>
        a.whoMember &&
        (!filter.region || a.whoRegion === filter.region) &&
        (!filter.income || a.wbIncome === filter.income) &&
        matchesName(filter.q, nameOf(a.code), a.code),
    )
    .map((a) => {
      const cells = new Map<string, IndicatorResult>();
      metrics.forEach((m, i) => {
        const item = byArea[i]?.get(a.code);
        if (item) cells.set(m.id, item);
      });
      return { area: a, name: nameOf(a.code), cells };
    });
}
