import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertManage, partyAreas } from './access.ts';
import { assertValidFields, normalized, syncHistory } from './agreement-writes.ts';
import { fieldsOf } from './fields-of.ts';
import { registryText as t } from './messages-registry.ts';
import { assertReadable, presentAgreement, staleVersion } from './present.ts';
import { loadAgreements, lockAgreement, updateAgreement as writeAgreement } from './repo.ts';
import type { Agreement, UpdateAgreement } from './schemas.ts';

/**
 * Replaces the fields of an agreement changed on `version`; a change on an older version is refused (409) with the
 * current agreement. The actor manages the agreement before and after the change (an authority, one its country is party to).
 */
export async function updateAgreement(ctx: Ctx, id: number, input: UpdateAgreement): Promise<Agreement> {
  const { version, ...given } = input;
  const fields = normalized(given);
  return mutation(ctx, 'agreement.update', async (tx) => {
    const stored = assertReadable(ctx, id, await lockAgreement(tx, id));
    assertManage(ctx.actor, partyAreas(stored));
    assertManage(
      ctx.actor,
      fields.parties.map((p) => p.area),
    );
    if (stored.version !== version) throw staleVersion(ctx, stored, version);
    await assertValidFields(tx, fields, id);
    const at = ctx.now();
    const by = actorLabel(ctx.actor);
    await writeAgreement(tx, id, fields, at, by);
    await syncHistory(tx, id, fields, stored.events, at, by);
    const [saved] = await loadAgreements(tx, [id]);
    if (!saved) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action: 'agreement.update',
      objectType: 'agreement',
      objectId: String(id),
      area: fields.parties[0]?.area ?? null,
      before: { version: stored.version, ...fieldsOf(stored) },
      after: { version: saved.version, ...fields },
    });
    return presentAgreement(ctx, saved);
  });
}
