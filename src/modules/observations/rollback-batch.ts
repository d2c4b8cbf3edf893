import { assertCan, can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { checkDataGuards } from '../../platform/db/data-guards.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { scopeRefusal } from './domain/scope.ts';
import { text as msg } from './messages.ts';
import { batchAreas, batchCells, laterBatches, lockBatch, removeBatch } from './repo.ts';
import type { RollbackResult } from './schemas.ts';

/**
 * Removes a batch's values and makes current again the values it had superseded. It runs under the write lock
 * imports and flow estimates hold, so that "revised by a later batch" is checked against every committed write and
 * no import can revise the values while they are being removed.
 */
export async function rollbackBatch(ctx: Ctx, id: number): Promise<RollbackResult> {
  assertCan(ctx.actor, 'data.rollback');
  return mutation(ctx, 'batch.rollback', async (tx) => {
    const batch = await lockBatch(tx, id);
    if (batch === null)
      throw new AppError('not_found', msg('noImportBatch', { id }), { hint: msg('listBatchesHint') });
    const { status, file } = batch;
    const areas = await batchAreas(tx, id);
    const refusal = scopeRefusal(
      areas,
      (area) => can(ctx.actor, 'data.rollback', { area }),
      { kind: 'rollback', batch: id },
      file,
    );
    if (refusal) {
      const [first] = refusal.errors;
      throw new AppError('forbidden', refusal.message, {
        detail: refusal.detail,
        ...(first ? { location: { file: first.file, row: first.row } } : {}),
        hint: msg('scopeRollbackHint'),
        errors: refusal.errors,
      });
    }
    if (status === 'rolled_back') throw new AppError('conflict', msg('alreadyRolledBack', { id }));
    const later = await laterBatches(tx, id);
    if (later.length > 0) {
      const ids = later.join(', ');
      throw new AppError('conflict', msg('revisedByLater', { id, ids, count: later.length }), {
        hint: msg('rollBackLaterFirst', { ids, count: later.length }),
      });
    }
    const cells = await batchCells(tx, id);
    if (cells.length > 0) await checkDataGuards(tx, cells, 'rollback');
    const counts = await removeBatch(tx, id);
    await tx.audit({
      action: 'batch.rollback',
      objectType: 'import_batch',
      objectId: String(id),
      area: areas.length === 1 ? (areas[0]?.area ?? null) : null,
      before: { status: 'committed', file, areas: areas.map((a) => a.area) },
      after: { status: 'rolled_back', ...counts },
    });
    return { batchId: id, ...counts };
  });
}
