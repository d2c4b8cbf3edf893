import type { Actor } from '../../platform/auth/actor.ts';
import { can, type Permission } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { apiTokenPrefix, newApiToken, secretHash } from './domain/secrets.ts';
import { text } from './messages.ts';
import { insertApiToken } from './repo.ts';
import type { ApiTokenCreated, CreateApiToken } from './schemas.ts';
import { signedInUser } from './signed-in-user.ts';
import { apiTokenView } from './views.ts';

/**
 * A personal API token carrying some of the permissions its owner holds (those a token used to create it carries,
 * at most); the token itself is answered this once and only its hash is kept.
 */
export async function createApiToken(ctx: Ctx, input: CreateApiToken): Promise<ApiTokenCreated> {
  const actor = ctx.actor;
  const user = await signedInUser(ctx.db, actor);
  const scopes = [...new Set(input.scopes)] as Permission[];
  const owner: Actor = {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    grants: user.grants,
    via: 'session',
  };
  scopes.forEach((p, i) => {
    if (!can(owner, p)) {
      throw new AppError('forbidden', text('scope_not_held', { permission: p }), {
        location: { field: `scopes[${i}]` },
      });
    }
    if (actor.kind === 'user' && actor.via === 'token' && !(actor.scopes ?? []).includes(p)) {
      throw new AppError('forbidden', text('scope_not_in_token', { permission: p }), {
        location: { field: `scopes[${i}]` },
      });
    }
  });
  const now = ctx.now();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= now) {
    throw new AppError('invalid_input', text('expiry_past'), {
      location: { field: 'expiresAt' },
    });
  }
  const secret = newApiToken();
  return mutation(
    ctx,
    'api_token.create',
    async (tx) => {
      const row = await insertApiToken(tx, {
        userId: user.id,
        name: input.name,
        tokenHash: secretHash(secret),
        prefix: apiTokenPrefix(secret),
        scopes,
        at: now,
        expiresAt,
      });
      const token = apiTokenView(row);
      await tx.audit({
        action: 'api_token.create',
        objectType: 'api_token',
        objectId: String(row.id),
        after: token,
      });
      return { token, secret };
    },
    { data: false },
  );
}
