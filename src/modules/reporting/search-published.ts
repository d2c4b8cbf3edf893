import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { countryNameIn } from '../reference/index.ts';
import { roundLabel } from './domain/report-access.ts';
import { searchPublished as search } from './repo.ts';
import type { PublishedSearch, PublishedSearchQuerySchema } from './schemas.ts';

/**
 * Full-text search over published national and stakeholder reports and published progress reports (websearch
 * syntax: words, "a phrase", -word, or), filtered by area, round year and kind; without words, the latest first.
 */
export async function searchPublished(
  ctx: Ctx,
  query: z.output<typeof PublishedSearchQuerySchema>,
): Promise<PublishedSearch> {
  const q = query.q?.trim() || null;
  const found = await search(ctx.db, {
    q,
    area: query.area ?? null,
    year: query.round ?? null,
    kind: query.kind ?? null,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total: found.total,
    hits: found.rows.map((r) => ({
      ...r,
      roundLabel: roundLabel(r.roundYear),
      areaName: r.area === null ? null : (countryNameIn(r.area, ctx.lang) ?? r.area),
    })),
  };
}
