import type { Queryable } from '../../platform/db/client.ts';
import { dataVersion as platformDataVersion } from '../../platform/db/unit-of-work.ts';
import type { Area } from '../reference/index.ts';
import { loadAreas } from '../reference/index.ts';
import { DataIndex, type DataPoint } from './domain/index.ts';

interface PointRow extends Record<string, unknown> {
  measure: string;
  area: string;
  year: number;
  occupation: string;
  partner: string;
  partner_basis: string;
  value: number;
  source: string;
  series: string;
  batch_id: number;
  file_name: string;
  source_row: number;
  flags: string;
}

export interface LoadFilter {
  measures: readonly string[];
  /** Only values of these areas, or whose partner is one of them; all areas when omitted. */
  areas?: readonly string[];
}

/** Current values for all sexes and ages, as the plain data the indicator functions take. */
export async function loadDataPoints(db: Queryable, filter: LoadFilter): Promise<DataPoint[]> {
  const params: unknown[] = [filter.measures];
  let where = "o.superseded_by IS NULL AND o.sex = '_T' AND o.age = '_T' AND o.measure = ANY($1::text[])";
  if (filter.areas) {
    params.push(filter.areas);
    where += ' AND (o.area = ANY($2::text[]) OR o.partner = ANY($2::text[]))';
  }
  const rows = await db.query<PointRow>(
    `SELECT o.measure, o.area, o.year, o.occupation, o.partner, o.partner_basis, o.value, o.source, o.series,
            o.batch_id, b.file_name, o.source_row, o.flags
       FROM observation o JOIN import_batch b ON b.id = o.batch_id
      WHERE ${where}`,
    params,
  );
  return rows.map((r) => ({
    measure: r.measure,
    area: r.area,
    year: r.year,
    occupation: r.occupation,
    partner: r.partner,
    partnerBasis: r.partner_basis,
    value: r.value,
    source: r.source,
    series: r.series,
    batch: r.batch_id,
    file: r.file_name,
    row: r.source_row,
    flags: r.flags === '' ? [] : r.flags.split(' '),
  }));
}

export interface IndicatorContext {
  areas: Map<string, Area>;
  areaKinds: Map<string, string>;
  data: DataIndex;
}

const cache = new WeakMap<Queryable, Map<string, { version: string; ctx: IndicatorContext }>>();

/** Changes whenever values or areas change: a batch imported or rolled back, an area added or renamed. */
export async function dataVersion(db: Queryable): Promise<string> {
  return String(await platformDataVersion(db));
}

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
  const version = key === null ? '' : await dataVersion(db);
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
    const forDb = cache.get(db) ?? new Map<string, { version: string; ctx: IndicatorContext }>();
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
