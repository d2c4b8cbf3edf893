import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { organisationOr404 } from './access.ts';
import { actOnComplaint, type ComplaintAction, isSanction, SANCTION_STEP } from './domain/complaints.ts';
import { recruiterText } from './domain/messages.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { findComplaint, insertEvent, setComplaintStatus, setOrganisationStatus } from './repo.ts';
import type { Complaint } from './schemas.ts';
import { complaintViews } from './views.ts';

/**
 * A reviewer opens the investigation of a complaint, then decides it: closed with no action, or with a warning, a
 * suspension or a removal of the organisation, each with written reasons.
 */
export async function actOnComplaintCase(
  ctx: Ctx,
  input: { complaintId: number; action: ComplaintAction; note?: string | undefined },
): Promise<Complaint> {
  const notFound = () =>
    new AppError('not_found', recruiterText('unknown_complaint', { reference: String(input.complaintId) }));
  return mutation(
    ctx,
    `recruiters.complaint.${input.action}`,
    async (tx) => {
      const c = await findComplaint(tx, { id: input.complaintId }, { lock: true });
      if (!c) throw notFound();
      const org = await organisationOr404(tx, c.organisationId, { lock: true });
      assertCan(ctx.actor, 'recruiters.review', { area: org.register });
      const note = input.note?.trim() || undefined;
      const after = actOnComplaint(c.reference, c.status, input.action, note);
      const now = ctx.now();
      if (isSanction(after)) {
        const step = SANCTION_STEP[after];
        const status = stepOrganisation(org.name, org.status, step);
        await setOrganisationStatus(tx, org.id, { status, at: now });
        await insertEvent(tx, {
          organisationId: org.id,
          at: now,
          step,
          statusBefore: org.status,
          statusAfter: status,
          note: note ?? null,
        });
        await tx.audit({
          action: `recruiters.${step}`,
          objectType: 'recruiter_organisation',
          objectId: String(org.id),
          area: org.register,
          before: { status: org.status },
          after: { status, complaint: c.reference },
          ...(note ? { comment: note } : {}),
        });
      }
      await setComplaintStatus(tx, c.id, { status: after, at: now, note: note ?? null });
      await tx.audit({
        action: `recruiters.complaint.${input.action}`,
        objectType: 'recruiter_complaint',
        objectId: String(c.id),
        area: org.register,
        before: { status: c.status },
        after: { status: after, reference: c.reference },
        ...(note ? { comment: note } : {}),
      });
      const stored = await findComplaint(tx, { id: c.id });
      if (!stored) throw notFound();
      const [view] = await complaintViews(tx, [stored], new Map([[org.id, org.name]]), () => true);
      if (!view) throw notFound();
      return view;
    },
    { data: false },
  );
}
