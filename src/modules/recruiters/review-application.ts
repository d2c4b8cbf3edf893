import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { organisationOr404 } from './access.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { insertEvent, setOrganisationStatus } from './repo.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/** A reviewer lists an organisation that passed the test, or rejects an application. */
export async function reviewApplication(
  ctx: Ctx,
  input: { organisationId: number; decision: 'list' | 'reject'; note?: string | undefined },
): Promise<Organisation> {
  await mutation(
    ctx,
    `recruiters.${input.decision}`,
    async (tx) => {
      const org = await organisationOr404(tx, input.organisationId, { lock: true });
      assertCan(ctx.actor, 'recruiters.review', { area: org.register });
      const after = stepOrganisation(org.name, org.status, input.decision);
      const now = ctx.now();
      const note = input.note?.trim() || null;
      await setOrganisationStatus(tx, org.id, { status: after, at: now, listed: after === 'listed' });
      await insertEvent(tx, {
        organisationId: org.id,
        at: now,
        step: input.decision,
        statusBefore: org.status,
        statusAfter: after,
        note,
      });
      await tx.audit({
        action: `recruiters.${input.decision}`,
        objectType: 'recruiter_organisation',
        objectId: String(org.id),
        area: org.register,
        before: { status: org.status },
        after: { status: after },
        ...(note ? { comment: note } : {}),
      });
    },
    { data: false },
  );
  return organisationView(ctx, input.organisationId);
}
