import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text as msg } from './messages.ts';
import { selectBatch } from './repo.ts';
import type { BatchDetail } from './schemas.ts';

/** One batch with its skipped rows and the later batches that revised its values. */
export async function getBatch(ctx: { db: Queryable }, id: number): Promise<BatchDetail> {
  const batch = await selectBatch(ctx.db, id);
  if (!batch) throw new AppError('not_found', msg('noImportBatch', { id }), { hint: msg('listBatchesHint') });
  return batch;
}
