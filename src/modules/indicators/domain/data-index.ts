import type { DataPoint, YearSelection } from './types.ts';

const key = (measure: string, area: string, occupation: string, partner: string) =>
  `${measure}\u0000${area}\u0000${occupation}\u0000${partner}`;

function append(map: Map<string, DataPoint[]>, k: string, p: DataPoint): void {
  const list = map.get(k);
  if (list) list.push(p);
  else map.set(k, [p]);
}

export interface PickOptions {
  /** Sources in order of preference; sources not listed come after, alphabetically. */
  sources?: readonly string[];
}

/**
 * The loaded values, indexed by measure, area, occupation and partner, newest year first.
 * Indicators read only through it, so they never depend on where the values came from.
 */
export class DataIndex {
  readonly #byKey = new Map<string, DataPoint[]>();
  readonly #byPartner = new Map<string, DataPoint[]>();
  readonly #bilateral = new Map<string, DataPoint[]>();
  /** measure and occupation → year → areas with a value, as area or as partner */
  readonly #coverage = new Map<string, Map<number, Set<string>>>();

  constructor(points: Iterable<DataPoint>) {
    for (const p of points) {
      const ck = `${p.measure}\u0000${p.occupation}`;
      const byYear = this.#coverage.get(ck) ?? new Map<number, Set<string>>();
      this.#coverage.set(ck, byYear);
      const areas = byYear.get(p.year) ?? new Set<string>();
      byYear.set(p.year, areas);
      areas.add(p.area);
      if (p.partner !== '_Z' && p.partner !== '_T' && p.partner !== '_U') areas.add(p.partner);
      append(this.#byKey, key(p.measure, p.area, p.occupation, p.partner), p);
      if (p.partner !== '_Z') {
        append(this.#byPartner, key(p.measure, p.partner, p.occupation, '*'), p);
        append(this.#bilateral, key(p.measure, p.area, p.occupation, '*'), p);
      }
    }
    for (const list of this.#byKey.values()) list.sort((a, b) => b.year - a.year);
  }

  /** Every value of one series, newest year first. */
  series(measure: string, area: string, occupation = '_Z', partner = '_Z'): readonly DataPoint[] {
    return this.#byKey.get(key(measure, area, occupation, partner)) ?? [];
  }

  /** Values of a bilateral measure whose partner is `partner` (e.g. every destination's count of one origin). */
  byPartner(measure: string, partner: string, occupation: string): readonly DataPoint[] {
    return this.#byPartner.get(key(measure, partner, occupation, '*')) ?? [];
  }

  /** Partners of an area for a bilateral measure in one year, one value per partner (preferred source). */
  partners(
    measure: string,
    area: string,
    occupation: string,
    year: number,
    options: PickOptions = {},
  ): Map<string, DataPoint> {
    const out = new Map<string, DataPoint>();
    for (const p of this.#bilateral.get(key(measure, area, occupation, '*')) ?? []) {
      if (p.year !== year) continue;
      const current = out.get(p.partner);
      if (!current || preferred(p, current, options.sources)) out.set(p.partner, p);
    }
    return out;
  }

  /** Years in which an area has values of a bilateral measure, newest first. */
  partnerYears(measure: string, area: string, occupation: string): number[] {
    const years = new Set<number>();
    for (const p of this.#bilateral.get(key(measure, area, occupation, '*')) ?? []) years.add(p.year);
    return [...years].sort((a, b) => b - a);
  }

  /** Years with values of a measure for an occupation, each with the areas (or partners) that have one. */
  coverage(measure: string, occupation: string): ReadonlyMap<number, ReadonlySet<string>> {
    return this.#coverage.get(`${measure}\u0000${occupation}`) ?? new Map();
  }

  pick(
    measure: string,
    area: string,
    occupation: string,
    selection: YearSelection,
    options: PickOptions = {},
    partner = '_Z',
  ): DataPoint | undefined {
    return pickPoint(this.series(measure, area, occupation, partner), selection, options);
  }
}

export function inSelection(year: number, selection: YearSelection): boolean {
  if (selection.kind === 'exact') return year === selection.year;
  if (selection.upTo !== null && year > selection.upTo) return false;
  if (selection.window !== null && selection.upTo !== null && year < selection.upTo - selection.window)
    return false;
  return true;
}

function sourceRank(source: string, preferred: readonly string[] | undefined): number {
  const i = preferred?.indexOf(source) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

function preferred(a: DataPoint, b: DataPoint, sources: readonly string[] | undefined): boolean {
  const ra = sourceRank(a.source, sources);
  const rb = sourceRank(b.source, sources);
  return ra < rb || (ra === rb && a.source < b.source);
}

/**
 * The value a selection gives from one series (newest first): the latest eligible year, and within
 * that year the most preferred source. When `window` is set without `upTo`, it counts back from the
 * series' own latest year.
 */
export function pickPoint(
  newestFirst: readonly DataPoint[],
  selection: YearSelection,
  options: PickOptions = {},
): DataPoint | undefined {
  let best: DataPoint | undefined;
  let floor = Number.NEGATIVE_INFINITY;
  for (const p of newestFirst) {
    if (!inSelection(p.year, selection)) continue;
    if (selection.kind === 'latest' && selection.upTo === null && selection.window !== null && !best)
      floor = p.year - selection.window;
    if (p.year < floor) break;
    if (!best) {
      best = p;
      continue;
    }
    if (p.year < best.year) break;
    if (preferred(p, best, options.sources)) best = p;
  }
  return best;
}
