import type { Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { countEnabledAdmins, type SessionRow, type UserRow } from './repo.ts';
import { type SessionState, TOKEN_PERMISSIONS } from './schemas.ts';
import { userView } from './views.ts';

export function userActor(
  user: UserRow,
  via: { session: SessionRow } | { tokenId: number; scopes: readonly (typeof TOKEN_PERMISSIONS)[number][] },
): Actor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    grants: user.grants,
    lang: user.lang,
    ...('session' in via
      ? { via: 'session' as const, sessionId: via.session.id }
      : { via: 'token' as const, tokenId: via.tokenId, scopes: via.scopes }),
  };
}

/** What GET /api/session answers: who acts, what they may do, and the CSRF token of a cookie session. */
export async function sessionState(
  q: Queryable,
  actor: Actor,
  extra: { user?: UserRow | null; session?: SessionRow | null },
): Promise<SessionState> {
  const session = extra.session ?? null;
  const idleEnd = session ? new Date(session.lastSeenAt).getTime() + session.idleSeconds * 1000 : null;
  return {
    actor: actor.kind,
    user: extra.user ? userView(extra.user) : null,
    csrfToken: session?.csrfToken ?? null,
    permissions: TOKEN_PERMISSIONS.filter((p) => can(actor, p)),
    expiresAt:
      session && idleEnd !== null
        ? new Date(Math.min(idleEnd, new Date(session.expiresAt).getTime())).toISOString()
        : null,
    setupRequired: (await countEnabledAdmins(q)) === 0,
  };
}
