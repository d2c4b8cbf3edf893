import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { findOneTimeTokenById, revokeOneTimeTokens } from './repo.ts';
import type { Invitation } from './schemas.ts';
import { invitationView } from './views.ts';

/** Withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(ctx: Ctx, input: { id: number }): Promise<Invitation> {
  return mutation(
    ctx,
    'invitation.revoke',
    async (tx) => {
      const now = ctx.now();
      const before = await findOneTimeTokenById(tx, input.id);
      if (before?.kind !== 'invitation') {
        throw new AppError('not_found', text('no_invitation', { id: input.id }), {
          hint: text('invitations_hint'),
        });
      }
      if ((await revokeOneTimeTokens(tx, now, { kind: 'invitation', id: input.id })) === 0) {
        throw new AppError(
          'conflict',
          text('invitation_not_pending', { id: input.id, status: invitationView(before, now).status }),
          { detail: text('only_pending_detail') },
        );
      }
      const after = await findOneTimeTokenById(tx, input.id);
      if (!after) throw new Error(`invitation ${input.id} vanished`);
      const view = invitationView(after, now);
      await tx.audit({
        action: 'invitation.revoke',
        objectType: 'invitation',
        objectId: String(input.id),
        area: before.area,
        before: invitationView(before, now),
        after: view,
      });
      return view;
    },
    { data: false },
  );
}
