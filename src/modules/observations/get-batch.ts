import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { selectBatch } from './repo.ts';
import type { BatchDetail } from './schemas.ts';

/** One batch with its skipped rows and the later batches that revised its values. */
export async function getBatch(ctx: Pick<Ctx, 'db'>, id: number): Promise<BatchDetail> {
  const batch = await selectBatch(ctx.db, id);
  if (!batch)
    throw new AppError('not_found', `No import batch ${id}`, { hint: 'list batches with `hwmo batches`' });
  return batch;
}
