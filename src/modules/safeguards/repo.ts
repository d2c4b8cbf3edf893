import type { Queryable } from '../../platform/db/client.ts';

export interface OfficialMemberRow {
  area: string;
  name: string;
  publishedName: string;
  whoRegion: string | null;
  reference: string;
}

/** The members loaded for an edition, with the names the areas carry here. */
export async function officialMembers(db: Queryable, edition: number): Promise<OfficialMemberRow[]> {
  const rows = await db.query<{
    area: string;
    name: string;
    published_name: string;
    who_region: string | null;
    reference: string;
  }>(
    `SELECT m.area, a.name, m.published_name, m.who_region, m.reference
       FROM safeguards_list_member m JOIN area a ON a.code = m.area
      WHERE m.edition = $1 ORDER BY m.area`,
    [edition],
  );
  return rows.map((r) => ({
    area: r.area,
    name: r.name,
    publishedName: r.published_name,
    whoRegion: r.who_region,
    reference: r.reference,
  }));
}

export interface NewMember {
  area: string;
  publishedName: string;
  whoRegion: string;
  reference: string;
}

/** Replaces the members of an edition; the caller's transaction makes it all or nothing. */
export async function replaceMembers(
  db: Queryable,
  edition: number,
  rows: readonly NewMember[],
): Promise<void> {
  await db.query('DELETE FROM safeguards_list_member WHERE edition = $1', [edition]);
  await db.query(
    `INSERT INTO safeguards_list_member (edition, area, published_name, who_region, reference)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
    [
      edition,
      rows.map((r) => r.area),
      rows.map((r) => r.publishedName),
      rows.map((r) => r.whoRegion),
      rows.map((r) => r.reference),
    ],
  );
}
