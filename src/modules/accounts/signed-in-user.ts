import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { findUserById, type UserRow } from './repo.ts';

/** The account of the user acting; routes for one's own account refuse every other actor. */
export async function signedInUser(
  q: Queryable,
  actor: Actor,
  opts: { lock?: boolean } = {},
): Promise<UserRow> {
  if (actor.kind !== 'user') {
    throw new AppError('invalid_input', text('only_signed_in'), {
      hint: actor.kind === 'operator' ? text('operator_hint') : text('sign_in_first'),
    });
  }
  const user = await findUserById(q, actor.userId, opts);
  if (!user) throw new AppError('not_found', text('no_user', { id: actor.userId }));
  return user;
}
