import type { Ctx } from '../../platform/context.ts';
import { listApiTokens } from './repo.ts';
import type { ApiTokenList } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { apiTokenView } from './views.ts';

export async function listApiTokensView(ctx: Ctx): Promise<ApiTokenList> {
  const user = await signedInUser(ctx.db, ctx.actor);
  return { tokens: (await listApiTokens(ctx.db, user.id)).map(apiTokenView) };
}
