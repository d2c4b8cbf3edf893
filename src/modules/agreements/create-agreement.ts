import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertManage } from './access.ts';
import { assertValidFields, normalized, syncHistory } from './agreement-writes.ts';
import { registryText as t } from './messages-registry.ts';
import { presentAgreement } from './present.ts';
import { insertAgreement, loadAgreements } from './repo.ts';
import type { Agreement, AgreementFields } from './schemas.ts';

/** Records a new agreement, unpublished; a national authority, one its country is party to. */
export async function createAgreement(ctx: Ctx, input: AgreementFields): Promise<Agreement> {
  const fields = normalized(input);
  assertManage(
    ctx.actor,
    fields.parties.map((p) => p.area),
  );
  return mutation(ctx, 'agreement.create', async (tx) => {
    await assertValidFields(tx, fields, null);
    const at = ctx.now();
    const by = actorLabel(ctx.actor);
    const id = await insertAgreement(tx, fields, at, by);
    await syncHistory(tx, id, fields, [], at, by);
    const [stored] = await loadAgreements(tx, [id]);
    if (!stored) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action: 'agreement.create',
      objectType: 'agreement',
      objectId: String(id),
      area: fields.parties[0]?.area ?? null,
      after: fields,
    });
    return presentAgreement(ctx, stored);
  });
}
