import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { findApiTokenById, revokeApiToken } from './repo.ts';
import type { ApiToken } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { apiTokenView } from './views.ts';

/** Revokes one of one's own tokens: it stops working at once. */
export async function revokeApiTokenById(ctx: Ctx, input: { id: number }): Promise<ApiToken> {
  return mutation(
    ctx,
    'api_token.revoke',
    async (tx) => {
      const user = await signedInUser(tx, ctx.actor);
      const before = await findApiTokenById(tx, input.id);
      // Another user's token is not found, so that ids say nothing of others' tokens.
      if (!before || before.userId !== user.id) {
        throw new AppError('not_found', text('no_token', { id: input.id }), {
          hint: text('tokens_hint'),
        });
      }
      if (before.revokedAt) {
        throw new AppError('conflict', text('token_revoked', { id: input.id, at: before.revokedAt }));
      }
      await revokeApiToken(tx, input.id, ctx.now());
      const after = await findApiTokenById(tx, input.id);
      if (!after) throw new Error(`token ${input.id} vanished`);
      await tx.audit({
        action: 'api_token.revoke',
        objectType: 'api_token',
        objectId: String(input.id),
        before: apiTokenView(before),
        after: apiTokenView(after),
      });
      return apiTokenView(after);
    },
    { data: false },
  );
}
