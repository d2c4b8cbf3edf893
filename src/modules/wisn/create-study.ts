import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertSound } from './assert-sound.ts';
import { text as t } from './messages.ts';
import { presentStudy } from './present.ts';
import { insertStudy, loadStudy } from './repo.ts';
import type { Study, StudyInputs } from './schemas.ts';

/** Records a new study of an area the actor manages; its inputs must compute. */
export async function createStudy(ctx: Ctx, inputs: StudyInputs, action = 'wisn.create'): Promise<Study> {
  await assertSound(ctx, inputs);
  return mutation(ctx, action, async (tx) => {
    const id = await insertStudy(tx, inputs, ctx.now(), actorLabel(ctx.actor));
    const saved = await loadStudy(tx, id);
    if (!saved) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action,
      objectType: 'wisn_study',
      objectId: String(id),
      area: inputs.area,
      after: inputs,
    });
    return presentStudy(saved);
  });
}
