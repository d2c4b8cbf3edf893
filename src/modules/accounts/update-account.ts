import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { findUserById, updateUser } from './repo.ts';
import type { AccountUpdate, User } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { userView } from './views.ts';

/** Changes one's own name and preferred language; the audit trail records what changed. */
export async function updateAccount(ctx: Ctx, input: AccountUpdate): Promise<User> {
  return mutation(
    ctx,
    'account.update',
    async (tx) => {
      const before = await signedInUser(tx, ctx.actor, { lock: true });
      await updateUser(tx, before.id, {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.lang === undefined ? {} : { lang: input.lang }),
      });
      const after = await findUserById(tx, before.id);
      if (!after) throw new Error(`user ${before.id} vanished`);
      const changed = (['name', 'lang'] as const).filter((k) => before[k] !== after[k]);
      const fields = changed.length ? changed : (['name'] as const);
      await tx.audit({
        action: 'user.update',
        objectType: 'user',
        objectId: String(before.id),
        before: Object.fromEntries(fields.map((k) => [k, before[k]])),
        after: Object.fromEntries(fields.map((k) => [k, after[k]])),
      });
      return userView(after);
    },
    { data: false },
  );
}
