import type { Queryable } from '../../platform/db/client.ts';
import { loadCountryNames } from './country-names.ts';
import { type Area, type AreaAlias, AreaResolver } from './domain/areas.ts';
import { type AreaRow, areaFromRow } from './load-reference.ts';

export async function loadAreas(db: Queryable): Promise<Area[]> {
  const rows = await db.query<AreaRow & Record<string, unknown>>('SELECT * FROM area ORDER BY code');
  return rows.map(areaFromRow);
}

/**
 * Builds the resolver from the database, so areas a user added (subnational units, aliases) are recognised too,
 * with the CLDR names of countries in the six UN languages.
 */
export async function loadAreaResolver(db: Queryable): Promise<AreaResolver> {
  const areas = await loadAreas(db);
  const aliases = await db.query<AreaAlias & Record<string, unknown>>('SELECT alias, code FROM area_alias');
  return new AreaResolver(areas, aliases, loadCountryNames());
}
