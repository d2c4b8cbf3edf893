import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { normalEmail } from './domain/email.ts';
import { hashPassword } from './domain/password.ts';
import { liveLink } from './links.ts';
import { text } from './messages.ts';
import { type ClientInfo, openSession } from './open-session.ts';
import { refusePassword } from './password-policy.ts';
import {
  countEnabledAdmins,
  findUserByEmail,
  findUserById,
  insertUser,
  markOneTimeTokenUsed,
  replaceGrants,
} from './repo.ts';
import type { Setup } from './schemas.ts';
import { accountSettings } from './settings.ts';
import type { SignedIn } from './sign-in.ts';
import { userView } from './views.ts';

/** Creates the first administrator with the setup link, and signs them in. */
export async function completeSetup(ctx: Ctx, input: Setup & { client: ClientInfo }): Promise<SignedIn> {
  assertWritable(ctx, 'the setup of the first administrator');
  const email = normalEmail(input.email);
  refusePassword(input.password, email);
  await liveLink(ctx.db, input.token, 'setup', ctx.now());
  const passwordHash = await hashPassword(input.password, accountSettings().passwordParams);
  return mutation(
    ctx,
    'setup.complete',
    async (tx) => {
      const now = ctx.now();
      const link = await liveLink(tx, input.token, 'setup', now, { lock: true });
      if ((await countEnabledAdmins(tx)) > 0) {
        throw new AppError('conflict', text('admin_exists'), {
          hint: text('admin_exists_hint'),
        });
      }
      if (await findUserByEmail(tx, email)) {
        throw new AppError('conflict', text('account_exists', { email }), { location: { field: 'email' } });
      }
      const id = await insertUser(tx, { email, name: input.name, passwordHash, at: now });
      await replaceGrants(tx, id, [{ role: 'admin', area: null }]);
      await markOneTimeTokenUsed(tx, link.id, now);
      const user = await findUserById(tx, id);
      if (!user) throw new Error(`user ${id} vanished`);
      await tx.audit({
        action: 'user.create',
        objectType: 'user',
        objectId: String(id),
        after: userView(user),
      });
      const opened = await openSession(tx, user, input.client);
      return { ...opened, user };
    },
    { data: false },
  );
}
