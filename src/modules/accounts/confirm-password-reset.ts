import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from './domain/password.ts';
import { liveLink } from './links.ts';
import { text } from './messages.ts';
import { type ClientInfo, openSession } from './open-session.ts';
import { refusePassword } from './password-policy.ts';
import { findUserById, markOneTimeTokenUsed, revokeSessions, setPasswordHash } from './repo.ts';
import type { PasswordResetConfirm } from './schemas.ts';
import { accountSettings } from './settings.ts';
import type { SignedIn } from './sign-in.ts';

/** Sets a new password with a reset link, ends every session of the account, and signs the user in. */
export async function confirmPasswordReset(
  ctx: Ctx,
  input: PasswordResetConfirm & { client: ClientInfo },
): Promise<SignedIn> {
  assertWritable(ctx, 'a password reset');
  const peek = await liveLink(ctx.db, input.token, 'password_reset', ctx.now());
  refusePassword(input.password, peek.email ?? '');
  const passwordHash = await hashPassword(input.password, accountSettings().passwordParams);
  return mutation(
    ctx,
    'password_reset.confirm',
    async (tx) => {
      const now = ctx.now();
      const link = await liveLink(tx, input.token, 'password_reset', now, { lock: true });
      const user = link.userId === null ? null : await findUserById(tx, link.userId, { lock: true });
      if (!user || user.disabled) {
        throw new AppError('conflict', text('reset_account_gone'), {
          hint: text('ask_admin_hint'),
        });
      }
      await setPasswordHash(tx, user.id, passwordHash);
      await markOneTimeTokenUsed(tx, link.id, now);
      const ended = await revokeSessions(tx, now, { userId: user.id });
      await tx.audit({
        action: 'user.password_reset',
        objectType: 'user',
        objectId: String(user.id),
        after: { link: link.id, sessionsEnded: ended.length },
      });
      const opened = await openSession(tx, user, input.client);
      return { ...opened, user };
    },
    { data: false },
  );
}
