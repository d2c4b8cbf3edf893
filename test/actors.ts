import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { type AppDeps, createApp } from '../src/main/app.ts';
import { type Actor, AREA_ROLES, type Role } from '../src/platform/auth/actor.ts';
import type { Permission } from '../src/platform/auth/permissions.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Authenticate } from '../src/platform/http/route.ts';
import type { Lang } from '../src/platform/i18n/langs.ts';

/** Carries the actor of a request to the apps made here, and only to them. */
const ACTOR_HEADER = 'x-hwmo-test-actor';

export const PUBLIC_ACTOR: Actor = { kind: 'public' };
export const OPERATOR: Actor = { kind: 'operator', name: 'tester@test' };

const ids = new Map<string, number>();

/** A signed-in user holding one role; area roles are bound to `area` (GHA unless said); `lang`: their language. */
export function userActor(
  role: Role,
  area?: string | null,
  extra: { via?: 'session' | 'token'; scopes?: readonly Permission[]; name?: string; lang?: Lang } = {},
): Actor {
  const bound = AREA_ROLES.includes(role) ? (area ?? 'GHA') : null;
  const key = `${role}:${bound ?? ''}`;
  const userId = ids.get(key) ?? ids.size + 1;
  ids.set(key, userId);
  const handle = `${role.replace(/_/g, '-')}${bound ? `-${bound.toLowerCase()}` : ''}`;
  return {
    kind: 'user',
    userId,
    email: `${handle}@example.org`,
    name: extra.name ?? `Test ${handle}`,
    grants: [{ role, area: bound }],
    via: extra.via ?? 'session',
    ...(extra.lang ? { lang: extra.lang } : {}),
    ...(extra.via === 'token' ? { tokenId: userId, scopes: extra.scopes ?? [] } : { sessionId: userId }),
  };
}

const fromHeader =
  (fallback: Actor): Authenticate =>
  async (c) => {
    const sent = c.req.header(ACTOR_HEADER);
    return sent ? (JSON.parse(sent) as Actor) : fallback;
  };

type TestDeps = Omit<AppDeps, 'config' | 'authenticate'> & { config?: AppDeps['config'] };

/** The app as tests use it: every JSON answer checked against its schema, actors set per request. */
export function testApp(deps: TestDeps, fallback: Actor = PUBLIC_ACTOR): Hono {
  return createApp({
    checkResponses: true,
    ...deps,
    config: deps.config ?? loadConfig({}),
    authenticate: fromHeader(fallback),
  });
}

/** An app on which every request comes from `actor` (unless requestAs says otherwise). */
export function appAs(actor: Actor, deps: TestDeps): Hono {
  return testApp(deps, actor);
}

/** Sends a request to a test app as `actor`. */
export function requestAs(app: Hono, actor: Actor, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(ACTOR_HEADER, JSON.stringify(actor));
  return Promise.resolve(app.request(path, { ...init, headers }));
}

/** A JSON request body with its content type. */
export function jsonBody(value: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** The JSON of a response, after checking its status (the body is shown when the status is not the one expected). */
export async function jsonOf<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const text = await r.text();
  assert.equal(r.status, status, text);
  return JSON.parse(text) as T;
}
