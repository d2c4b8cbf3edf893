import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { actingUser, ownOrganisation } from './access.ts';
import { assertAppealable } from './domain/complaints.ts';
import { recruiterText } from './domain/messages.ts';
import { appealsOf, findComplaint, insertAppeal } from './repo.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/** The organisation appeals in writing against a complaint's sanction (once per complaint). */
export async function fileAppeal(
  ctx: Ctx,
  input: { organisationId: number; complaintId: number; statement: string },
): Promise<Organisation> {
  await mutation(
    ctx,
    'recruiters.appeal.file',
    async (tx) => {
      const org = await ownOrganisation(tx, ctx, input.organisationId, { lock: true });
      const c = await findComplaint(tx, { id: input.complaintId }, { lock: true });
      if (!c || c.organisationId !== org.id)
        throw new AppError(
          'not_found',
          recruiterText('unknown_complaint', { reference: String(input.complaintId) }),
          {
            errors: [
              {
                field: 'complaintId',
                message: recruiterText('unknown_complaint', { reference: String(input.complaintId) }),
              },
            ],
          },
        );
      const appealed = (await appealsOf(tx, [c.id])).has(c.id);
      const sanction = assertAppealable(c.reference, c.status, appealed);
      const id = await insertAppeal(tx, {
        complaintId: c.id,
        organisationId: org.id,
        filedAt: ctx.now(),
        filedBy: actingUser(ctx),
        statement: input.statement,
      });
      await tx.audit({
        action: 'recruiters.appeal.file',
        objectType: 'recruiter_appeal',
        objectId: String(id),
        area: org.register,
        after: { complaint: c.reference, organisation: org.id, sanction, status: 'filed' },
      });
    },
    { data: false },
  );
  return organisationView(ctx, input.organisationId);
}
