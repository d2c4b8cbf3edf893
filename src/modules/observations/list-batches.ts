import type { Ctx } from '../../platform/context.ts';
import { selectBatches } from './repo.ts';
import type { BatchPaging, BatchSummary } from './schemas.ts';

/** Import batches, newest first. */
export function listBatches(
  ctx: Pick<Ctx, 'db'>,
  paging: Partial<BatchPaging> = {},
): Promise<BatchSummary[]> {
  return selectBatches(ctx.db, paging);
}
