import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertManage, partyAreas } from './access.ts';
import { registryText as t } from './messages-registry.ts';
import { assertReadable, presentAgreement, staleVersion } from './present.ts';
import { loadAgreements, lockAgreement, setPublished, touchAgreement } from './repo.ts';
import type { Agreement, Publish } from './schemas.ts';

/** Publishes an agreement (everyone reads it), or withdraws it from the public registry. */
export async function publishAgreement(ctx: Ctx, id: number, input: Publish): Promise<Agreement> {
  const action = input.published ? 'agreement.publish' : 'agreement.unpublish';
  return mutation(ctx, action, async (tx) => {
    const stored = assertReadable(ctx, id, await lockAgreement(tx, id));
    assertManage(ctx.actor, partyAreas(stored));
    if (input.version !== undefined && stored.version !== input.version)
      throw staleVersion(ctx, stored, input.version);
    if (stored.published === input.published) return presentAgreement(ctx, stored);
    const at = ctx.now();
    await setPublished(tx, id, input.published, at);
    await touchAgreement(tx, id, at, actorLabel(ctx.actor));
    const [saved] = await loadAgreements(tx, [id]);
    if (!saved) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action,
      objectType: 'agreement',
      objectId: String(id),
      area: saved.parties[0]?.area ?? null,
      before: { version: stored.version, published: stored.published },
      after: { version: saved.version, published: saved.published },
    });
    return presentAgreement(ctx, saved);
  });
}
