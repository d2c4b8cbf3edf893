import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation, type Tx } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { normalEmail } from './domain/email.ts';
import { hashPassword } from './domain/password.ts';
import { throttle, WINDOW_MS } from './domain/throttle.ts';
import { text } from './messages.ts';
import { type ClientInfo, openSession } from './open-session.ts';
import { refusePassword } from './password-policy.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  recentRegistrations,
  recordRegistration,
  type UserRow,
} from './repo.ts';
import { accountSettings } from './settings.ts';
import { ThrottledError } from './sign-in.ts';
import { userView } from './views.ts';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  client: ClientInfo;
  /** Where the fields of the account sit in the request (`account.` for `account.password`). */
  fieldPrefix?: string;
}

/**
 * Creates an account with no role for someone who registers themselves for a purpose (applying to the recruiters'
 * register), and signs them in. `within` adds the purpose's own rows in the same transaction. Registrations from an
 * address are throttled as failed sign-ins are.
 */
export async function registerAccount<T>(
  ctx: Ctx,
  input: NewAccount,
  action: string,
  within: (tx: Tx, user: UserRow) => Promise<T>,
): Promise<{
  user: UserRow;
  cookie: string;
  session: Awaited<ReturnType<typeof openSession>>['session'];
  result: T;
}> {
  assertWritable(ctx, 'registering');
  const prefix = input.fieldPrefix ?? '';
  const email = normalEmail(input.email);
  const address = input.client.address ?? 'unknown';
  const now = ctx.now();
  const decision = throttle(
    await recentRegistrations(ctx.db, address, new Date(now.getTime() - WINDOW_MS)),
    now,
  );
  if (!decision.allowed) throw new ThrottledError(decision.retryAfter);
  await recordRegistration(ctx.db, now, address);
  refusePassword(input.password, email, `${prefix}password`);
  const passwordHash = await hashPassword(input.password, accountSettings().passwordParams);
  return mutation(
    ctx,
    action,
    async (tx) => {
      if (await findUserByEmail(tx, email))
        throw new AppError('conflict', text('account_exists', { email }), {
          hint: text('sign_in_with_it'),
          errors: [{ field: `${prefix}email`, message: text('account_exists', { email }) }],
        });
      const id = await insertUser(tx, { email, name: input.name.trim(), passwordHash, at: now });
      const user = await findUserById(tx, id);
      if (!user) throw new Error(`user ${id} vanished`);
      await tx.audit({
        action: 'user.register',
        objectType: 'user',
        objectId: String(id),
        after: { ...userView(user), purpose: action },
      });
      const result = await within(tx, user);
      const opened = await openSession(tx, user, input.client);
      return { user, cookie: opened.cookie, session: opened.session, result };
    },
    { data: false },
  );
}
