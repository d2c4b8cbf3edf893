import type { Queryable } from '../../platform/db/client.ts';
import type { Area, AreaKind } from './domain/areas.ts';
import { loadAreas } from './load-area-resolver.ts';

export async function listAreas(
  db: Queryable,
  filter: { kind?: AreaKind; parent?: string } = {},
): Promise<Area[]> {
  const areas = await loadAreas(db);
  return areas.filter(
    (a) =>
      (!filter.kind || a.kind === filter.kind) &&
      (!filter.parent || a.parent === filter.parent.toUpperCase()),
  );
}

export async function listOccupations(db: Queryable) {
  const rows = await db.query<{ code: string; name: string; isco08: string[]; parent: string | null }>(
    "SELECT code, name, isco08, parent FROM occupation WHERE code <> '_Z' ORDER BY code",
  );
  return rows.map((r) => ({ code: r.code, name: r.name, isco08: r.isco08, parent: r.parent }));
}

export async function listMeasures(db: Queryable) {
  const rows = await db.query<{
    code: string;
    name: string;
    unit: string;
    aggregation: 'sum' | 'none';
    by_occupation: boolean;
    bilateral: boolean;
    description: string;
    n: number;
  }>(
    `SELECT m.*, (SELECT count(*) FROM observation o WHERE o.measure = m.code AND o.superseded_by IS NULL)::int AS n
     FROM measure m ORDER BY m.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    unit: r.unit,
    aggregation: r.aggregation,
    byOccupation: r.by_occupation,
    bilateral: r.bilateral,
    description: r.description,
    observations: r.n,
  }));
}

export async function listSources(db: Queryable) {
  const rows = await db.query<{
    code: string;
    name: string;
    publisher: string | null;
    url: string | null;
    licence: string | null;
    n: number;
    y0: number | null;
    y1: number | null;
  }>(
    `SELECT s.code, s.name, s.publisher, s.url, s.licence, coalesce(c.n, 0)::int AS n, c.y0, c.y1
     FROM source s LEFT JOIN (
       SELECT source, count(*) AS n, min(year)::int AS y0, max(year)::int AS y1 FROM observation
       WHERE superseded_by IS NULL GROUP BY source) c ON c.source = s.code
     ORDER BY coalesce(c.n, 0) DESC, s.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    publisher: r.publisher,
    url: r.url,
    licence: r.licence,
    observations: r.n,
    years: r.y0 === null || r.y1 === null ? null : { from: r.y0, to: r.y1 },
  }));
}

export async function countObservations(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM observation WHERE superseded_by IS NULL',
  );
  return row?.n ?? 0;
}

/** Editions of the WHO Health Workforce Support and Safeguards List held, with their number of countries. */
export async function listSafeguardsEditions(
  db: Queryable,
): Promise<Array<{ edition: number; countries: number }>> {
  return db.query<{ edition: number; countries: number }>(
    'SELECT edition::int AS edition, count(*)::int AS countries FROM safeguards_list_member GROUP BY edition ORDER BY edition',
  );
}
