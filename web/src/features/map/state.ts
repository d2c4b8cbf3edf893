import { scaleQuantile } from 'd3-scale';
import type { Note } from '../../../../src/modules/indicators/domain/notes.ts';
import type { Area, IndicatorResult, SafeguardsList } from '../../lib/api.ts';

/** YlGnBu, 5 classes (ColorBrewer): ordered light to dark, readable in grey. */
export const CLASSES = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const SSL_COLOURS = { on: '#b2182b', off: '#92c5de' } as const;
export const OUTSIDE = '#e3e8ee';
export const NO_DATA = 'url(#nodata)';

/** The map's view as its URL holds it. */
export interface MapQuery {
  indicator: string;
  isSsl: boolean;
  /** The occupation the link asks for; the page replaces one the indicator does not accept. */
  occupation: string;
  year: string;
  region: string;
  income: string;
  /** The country picked, upper case; '' when none. */
  selected: string;
}

export function readMapQuery(p: URLSearchParams): MapQuery {
  const indicator = p.get('indicator') ?? 'density';
  return {
    indicator,
    isSsl: indicator === 'ssl',
    occupation: p.get('occupation') ?? 'medical-doctors',
    year: p.get('year') ?? 'latest',
    region: p.get('region') ?? '',
    income: p.get('income') ?? '',
    selected: (p.get('area') ?? '').toUpperCase(),
  };
}

export interface Cell {
  value: number | null;
  year: number | null;
  sources: string[];
  /** How the value was obtained (computed from headcounts and population, or as published), for the reader. */
  method?: string | null;
  inputs?: IndicatorResult['inputs'];
  category?: 'on' | 'off';
  reason?: Note | null;
}

export interface MapData {
  unit: string;
  categorical: boolean;
  cells: Map<string, Cell>;
}

/** The Safeguards List as a map: every WHO Member State (and any listed country) on or off the list. */
export function sslMap(
  list: { edition: number; members: readonly Pick<SafeguardsList['members'][number], 'area'>[] },
  countries: Iterable<Area>,
): MapData {
  const on = new Set(list.members.map((m) => m.area));
  const cells = new Map<string, Cell>();
  for (const a of countries) {
    if (!a.whoMember && !on.has(a.code)) continue;
    cells.set(a.code, {
      value: null,
      year: list.edition,
      sources: ['WHO.SSL'],
      category: on.has(a.code) ? 'on' : 'off',
    });
  }
  return { unit: '', categorical: true, cells };
}

/** An indicator's answer as a map: each area's value, year, sources and, when missing, the reason. */
export function indicatorMap(r: { unit: string; items: readonly IndicatorResult[] }): MapData {
  const cells = new Map<string, Cell>();
  for (const item of r.items) {
    cells.set(item.area, {
      value: item.value,
      year: item.year,
      sources: [...new Set(item.inputs.map((i) => i.source))],
      method: item.method,
      inputs: item.inputs,
      reason: item.reason,
    });
  }
  return { unit: r.unit, categorical: false, cells };
}

/** "2019", "2015–2021", or '' for no year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Whether an area is in the WHO region and income group chosen ('' is any). */
export function inGroup(a: Area | undefined, region: string, income: string): a is Area {
  return !!a && (!region || a.whoRegion === region) && (!income || a.wbIncome === income);
}

export interface Row {
  area: Area;
  name: string;
  cell: Cell | undefined;
}

/**
 * The table's rows: the WHO Member States (and any other area with a value) of the chosen group, by name in the
 * reader's order; `shown` are those the map colours.
 */
export function mapRows(
  countries: Iterable<Area>,
  data: MapData,
  group: { region: string; income: string },
  nameOf: (code: string) => string,
  compare: (a: string, b: string) => number,
): { rows: Row[]; shown: Row[] } {
  const rows = [...countries]
    .filter((a) => inGroup(a, group.region, group.income) && (a.whoMember || data.cells.has(a.code)))
    .map((a) => ({ area: a, name: nameOf(a.code), cell: data.cells.get(a.code) }))
    .sort((a, b) => compare(a.name, b.name));
  const shown = rows.filter((r) => r.cell && (r.cell.value !== null || r.cell.category));
  return { rows, shown };
}

export interface LegendClass {
  fill: string;
  from: number;
  to: number;
}

/**
 * Quantile classes of the values: as many as there are distinct values, up to five, each with the range it covers;
 * `fill` gives a value's colour.
 */
export function colourClasses(values: readonly number[]): {
  classes: LegendClass[];
  fill: (value: number) => string;
} {
  const quantile = scaleQuantile<string>()
    .domain(values)
    .range(CLASSES.slice(0, Math.max(1, Math.min(CLASSES.length, new Set(values).size))));
  if (values.length === 0) return { classes: [], fill: () => NO_DATA };
  const cuts = quantile.quantiles();
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = quantile.range();
  const classes = range.map((fill, i) => ({
    fill,
    from: i === 0 ? lo : (cuts[i - 1] ?? lo),
    to: i === range.length - 1 ? hi : (cuts[i] ?? hi),
  }));
  return { classes, fill: (v) => quantile(v) ?? NO_DATA };
}

/** A country's colour: outside the group, on or off the list, its class, or the no-data hatching. */
export function fillOf(
  code: string | null,
  countries: ReadonlyMap<string, Area>,
  data: MapData,
  group: { region: string; income: string },
  fill: (value: number) => string,
): string {
  if (!code || !inGroup(countries.get(code), group.region, group.income)) return OUTSIDE;
  const cell = data.cells.get(code);
  if (cell?.category) return SSL_COLOURS[cell.category];
  if (!cell || cell.value === null) return NO_DATA;
  return fill(cell.value);
}
