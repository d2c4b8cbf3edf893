import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { organisationOr404 } from './access.ts';
import { recruiterText } from './domain/messages.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { insertEvent, setOrganisationStatus } from './repo.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/**
 * A reviewer lifts a warning, a suspension or a removal with written reasons (the sanction has run its course, or
 * was made in error), without an appeal; an upheld appeal reinstates by itself.
 */
export async function reinstateOrganisation(
  ctx: Ctx,
  input: { organisationId: number; note: string },
): Promise<Organisation> {
  await mutation(
    ctx,
    'recruiters.reinstate',
    async (tx) => {
      const org = await organisationOr404(tx, input.organisationId, { lock: true });
      assertCan(ctx.actor, 'recruiters.review', { area: org.register });
      const after = stepOrganisation(org.name, org.status, 'reinstate');
      const note = input.note.trim();
      if (!note)
        throw new AppError('invalid_input', recruiterText('reinstate_note_required', { name: org.name }), {
          errors: [{ field: 'note', message: recruiterText('note_required_field') }],
        });
      const now = ctx.now();
      await setOrganisationStatus(tx, org.id, { status: after, at: now });
      await insertEvent(tx, {
        organisationId: org.id,
        at: now,
        step: 'reinstate',
        statusBefore: org.status,
        statusAfter: after,
        note,
      });
      await tx.audit({
        action: 'recruiters.reinstate',
        objectType: 'recruiter_organisation',
        objectId: String(org.id),
        area: org.register,
        before: { status: org.status },
        after: { status: after, appeal: null },
        comment: note,
      });
    },
    { data: false },
  );
  return organisationView(ctx, input.organisationId);
}
