import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { organisationOr404 } from './access.ts';
import { type AppealDecision, decideAppeal, isSanction, SANCTION_STATUS } from './domain/complaints.ts';
import { recruiterText } from './domain/messages.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { decideAppealRow, findAppeal, findComplaint, insertEvent, setOrganisationStatus } from './repo.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/**
 * A reviewer decides an appeal in writing: upheld, the sanction is lifted and the organisation reinstated on the
 * list (when the sanction is still what holds it); dismissed, the sanction stands.
 */
export async function decideAppealCase(
  ctx: Ctx,
  input: { appealId: number; decision: AppealDecision; note: string },
): Promise<Organisation> {
  const organisationId = await mutation(
    ctx,
    `recruiters.appeal.${input.decision}`,
    async (tx) => {
      const appeal = await findAppeal(tx, input.appealId, { lock: true });
      if (!appeal) throw new AppError('not_found', recruiterText('unknown_appeal', { id: input.appealId }));
      const org = await organisationOr404(tx, appeal.organisationId, { lock: true });
      assertCan(ctx.actor, 'recruiters.review', { area: org.register });
      const note = input.note.trim();
      const after = decideAppeal(appeal.id, appeal.status, input.decision, note || undefined);
      const now = ctx.now();
      await decideAppealRow(tx, appeal.id, { status: after, at: now, note });
      const complaint = await findComplaint(tx, { id: appeal.complaintId });
      let reinstated = false;
      if (
        after === 'upheld' &&
        complaint &&
        isSanction(complaint.status) &&
        org.status === SANCTION_STATUS[complaint.status]
      ) {
        const status = stepOrganisation(org.name, org.status, 'reinstate');
        await setOrganisationStatus(tx, org.id, { status, at: now });
        await insertEvent(tx, {
          organisationId: org.id,
          at: now,
          step: 'reinstate',
          statusBefore: org.status,
          statusAfter: status,
          note,
        });
        await tx.audit({
          action: 'recruiters.reinstate',
          objectType: 'recruiter_organisation',
          objectId: String(org.id),
          area: org.register,
          before: { status: org.status },
          after: { status, appeal: appeal.id },
          comment: note,
        });
        reinstated = true;
      }
      await tx.audit({
        action: `recruiters.appeal.${after}`,
        objectType: 'recruiter_appeal',
        objectId: String(appeal.id),
        area: org.register,
        before: { status: appeal.status },
        after: { status: after, complaint: complaint?.reference ?? null, reinstated },
        comment: note,
      });
      return org.id;
    },
    { data: false },
  );
  return organisationView(ctx, organisationId);
}
