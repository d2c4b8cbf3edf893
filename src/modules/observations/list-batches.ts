import type { Queryable } from '../../platform/db/client.ts';
import { selectBatches } from './repo.ts';
import type { BatchPaging, BatchSummary } from './schemas.ts';

/** Import batches, newest first. */
export function listBatches(
  ctx: { db: Queryable },
  paging: Partial<BatchPaging> = {},
): Promise<BatchSummary[]> {
  return selectBatches(ctx.db, paging);
}
