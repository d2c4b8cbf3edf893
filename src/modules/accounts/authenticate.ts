import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { type Actor, PUBLIC } from '../../platform/auth/actor.ts';
import { OPERATOR_HEADER } from '../../platform/cli/server-client.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { looksLikeApiToken, sameSecret, secretHash } from './domain/secrets.ts';
import { text } from './messages.ts';
import {
  findLiveApiToken,
  findLiveSession,
  type SessionRow,
  touchApiToken,
  touchSession,
  type UserRow,
} from './repo.ts';
import { userActor } from './session-state.ts';

export const SESSION_COOKIE = 'hwmo_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The live session a request's cookie names, with its user; null without one. */
export async function cookieSession(
  c: Context,
  db: Database,
  now: Date,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id || id.length > 100) return null;
  return findLiveSession(db, secretHash(id), now);
}

/** The address the request comes from, as the connection says (no proxy header is trusted). */
export function clientAddress(c: Context): string | null {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

const badToken = () =>
  new AppError('unauthenticated', text('bad_token'), {
    detail: text('bad_token_detail'),
    hint: text('bad_token_hint'),
  });

async function bearerActor(c: Context, db: Database, token: string, now: Date): Promise<Actor> {
  const operatorToken = db.dataDirLock?.owner.operatorToken;
  if (operatorToken && sameSecret(token, operatorToken)) {
    const named = c.req.header(OPERATOR_HEADER) ?? '';
    return { kind: 'operator', name: /^[\w.@:-]{1,100}$/.test(named) ? named : 'local CLI' };
  }
  if (!looksLikeApiToken(token)) throw badToken();
  const found = await findLiveApiToken(db, secretHash(token), now);
  if (!found) throw badToken();
  await touchApiToken(db, found.token.id, now);
  return userActor(found.user, { tokenId: found.token.id, scopes: found.token.scopes });
}

/**
 * Who sends a request: the bearer of an API token (or of the operator token of the server's data directory), the
 * user of a live session cookie, or the public. A change (any method but GET, HEAD, OPTIONS) made with the cookie
 * must carry the session's CSRF token in X-CSRF-Token.
 */
export async function authenticate(c: Context, db: Database): Promise<Actor> {
  const now = new Date();
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const m = /^Bearer[ ]+([^\s]{1,200})\s*$/i.exec(authorization);
    if (!m?.[1]) {
      throw new AppError('unauthenticated', text('bad_authorization'), {
        hint: text('bad_authorization_hint'),
      });
    }
    return bearerActor(c, db, m[1], now);
  }
  const found = await cookieSession(c, db, now);
  if (!found) return PUBLIC;
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (!sent || !sameSecret(sent, found.session.csrfToken)) {
      throw new AppError('forbidden', text('csrf_missing'), {
        detail: text('csrf_detail', { header: CSRF_HEADER }),
        hint: text('csrf_hint'),
      });
    }
  }
  await touchSession(db, found.session.id, now);
  return userActor(found.user, { session: found.session });
}
