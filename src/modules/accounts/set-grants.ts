import type { Grant } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { checkGrants } from './grants.ts';
import { keepAnAdmin } from './last-admin.ts';
import { text } from './messages.ts';
import { findUserById, replaceGrants } from './repo.ts';
import type { User } from './schemas.ts';
import { userView } from './views.ts';

/** Replaces the roles of a user (administration). */
export async function setGrants(ctx: Ctx, input: { id: number; grants: readonly Grant[] }): Promise<User> {
  const seen = new Set<string>();
  const grants = input.grants.filter((g) => {
    const key = `${g.role} ${g.area ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return mutation(
    ctx,
    'user.grants',
    async (tx) => {
      const before = await findUserById(tx, input.id, { lock: true });
      if (!before)
        throw new AppError('not_found', text('no_user', { id: input.id }), { hint: text('users_hint') });
      await checkGrants(tx, grants);
      await keepAnAdmin(tx, before, { disabled: before.disabled, grants });
      await replaceGrants(tx, input.id, grants);
      const after = await findUserById(tx, input.id);
      if (!after) throw new Error(`user ${input.id} vanished`);
      const areas = [
        ...new Set([...before.grants, ...after.grants].flatMap((g) => (g.area ? [g.area] : []))),
      ];
      await tx.audit({
        action: 'user.grants',
        objectType: 'user',
        objectId: String(input.id),
        area: areas.length === 1 ? (areas[0] ?? null) : null,
        before: { grants: before.grants },
        after: { grants: after.grants },
      });
      return userView(after);
    },
    { data: false },
  );
}
