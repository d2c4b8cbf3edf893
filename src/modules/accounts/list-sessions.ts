import type { Ctx } from '../../platform/context.ts';
import { listLiveSessions } from './repo.ts';
import type { SessionList } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { sessionView } from './views.ts';

export async function listOwnSessions(ctx: Ctx): Promise<SessionList> {
  const user = await signedInUser(ctx.db, ctx.actor);
  const current = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
  return {
    sessions: (await listLiveSessions(ctx.db, user.id, ctx.now())).map((s) => sessionView(s, current)),
  };
}
