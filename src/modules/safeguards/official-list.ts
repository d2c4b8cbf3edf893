import type { Ctx } from '../../platform/context.ts';
import { requireEdition, ruleOf } from './assess.ts';
import { officialMembers } from './repo.ts';
import type { SslOfficial } from './schemas.ts';

/** The list as WHO published it, from the members loaded for that edition. */
export async function officialSafeguardsList({ db }: Ctx, edition: number): Promise<SslOfficial> {
  const e = requireEdition(edition);
  const rows = await officialMembers(db, edition);
  return {
    edition,
    title: e.title,
    reference: e.reference,
    rule: ruleOf(e),
    publishedCount: e.publishedCount,
    loaded: rows.length > 0,
    note:
      rows.length === 0
        ? `The ${e.publishedCount} countries of this edition are not loaded here; load the published list with \`hwmo ssl --edition ${edition} --load FILE\` (the 2023 edition ships in data/demo/ssl/who_ssl_2023_countries.csv). The recomputation works without it.`
        : rows.length === e.publishedCount
          ? null
          : `${rows.length} countries are loaded but the edition lists ${e.publishedCount}.`,
    count: rows.length,
    members: rows,
  };
}
