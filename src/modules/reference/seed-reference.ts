import { createHash } from 'node:crypto';
import type { Queryable } from '../../platform/db/client.ts';
import type { Area, AreaAlias } from './domain/areas.ts';
import { MEASURES } from './domain/measures.ts';
import { OCCUPATIONS } from './domain/occupations.ts';
import { KNOWN_SOURCES } from './domain/sources.ts';
import { loadReferenceAreas, referenceFiles } from './load-reference.ts';

export interface SeedReferenceResult {
  areas: number;
  aliases: number;
  occupations: number;
  measures: number;
}

const NOT_APPLICABLE_OCCUPATION = {
  code: '_Z',
  name: 'Not applicable',
  isco08: [] as string[],
  parent: null,
};

/** Upserts the reference tables shipped with the product; areas a user added (e.g. subnational units) are kept. */
export async function seedReference(
  db: Queryable,
  reference: { areas: Area[]; aliases: AreaAlias[] } = loadReferenceAreas(),
): Promise<SeedReferenceResult> {
  const { areas, aliases } = reference;
  // Parents first so the self-reference holds row by row.
  const ordered = [...areas].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  await db.query(
    `INSERT INTO area (code, kind, name, iso2, m49, parent, who_region, who_member, wb_income, wb_region, un_region, un_subregion)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::text[]::boolean[], $9::text[], $10::text[], $11::text[], $12::text[])
     ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, iso2 = EXCLUDED.iso2,
       m49 = EXCLUDED.m49, parent = EXCLUDED.parent, who_region = EXCLUDED.who_region,
       who_member = EXCLUDED.who_member, wb_income = EXCLUDED.wb_income, wb_region = EXCLUDED.wb_region,
       un_region = EXCLUDED.un_region, un_subregion = EXCLUDED.un_subregion`,
    [
      ordered.map((a) => a.code),
      ordered.map((a) => a.kind),
      ordered.map((a) => a.name),
      ordered.map((a) => a.iso2),
      ordered.map((a) => a.m49),
      ordered.map((a) => a.parent),
      ordered.map((a) => a.whoRegion),
      ordered.map((a) => String(a.whoMember)),
      ordered.map((a) => a.wbIncome),
      ordered.map((a) => a.wbRegion),
      ordered.map((a) => a.unRegion),
      ordered.map((a) => a.unSubregion),
    ],
  );
  await db.query(
    `INSERT INTO area_alias (alias, code) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (alias) DO UPDATE SET code = EXCLUDED.code`,
    [aliases.map((a) => a.alias), aliases.map((a) => a.code)],
  );
  const occupations = [NOT_APPLICABLE_OCCUPATION, ...OCCUPATIONS];
  for (const o of occupations) {
    await db.query(
      `INSERT INTO occupation (code, name, isco08, parent) VALUES ($1, $2, $3::text[], $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, isco08 = EXCLUDED.isco08, parent = EXCLUDED.parent`,
      [o.code, o.name, [...o.isco08], o.parent],
    );
  }
  for (const m of MEASURES) {
    await db.query(
      `INSERT INTO measure (code, name, unit, aggregation, by_occupation, bilateral, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, aggregation = EXCLUDED.aggregation,
         by_occupation = EXCLUDED.by_occupation, bilateral = EXCLUDED.bilateral, description = EXCLUDED.description`,
      [m.code, m.name, m.unit, m.aggregation, m.byOccupation, m.bilateral, m.description],
    );
  }
  for (const s of KNOWN_SOURCES) {
    await db.query(
      `INSERT INTO source (code, name, publisher, url, licence) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, publisher = EXCLUDED.publisher, url = EXCLUDED.url,
         licence = EXCLUDED.licence`,
      [s.code, s.name, s.publisher, s.url, s.licence],
    );
  }
  return {
    areas: areas.length,
    aliases: aliases.length,
    occupations: occupations.length,
    measures: MEASURES.length,
  };
}

/** A digest of everything seedReference writes, so that a database is refreshed when hwmo ships new reference data. */
export function referenceVersion(): string {
  // The files' bytes rather than their parsed rows: every command that opens the database asks, and most need no
  // areas at all.
  const { areas, aliases } = referenceFiles();
  return createHash('sha256')
    .update(areas)
    .update(aliases)
    .update(JSON.stringify([OCCUPATIONS, MEASURES, KNOWN_SOURCES]))
    .digest('hex')
    .slice(0, 16);
}
