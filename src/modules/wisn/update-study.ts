import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertReadable } from './access.ts';
import { assertSound } from './assert-sound.ts';
import { text as t } from './messages.ts';
import { presentStudy, staleVersion } from './present.ts';
import { loadStudy, updateStudy as writeStudy } from './repo.ts';
import type { Study, StudyInputs } from './schemas.ts';

/**
 * Replaces the inputs of a study changed on `version`; a change on an older version is refused (409) with the
 * current study. The actor manages its area before and after the change.
 */
export async function updateStudy(
  ctx: Ctx,
  id: number,
  version: number,
  inputs: StudyInputs,
): Promise<Study> {
  await assertSound(ctx, inputs);
  return mutation(ctx, 'wisn.update', async (tx) => {
    const stored = assertReadable(ctx, id, await loadStudy(tx, id, true));
    if (stored.version !== version) throw staleVersion(ctx, stored, version);
    await writeStudy(tx, id, inputs, ctx.now(), actorLabel(ctx.actor));
    const saved = await loadStudy(tx, id);
    if (!saved) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action: 'wisn.update',
      objectType: 'wisn_study',
      objectId: String(id),
      area: inputs.area,
      before: { version: stored.version, ...stored.inputs },
      after: { version: saved.version, ...inputs },
    });
    return presentStudy(saved);
  });
}
