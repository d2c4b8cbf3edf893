import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from './domain/password.ts';
import { checkGrants } from './grants.ts';
import { liveLink } from './links.ts';
import { text } from './messages.ts';
import { type ClientInfo, openSession } from './open-session.ts';
import { refusePassword } from './password-policy.ts';
import { findUserByEmail, findUserById, insertUser, markOneTimeTokenUsed, replaceGrants } from './repo.ts';
import type { AcceptInvitation } from './schemas.ts';
import { accountSettings } from './settings.ts';
import type { SignedIn } from './sign-in.ts';
import { userView } from './views.ts';

/** Creates the account an invitation is for, with its role, and signs the new user in. */
export async function acceptInvitation(
  ctx: Ctx,
  input: AcceptInvitation & { client: ClientInfo },
): Promise<SignedIn> {
  assertWritable(ctx, 'accepting an invitation');
  const peek = await liveLink(ctx.db, input.token, 'invitation', ctx.now());
  refusePassword(input.password, peek.email ?? '');
  const passwordHash = await hashPassword(input.password, accountSettings().passwordParams);
  return mutation(
    ctx,
    'invitation.accept',
    async (tx) => {
      const now = ctx.now();
      const link = await liveLink(tx, input.token, 'invitation', now, { lock: true });
      const email = link.email ?? '';
      if (await findUserByEmail(tx, email)) {
        throw new AppError('conflict', text('account_exists', { email }), { hint: text('sign_in_with_it') });
      }
      const grants = link.role ? [{ role: link.role, area: link.area }] : [];
      await checkGrants(tx, grants);
      const id = await insertUser(tx, { email, name: input.name, passwordHash, at: now });
      await replaceGrants(tx, id, grants);
      await markOneTimeTokenUsed(tx, link.id, now);
      const user = await findUserById(tx, id);
      if (!user) throw new Error(`user ${id} vanished`);
      await tx.audit({
        action: 'user.create',
        objectType: 'user',
        objectId: String(id),
        area: link.area,
        after: { ...userView(user), invitation: link.id },
      });
      const opened = await openSession(tx, user, input.client);
      return { ...opened, user };
    },
    { data: false },
  );
}
