import type { Queryable } from '../../platform/db/client.ts';
import type { Area, AreaAlias } from './domain/areas.ts';
import { type AreaRow, areaFromRow } from './load-reference.ts';

// The SQL of the reference module, but for the seeding of the shipped tables (seed-reference.ts).

export async function loadAreas(db: Queryable): Promise<Area[]> {
  const rows = await db.query<AreaRow & Record<string, unknown>>('SELECT * FROM area ORDER BY code');
  return rows.map(areaFromRow);
}

export async function loadAliases(db: Queryable): Promise<AreaAlias[]> {
  return db.query<AreaAlias & Record<string, unknown>>('SELECT alias, code FROM area_alias');
}

export async function aliasesOf(db: Queryable, code: string): Promise<string[]> {
  const rows = await db.query<{ alias: string }>(
    'SELECT alias FROM area_alias WHERE code = $1 ORDER BY alias',
    [code],
  );
  return rows.map((r) => r.alias);
}

/** The area an alias names, if any. */
export async function aliasOwner(db: Queryable, alias: string): Promise<string | null> {
  const [row] = await db.query<{ code: string }>('SELECT code FROM area_alias WHERE alias = $1', [alias]);
  return row?.code ?? null;
}

export async function insertAlias(db: Queryable, alias: string, code: string): Promise<void> {
  await db.query('INSERT INTO area_alias (alias, code) VALUES ($1, $2) ON CONFLICT (alias) DO NOTHING', [
    alias,
    code,
  ]);
}

/** Adds a subnational unit, or renames and moves one; it takes its country's region and income group. */
export async function upsertSubnationalArea(
  db: Queryable,
  a: { code: string; name: string; parent: string },
  country: Area | undefined,
): Promise<{ inserted: boolean }> {
  const [row] = await db.query<{ inserted: boolean }>(
    `INSERT INTO area (code, kind, name, parent, who_region, who_member, wb_income, wb_region, un_region, un_subregion)
     VALUES ($1, 'subnational', $2, $3, $4, false, $5, $6, $7, $8)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent = EXCLUDED.parent
     RETURNING (xmax = 0) AS inserted`,
    [
      a.code,
      a.name,
      a.parent,
      country?.whoRegion ?? null,
      country?.wbIncome ?? null,
      country?.wbRegion ?? null,
      country?.unRegion ?? null,
      country?.unSubregion ?? null,
    ],
  );
  return { inserted: row?.inserted === true };
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
