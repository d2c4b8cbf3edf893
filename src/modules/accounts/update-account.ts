import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { findUserById, updateUser } from './repo.ts';
import type { AccountUpdate, User } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { userView } from './views.ts';

export async function updateAccount(ctx: Ctx, input: AccountUpdate): Promise<User> {
  return mutation(
    ctx,
    'account.update',
    async (tx) => {
      const before = await signedInUser(tx, ctx.actor, { lock: true });
      await updateUser(tx, before.id, { name: input.name });
      const after = await findUserById(tx, before.id);
      if (!after) throw new Error(`user ${before.id} vanished`);
      await tx.audit({
        action: 'user.update',
        objectType: 'user',
        objectId: String(before.id),
        before: { name: before.name },
        after: { name: after.name },
      });
      return userView(after);
    },
    { data: false },
  );
}
