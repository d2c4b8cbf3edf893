import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { findUserById, type UserRow } from './repo.ts';

/** The account of the user acting; routes for one's own account refuse every other actor. */
export async function signedInUser(
  q: Queryable,
  actor: Actor,
  opts: { lock?: boolean } = {},
): Promise<UserRow> {
  if (actor.kind !== 'user') {
    throw new AppError('invalid_input', 'Only a signed-in user has an account', {
      hint: actor.kind === 'operator' ? 'the operator manages users with `hwmo users …`' : 'sign in first',
    });
  }
  const user = await findUserById(q, actor.userId, opts);
  if (!user) throw new AppError('not_found', `No user ${actor.userId}`);
  return user;
}
