import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { findUserById, revokeSessions } from './repo.ts';
import type { Revoked } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';

/** Ends every session of one's own account but the one the request was made with. */
export async function revokeOtherSessions(ctx: Ctx): Promise<Revoked> {
  return mutation(
    ctx,
    'account.sessions_revoke',
    async (tx) => {
      const user = await signedInUser(tx, ctx.actor);
      const keep = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
      const ended = await revokeSessions(tx, ctx.now(), {
        userId: user.id,
        ...(keep === undefined ? {} : { exceptId: keep }),
      });
      await tx.audit({
        action: 'user.sessions_revoke',
        objectType: 'user',
        objectId: String(user.id),
        after: { sessionsEnded: ended },
      });
      return { revoked: ended.length };
    },
    { data: false },
  );
}

/** Ends every session of a user (administration). */
export async function revokeUserSessions(ctx: Ctx, input: { id: number }): Promise<Revoked> {
  return mutation(
    ctx,
    'user.sessions_revoke',
    async (tx) => {
      if (!(await findUserById(tx, input.id)))
        throw new AppError('not_found', text('no_user', { id: input.id }));
      const ended = await revokeSessions(tx, ctx.now(), { userId: input.id });
      await tx.audit({
        action: 'user.sessions_revoke',
        objectType: 'user',
        objectId: String(input.id),
        after: { sessionsEnded: ended },
      });
      return { revoked: ended.length };
    },
    { data: false },
  );
}
