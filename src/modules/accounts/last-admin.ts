import type { Grant } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { countEnabledAdmins, type UserRow } from './repo.ts';

/** Refuses a change that would leave no enabled administrator (no one could then manage users). */
export async function keepAnAdmin(
  q: Queryable,
  before: UserRow,
  after: { disabled: boolean; grants: readonly Grant[] },
): Promise<void> {
  const wasAdmin = !before.disabled && before.grants.some((g) => g.role === 'admin');
  const isAdmin = !after.disabled && after.grants.some((g) => g.role === 'admin');
  if (wasAdmin && !isAdmin && (await countEnabledAdmins(q)) <= 1) {
    throw new AppError('conflict', text('only_admin', { email: before.email }), {
      detail: text('only_admin_detail'),
      hint: text('only_admin_hint'),
    });
  }
}
