import type { Queryable } from '../../platform/db/client.ts';

/** A country or subnational area with a profile page: its WHO name and ISO 3166 alpha-2 code. */
export async function profileArea(
  db: Queryable,
  code: string,
): Promise<{ name: string; iso2: string | null } | null> {
  const [area] = await db.query<{ name: string; iso2: string | null }>(
    `SELECT name, iso2 FROM area WHERE code = $1 AND kind IN ('country', 'subnational')`,
    [code.toUpperCase()],
  );
  return area ?? null;
}
