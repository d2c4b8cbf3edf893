import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { keepAnAdmin } from './last-admin.ts';
import { text } from './messages.ts';
import { findUserById, revokeSessions, updateUser } from './repo.ts';
import type { User, UserUpdate } from './schemas.ts';
import { userView } from './views.ts';

/** Renames, disables or enables a user (administration); disabling ends the user's sessions and tokens at once. */
export async function updateUserById(ctx: Ctx, input: UserUpdate & { id: number }): Promise<User> {
  return mutation(
    ctx,
    'user.update',
    async (tx) => {
      const before = await findUserById(tx, input.id, { lock: true });
      if (!before)
        throw new AppError('not_found', text('no_user', { id: input.id }), { hint: text('users_hint') });
      const disabled = input.disabled ?? before.disabled;
      await keepAnAdmin(tx, before, { disabled, grants: before.grants });
      await updateUser(tx, input.id, {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
      });
      if (disabled && !before.disabled) await revokeSessions(tx, ctx.now(), { userId: input.id });
      const after = await findUserById(tx, input.id);
      if (!after) throw new Error(`user ${input.id} vanished`);
      await tx.audit({
        action: disabled === before.disabled ? 'user.update' : disabled ? 'user.disable' : 'user.enable',
        objectType: 'user',
        objectId: String(input.id),
        before: { name: before.name, disabled: before.disabled },
        after: { name: after.name, disabled: after.disabled },
      });
      return userView(after);
    },
    { data: false },
  );
}
