import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { ownOrganisation } from './access.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { insertEvent, setOrganisationStatus } from './repo.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/** A listed organisation re-confirms its compliance with the code and that it charges candidates no fees. */
export async function reconfirmCompliance(
  ctx: Ctx,
  input: { organisationId: number; note?: string | undefined },
): Promise<Organisation> {
  await mutation(
    ctx,
    'recruiters.reconfirm',
    async (tx) => {
      const org = await ownOrganisation(tx, ctx, input.organisationId, { lock: true });
      const after = stepOrganisation(org.name, org.status, 'reconfirm');
      const now = ctx.now();
      const note = input.note?.trim() || null;
      await setOrganisationStatus(tx, org.id, { status: after, at: now, reconfirmed: true });
      await insertEvent(tx, {
        organisationId: org.id,
        at: now,
        step: 'reconfirm',
        statusBefore: org.status,
        statusAfter: after,
        note,
      });
      await tx.audit({
        action: 'recruiters.reconfirm',
        objectType: 'recruiter_organisation',
        objectId: String(org.id),
        area: org.register,
        before: { reconfirmedAt: org.reconfirmedAt?.toISOString() ?? null },
        after: { reconfirmedAt: now.toISOString(), commitsToCode: true, chargesNoFees: true },
        ...(note ? { comment: note } : {}),
      });
    },
    { data: false },
  );
  return organisationView(ctx, input.organisationId);
}
