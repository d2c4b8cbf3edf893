import type { Queryable } from '../../platform/db/client.ts';
import { dataVersion } from '../../platform/db/unit-of-work.ts';
import type { Area } from '../reference/index.ts';
import { loadAreas } from '../reference/index.ts';
import { DataIndex } from './domain/index.ts';
import { type LoadFilter, loadDataPoints } from './repo.ts';

export interface IndicatorContext {
  areas: Map<string, Area>;
  areaKinds: Map<string, string>;
  data: DataIndex;
}

const cache = new WeakMap<Queryable, Map<string, { version: number; ctx: IndicatorContext }>>();

/**
 * The values an indicator needs, indexed. Contexts over all areas (maps, lists, the Safeguards List) are
 * kept per database until the data change, so repeated requests do not reread every value.
 */
export async function loadIndicatorContext(
  db: Queryable,
  filter: LoadFilter,
  knownAreas?: readonly Area[],
): Promise<IndicatorContext> {
  const key = filter.areas ? null : [...filter.measures].sort().join(',');
  const version = key === null ? 0 : await dataVersion(db);
  if (key !== null) {
    const hit = cache.get(db)?.get(key);
    if (hit?.version === version) return hit.ctx;
  }
  const areas = knownAreas ?? (await loadAreas(db));
  const points = await loadDataPoints(db, filter);
  const ctx: IndicatorContext = {
    areas: new Map(areas.map((a) => [a.code, a])),
    areaKinds: new Map(areas.map((a) => [a.code, a.kind])),
    data: new DataIndex(points),
  };
  if (key !== null) {
    const forDb = cache.get(db) ?? new Map<string, { version: number; ctx: IndicatorContext }>();
    forDb.set(key, { version, ctx });
    cache.set(db, forDb);
  }
  return ctx;
}

/** Member countries of an aggregate area (WHO region, income group, the world). */
export function membersOf(aggregate: Area, areas: Iterable<Area>): Area[] {
  const countries = [...areas].filter((a) => a.kind === 'country');
  switch (aggregate.kind) {
    case 'who-region':
      return countries.filter((a) => a.whoRegion === aggregate.code);
    case 'income-group':
      return countries.filter((a) => a.wbIncome === aggregate.code);
    case 'aggregate':
      return aggregate.code === 'WLD' ? countries : countries.filter((a) => a.wbRegion === aggregate.code);
    default:
      return [];
  }
}
