import type { Queryable } from '../../db/client.ts';
import { type Area, type AreaAlias, type AreaKind, AreaResolver } from '../../domain/areas.ts';

interface AreaRow {
  code: string;
  kind: AreaKind;
  name: string;
  iso2: string | null;
  m49: string | null;
  parent: string | null;
  who_region: string | null;
  who_member: boolean;
  wb_income: string | null;
  wb_region: string | null;
  un_region: string | null;
  un_subregion: string | null;
}

export function areaFromRow(r: AreaRow): Area {
  return {
    code: r.code,
    kind: r.kind,
    name: r.name,
    iso2: r.iso2,
    m49: r.m49,
    parent: r.parent,
    whoRegion: r.who_region,
    whoMember: r.who_member,
    wbIncome: r.wb_income,
    wbRegion: r.wb_region,
    unRegion: r.un_region,
    unSubregion: r.un_subregion,
  };
}

export async function loadAreas(db: Queryable): Promise<Area[]> {
  const rows = await db.query<AreaRow & Record<string, unknown>>('SELECT * FROM area ORDER BY code');
  return rows.map(areaFromRow);
}

/** Builds the resolver from the database, so areas a user added (subnational units, aliases) are recognised too. */
export async function loadAreaResolver(db: Queryable): Promise<AreaResolver> {
  const areas = await loadAreas(db);
  const aliases = await db.query<AreaAlias & Record<string, unknown>>('SELECT alias, code FROM area_alias');
  return new AreaResolver(areas, aliases);
}
