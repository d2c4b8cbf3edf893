import type { Queryable } from '../../platform/db/client.ts';
import { loadCountryNames } from './country-names.ts';
import { AreaResolver } from './domain/areas.ts';
import { loadAliases, loadAreas } from './repo.ts';

/**
 * Builds the resolver from the database, so areas a user added (subnational units, aliases) are recognised too,
 * with the CLDR names of countries in the six UN languages.
 */
export async function loadAreaResolver(db: Queryable): Promise<AreaResolver> {
  const areas = await loadAreas(db);
  const aliases = await loadAliases(db);
  return new AreaResolver(areas, aliases, loadCountryNames());
}
