import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { revokeSessions } from './repo.ts';

/** Ends the session the request was made with; a request with an API token ends nothing. */
export async function signOut(ctx: Ctx): Promise<{ ended: boolean }> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || actor.sessionId === undefined) return { ended: false };
  const sessionId = actor.sessionId;
  return mutation(
    ctx,
    'session.sign_out',
    async (tx) => {
      const ended = await revokeSessions(tx, ctx.now(), { id: sessionId });
      if (ended.length) {
        await tx.audit({
          action: 'session.close',
          objectType: 'user',
          objectId: String(actor.userId),
          before: { sessionId },
        });
      }
      return { ended: ended.length > 0 };
    },
    { data: false },
  );
}
