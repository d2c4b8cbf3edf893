import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from './domain/password.ts';
import { text } from './messages.ts';
import { refusePassword } from './password-policy.ts';
import { revokeSessions, setPasswordHash } from './repo.ts';
import type { PasswordChange, Revoked } from './schemas.ts';
import { accountSettings } from './settings.ts';
import { signedInUser } from './signed-in-user.ts';

/** Changes one's own password, given the current one; every other session of the account ends. */
export async function changePassword(ctx: Ctx, input: PasswordChange): Promise<Revoked> {
  const user = await signedInUser(ctx.db, ctx.actor);
  if (!user.passwordHash || !(await verifyPassword(input.current, user.passwordHash))) {
    throw new AppError('invalid_input', text('current_wrong'), { location: { field: 'current' } });
  }
  refusePassword(input.new, user.email, 'new');
  const hash = await hashPassword(input.new, accountSettings().passwordParams);
  const keep = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
  return mutation(
    ctx,
    'account.password',
    async (tx) => {
      await setPasswordHash(tx, user.id, hash);
      const ended = await revokeSessions(tx, ctx.now(), {
        userId: user.id,
        ...(keep === undefined ? {} : { exceptId: keep }),
      });
      await tx.audit({
        action: 'user.password_change',
        objectType: 'user',
        objectId: String(user.id),
        after: { otherSessionsEnded: ended.length },
      });
      return { revoked: ended.length };
    },
    { data: false },
  );
}
