import type { Ctx } from '../../platform/context.ts';
import { assertWritable, mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { normalEmail } from './domain/email.ts';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './domain/password.ts';
import { throttle, WINDOW_MS } from './domain/throttle.ts';
import { text } from './messages.ts';
import { type ClientInfo, type OpenedSession, openSession } from './open-session.ts';
import {
  findUserByEmail,
  findUserById,
  pruneLoginAttempts,
  recentFailures,
  recordLoginAttempt,
  setPasswordHash,
  type UserRow,
} from './repo.ts';
import type { SignIn } from './schemas.ts';
import { accountSettings } from './settings.ts';

export interface SignedIn extends OpenedSession {
  user: UserRow;
}

/** A refusal of sign-in that says nothing of whether the account exists. */
export class ThrottledError extends AppError {
  constructor(readonly retryAfter: number) {
    const minutes = Math.ceil(retryAfter / 60);
    super('rate_limited', text('throttled'), {
      detail: text('throttled_detail', { count: minutes }),
      hint: text('throttled_hint'),
    });
  }
}

const WRONG = () =>
  new AppError('unauthenticated', text('wrong_credentials'), {
    hint: text('forgotten_hint'),
  });

/**
 * Checks the password of an account and opens a session. Refused, whatever the password, after too many recent
 * failures for the account or from the address; a wrong address and a wrong password are refused alike.
 */
export async function signIn(ctx: Ctx, input: SignIn & { client: ClientInfo }): Promise<SignedIn> {
  assertWritable(ctx, 'signing in');
  const email = normalEmail(input.email);
  const address = input.client.address ?? 'unknown';
  const now = ctx.now();
  const failures = await recentFailures(ctx.db, email, address, new Date(now.getTime() - WINDOW_MS));
  const byAccount = throttle(failures.account, now);
  const byAddress = throttle(failures.address, now);
  if (!byAccount.allowed || !byAddress.allowed) {
    throw new ThrottledError(Math.max(byAccount.retryAfter, byAddress.retryAfter));
  }
  const user = await findUserByEmail(ctx.db, email);
  const hash = user?.passwordHash ?? (await decoyHash(accountSettings().passwordParams));
  const matches = await verifyPassword(input.password, hash);
  if (!user?.passwordHash || user.disabled || !matches) {
    await recordLoginAttempt(ctx.db, { at: now, email, address, success: false });
    throw WRONG();
  }
  const rehash = needsRehash(user.passwordHash, accountSettings().passwordParams)
    ? await hashPassword(input.password, accountSettings().passwordParams)
    : null;
  const as: Ctx = {
    ...ctx,
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      grants: user.grants,
      via: 'session',
    },
  };
  return mutation(
    as,
    'session.sign_in',
    async (tx) => {
      await recordLoginAttempt(tx, { at: now, email, address, success: true });
      await pruneLoginAttempts(tx, { email, address, before: new Date(now.getTime() - 24 * 3_600_000) });
      if (rehash) await setPasswordHash(tx, user.id, rehash);
      const current = await findUserById(tx, user.id);
      if (!current || current.disabled) throw WRONG();
      const opened = await openSession(tx, current, input.client);
      return { ...opened, user: current };
    },
    { data: false },
  );
}
