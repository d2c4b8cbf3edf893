import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { assertReadable } from './access.ts';
import { loadStudy, deleteStudy as removeStudy } from './repo.ts';

/** Deletes a study of an area the actor manages. */
export async function deleteStudy(ctx: Ctx, id: number): Promise<{ id: number }> {
  return mutation(ctx, 'wisn.delete', async (tx) => {
    const stored = assertReadable(ctx, id, await loadStudy(tx, id, true));
    await removeStudy(tx, id, ctx.now(), actorLabel(ctx.actor));
    await tx.audit({
      action: 'wisn.delete',
      objectType: 'wisn_study',
      objectId: String(id),
      area: stored.area,
      before: stored.inputs,
    });
    return { id };
  });
}
