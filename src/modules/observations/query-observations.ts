import type { Queryable } from '../../platform/db/client.ts';
import { checkCodes } from './known-codes.ts';
import { countObservations, selectObservations } from './repo.ts';
import type { ObservationFilter, ObservationPage } from './schemas.ts';

/** A page of observations, each with the file and row it came from. */
export async function queryObservations(
  ctx: { db: Queryable },
  filter: Partial<ObservationFilter> & { limit: number; offset: number },
): Promise<ObservationPage> {
  await checkCodes(ctx.db, filter);
  const page = { limit: filter.limit, offset: filter.offset };
  return {
    total: await countObservations(ctx.db, filter),
    ...page,
    items: await selectObservations(ctx.db, filter, page),
  };
}
