import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { newSecret, secretHash } from './domain/secrets.ts';
import { text } from './messages.ts';
import { countEnabledAdmins, insertOneTimeToken, revokeOneTimeTokens } from './repo.ts';
import { LINK_LIFETIME_MS, linkTo } from './settings.ts';

/**
 * A new link to create the first administrator, while there is none; earlier links stop working. Null when an
 * administrator exists and `onlyIfNeeded` (server start), else refused.
 */
export async function createSetupLink(
  ctx: Ctx,
  input: { baseUrl: string; onlyIfNeeded?: boolean },
): Promise<{ link: string; expiresAt: string } | null> {
  if (input.onlyIfNeeded && (await countEnabledAdmins(ctx.db)) > 0) return null;
  return mutation(
    ctx,
    'setup_link.create',
    async (tx) => {
      if ((await countEnabledAdmins(tx)) > 0) {
        if (input.onlyIfNeeded) return null;
        throw new AppError('conflict', text('no_setup_needed'), {
          hint: text('no_setup_hint'),
        });
      }
      const now = ctx.now();
      const revoked = await revokeOneTimeTokens(tx, now, { kind: 'setup' });
      const token = newSecret(32);
      const row = await insertOneTimeToken(tx, {
        kind: 'setup',
        tokenHash: secretHash(token),
        role: 'admin',
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdByLabel: actorLabel(ctx.actor),
        at: now,
        expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS.setup),
      });
      await tx.audit({
        action: 'setup_link.create',
        objectType: 'setup_link',
        objectId: String(row.id),
        after: { expiresAt: row.expiresAt, earlierLinksWithdrawn: revoked },
      });
      return { link: linkTo(input.baseUrl, 'setup', token), expiresAt: row.expiresAt };
    },
    { data: false },
  );
}
