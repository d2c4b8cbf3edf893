import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation } from '../../platform/db/unit-of-work.ts';
import { render } from '../../platform/i18n/messages.ts';
import { normalEmail } from './domain/email.ts';
import { mailText, passwordResetMessage } from './domain/messages.ts';
import { newSecret, secretHash } from './domain/secrets.ts';
import { queueMessage, sendAfterCommit } from './mail.ts';
import { findUserByEmail, insertOneTimeToken, latestResetAt, revokeOneTimeTokens } from './repo.ts';
import type { Accepted } from './schemas.ts';
import { LINK_LIFETIME_MS, linkTo } from './settings.ts';

/** One link a minute at most per account, so that the form cannot flood a mailbox. */
const RESEND_AFTER_MS = 60_000;

/**
 * Sends a single-use link to choose a new password to an enabled account's address; earlier links stop working.
 * The answer is the same whether or not the account exists. The mail is in the account's language, else the request's.
 */
export async function requestPasswordReset(
  ctx: Ctx,
  input: { email: string; baseUrl: string },
): Promise<Accepted> {
  assertWritable(ctx, 'a password reset');
  const ACCEPTED: Accepted = { accepted: true, message: render(mailText('reset_accepted'), ctx.lang) };
  const email = normalEmail(input.email);
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.disabled) return ACCEPTED;
  const last = await latestResetAt(ctx.db, user.id);
  if (last && ctx.now().getTime() - last.getTime() < RESEND_AFTER_MS) return ACCEPTED;
  const token = newSecret(32);
  const link = linkTo(input.baseUrl, 'password_reset', token);
  // In the language the account chose, else in the language of the request.
  const text = passwordResetMessage(user.lang ?? ctx.lang, {
    link,
    lifetimeMs: LINK_LIFETIME_MS.password_reset,
  });
  const message = { kind: 'password_reset' as const, to: user.email, ...text };
  const delivery = await mutation(
    ctx,
    'password_reset.request',
    async (tx) => {
      const now = ctx.now();
      const withdrawn = await revokeOneTimeTokens(tx, now, { kind: 'password_reset', userId: user.id });
      const row = await insertOneTimeToken(tx, {
        kind: 'password_reset',
        tokenHash: secretHash(token),
        email: user.email,
        userId: user.id,
        createdBy: null,
        createdByLabel: 'password reset form',
        at: now,
        expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS.password_reset),
      });
      await tx.audit({
        action: 'password_reset.request',
        objectType: 'user',
        objectId: String(user.id),
        after: { link: row.id, expiresAt: row.expiresAt, earlierLinksWithdrawn: withdrawn },
      });
      return queueMessage(tx, message);
    },
    { data: false },
  );
  await sendAfterCommit(ctx, message, delivery);
  return ACCEPTED;
}
