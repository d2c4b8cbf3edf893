import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { authenticate, configureAccounts, createSetupLink } from './index.ts';
import type { ApiTokenCreated, InvitationCreated, Outbox, SessionState, User, UserList } from './schemas.ts';

const config = loadConfig({});
configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });

function makeApp(db: Database): Hono {
  return createApp({ db, config, authenticate, web: null, checkResponses: true });
}

const ADMIN_PASSWORD = 'admin password of twelve+';

/** A browser: keeps the session cookie and the CSRF token, and comes from one address. */
class Browser {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(
    readonly app: Hono,
    readonly address = '192.0.2.1',
  ) {}

  async send(method: string, path: string, body?: unknown, opts: { csrf?: boolean } = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = `hwmo_session=${this.cookie}`;
    if (this.csrf && opts.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.app.request(
      path,
      { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
      { incoming: { socket: { remoteAddress: this.address } } },
    );
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('hwmo_session=')) {
      const value = set.slice('hwmo_session='.length).split(';')[0] ?? '';
      this.cookie = value === '' ? null : value;
    }
    return res;
  }

  async json<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
    const res = await this.send(method, path, body);
    const text = await res.text();
    assert.equal(res.status, status, `${method} ${path}: ${text}`);
    const value = JSON.parse(text) as T;
    const csrf = (value as { csrfToken?: unknown }).csrfToken;
    if (typeof csrf === 'string') this.csrf = csrf;
    return value;
  }

  async signIn(email: string, password: string): Promise<SessionState> {
    return this.json<SessionState>('POST', '/api/session', { email, password });
  }
}

async function problem(
  res: Response,
  status: number,
): Promise<{ title: string; detail?: string; code?: string }> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  return JSON.parse(text) as { title: string; detail?: string; code?: string };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe('accounts over HTTP', () => {
  let db: Database;
  let app: Hono;
  let admin: Browser;

  before(async () => {
    db = await testDatabase();
    app = makeApp(db);
    admin = new Browser(app);
  });
  after(async () => {
    await db.close();
  });

  test('first start: no administrator, a setup link; it creates the administrator once and signs them in', async () => {
    const pub = new Browser(app);
    const state = await pub.json<SessionState>('GET', '/api/session');
    assert.equal(state.actor, 'public');
    assert.equal(state.setupRequired, true);

    const stale = await createSetupLink(operatorContext(db), { baseUrl: 'http://127.0.0.1:8080' });
    const made = await createSetupLink(operatorContext(db), { baseUrl: 'http://127.0.0.1:8080' });
    assert.ok(stale && made);
    assert.match(made.link, /^http:\/\/127\.0\.0\.1:8080\/setup\?token=[A-Za-z0-9_-]{43}$/);

    const withdrawn = await pub.send('POST', '/api/setup', {
      token: tokenOf(stale.link),
      email: 'admin@example.org',
      name: 'Ada Admin',
      password: ADMIN_PASSWORD,
    });
    assert.match((await problem(withdrawn, 409)).detail ?? '', /withdrawn/);

    const weak = await pub.send('POST', '/api/setup', {
      token: tokenOf(made.link),
      email: 'admin@example.org',
      name: 'Ada Admin',
      password: 'admin@example.org',
    });
    assert.match((await problem(weak, 400)).detail ?? '', /e-mail/);

    const res = await admin.send('POST', '/api/setup', {
      token: tokenOf(made.link),
      email: 'Admin@Example.org',
      name: 'Ada Admin',
      password: ADMIN_PASSWORD,
    });
    const text = await res.text();
    assert.equal(res.status, 201, text);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/);
    const signed = JSON.parse(text) as SessionState;
    admin.csrf = signed.csrfToken;
    assert.equal(signed.user?.email, 'admin@example.org');
    assert.deepEqual(signed.user?.grants, [{ role: 'admin', area: null }]);
    assert.ok(signed.permissions.includes('users.manage'));

    const replay = await pub.send('POST', '/api/setup', {
      token: tokenOf(made.link),
      email: 'other@example.org',
      name: 'Other',
      password: ADMIN_PASSWORD,
    });
    assert.match((await problem(replay, 409)).detail ?? '', /already used/);
    await assert.rejects(
      createSetupLink(operatorContext(db), { baseUrl: 'http://x' }),
      /administrator exists/,
    );
    assert.equal(
      await createSetupLink(operatorContext(db), { baseUrl: 'http://x', onlyIfNeeded: true }),
      null,
    );
  });

  test('an unknown or expired setup link is refused, saying which', async () => {
    const pub = new Browser(app);
    const unknown = await pub.send('POST', '/api/setup', {
      token: 'A'.repeat(43),
      email: 'x@example.org',
      name: 'X',
      password: ADMIN_PASSWORD,
    });
    assert.match((await problem(unknown, 404)).detail ?? '', /not valid/);
  });

  test('a session: GET /api/session names the user; changes need the CSRF token', async () => {
    const state = await admin.json<SessionState>('GET', '/api/session');
    assert.equal(state.user?.email, 'admin@example.org');
    assert.equal(state.csrfToken, admin.csrf);
    assert.equal(state.setupRequired, false);

    const without = await admin.send('PATCH', '/api/account', { name: 'Ada A.' }, { csrf: false });
    assert.match((await problem(without, 403)).detail ?? '', /CSRF/);
    const wrong = new Browser(app);
    wrong.cookie = admin.cookie;
    wrong.csrf = 'x'.repeat(43);
    assert.equal((await wrong.send('PATCH', '/api/account', { name: 'Ada A.' })).status, 403);
    const renamed = await admin.json<User>('PATCH', '/api/account', { name: 'Ada A.' });
    assert.equal(renamed.name, 'Ada A.');
  });

  test('invitation: link and outbox message; preview; accepted once into an account with its role', async () => {
    const made = await admin.json<InvitationCreated>(
      'POST',
      '/api/invitations',
      { email: 'kofi@moh.gov.gh', role: 'data_manager', area: 'gha' },
      201,
    );
    assert.equal(made.delivery, 'outbox');
    assert.equal(made.invitation.area, 'GHA');
    assert.equal(made.invitation.status, 'pending');
    assert.match(made.link, /\/invitation\?token=/);
    const outbox = await admin.json<Outbox>('GET', '/api/outbox');
    const message = outbox.messages.find((m) => m.to === 'kofi@moh.gov.gh');
    assert.ok(message?.text.includes(made.link));
    assert.equal(message?.kind, 'invitation');

    const pub = new Browser(app, '192.0.2.50');
    const preview = await pub.json<{ email: string; role: string; areaName: string; invitedBy: string }>(
      'GET',
      `/api/invitations/${tokenOf(made.link)}`,
    );
    assert.equal(preview.email, 'kofi@moh.gov.gh');
    assert.equal(preview.areaName, 'Ghana');
    assert.equal(preview.invitedBy, 'Ada A.');

    const kofi = new Browser(app, '192.0.2.50');
    const state = await kofi.json<SessionState>(
      'POST',
      '/api/invitations/accept',
      { token: tokenOf(made.link), name: 'Kofi Boateng', password: 'kofi password 2026' },
      201,
    );
    assert.deepEqual(state.user?.grants, [{ role: 'data_manager', area: 'GHA' }]);
    assert.ok(state.permissions.includes('data.import'));
    assert.ok(!state.permissions.includes('users.manage'));

    const replay = await pub.send('POST', '/api/invitations/accept', {
      token: tokenOf(made.link),
      name: 'Mallory',
      password: 'mallory password 1',
    });
    assert.match((await problem(replay, 409)).detail ?? '', /already used/);
    const list = await admin.json<{ invitations: Array<{ email: string; status: string }> }>(
      'GET',
      '/api/invitations',
    );
    assert.equal(list.invitations.find((i) => i.email === 'kofi@moh.gov.gh')?.status, 'accepted');
  });

  test('invitations refused: area missing or unknown, account exists, not an administrator, withdrawn', async () => {
    const noArea = await admin.send('POST', '/api/invitations', {
      email: 'a@example.org',
      role: 'data_approver',
    });
    assert.equal((await problem(noArea, 400)).code, 'invalid_input');
    const arealess = await admin.send('POST', '/api/invitations', {
      email: 'a@example.org',
      role: 'secretariat',
      area: 'GHA',
    });
    assert.equal(arealess.status, 400);
    const unknown = await admin.send('POST', '/api/invitations', {
      email: 'a@example.org',
      role: 'data_approver',
      area: 'XYZ',
    });
    assert.equal((await problem(unknown, 422)).code, 'unknown_area');
    const exists = await admin.send('POST', '/api/invitations', {
      email: 'KOFI@moh.gov.gh',
      role: 'stakeholder',
    });
    assert.equal(exists.status, 409);

    const kofi = new Browser(app, '192.0.2.50');
    await kofi.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    const forbidden = await kofi.send('POST', '/api/invitations', {
      email: 'b@example.org',
      role: 'stakeholder',
    });
    assert.equal((await problem(forbidden, 403)).code, 'forbidden');
    const pub = await new Browser(app).send('GET', '/api/users');
    assert.equal((await problem(pub, 401)).code, 'unauthenticated');

    const made = await admin.json<InvitationCreated>(
      'POST',
      '/api/invitations',
      { email: 'late@example.org', role: 'stakeholder' },
      201,
    );
    await admin.json('DELETE', `/api/invitations/${made.invitation.id}`);
    const again = await admin.send('DELETE', `/api/invitations/${made.invitation.id}`);
    assert.equal(again.status, 409);
    const gone = await new Browser(app).send('GET', `/api/invitations/${tokenOf(made.link)}`);
    assert.match((await problem(gone, 409)).detail ?? '', /withdrawn/);
  });

  test('an expired invitation is refused, saying so', async () => {
    const { inviteUser } = await import('./invite-user.ts');
    const longAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
    const made = await inviteUser(operatorContext(db, { now: () => longAgo }), {
      email: 'old@example.org',
      role: 'stakeholder',
      baseUrl: 'http://127.0.0.1:8080',
    });
    const res = await new Browser(app).send('POST', '/api/invitations/accept', {
      token: tokenOf(made.link),
      name: 'Old',
      password: 'old password 1234',
    });
    assert.match((await problem(res, 409)).detail ?? '', /expired/);
  });

  test('sign-in: a new session id every time; a session id set before sign-in is never kept', async () => {
    const b = new Browser(app, '192.0.2.60');
    b.cookie = 'fixed-by-an-attacker-0123456789';
    await b.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    assert.notEqual(b.cookie, 'fixed-by-an-attacker-0123456789');
    const first = b.cookie;
    const firstCsrf = b.csrf;

    const attacker = new Browser(app);
    attacker.cookie = 'fixed-by-an-attacker-0123456789';
    assert.equal((await attacker.json<SessionState>('GET', '/api/session')).actor, 'public');

    // Signing in again with a live session: a new id, and the old one ends.
    await b.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    assert.notEqual(b.cookie, first);
    assert.notEqual(b.csrf, firstCsrf);
    const old = new Browser(app);
    old.cookie = first;
    assert.equal((await old.json<SessionState>('GET', '/api/session')).actor, 'public');
    assert.equal((await b.json<SessionState>('GET', '/api/session')).user?.email, 'kofi@moh.gov.gh');
  });

  test('sign-in refused alike for a wrong password and an unknown address; a disabled account cannot sign in', async () => {
    const b = new Browser(app, '192.0.2.70');
    const wrong = await problem(
      await b.send('POST', '/api/session', { email: 'kofi@moh.gov.gh', password: 'nope' }),
      401,
    );
    const unknown = await problem(
      await b.send('POST', '/api/session', { email: 'nobody@moh.gov.gh', password: 'nope' }),
      401,
    );
    assert.equal(wrong.title, unknown.title);
    assert.equal(wrong.detail, unknown.detail);
  });

  test('throttling: after 5 failures in 15 minutes, refused with 429 and Retry-After even with the right password; 20 in a row stay refused', async () => {
    const invite = await admin.json<InvitationCreated>(
      'POST',
      '/api/invitations',
      { email: 'target@example.org', role: 'stakeholder' },
      201,
    );
    const owner = new Browser(app, '198.51.100.1');
    await owner.json(
      'POST',
      '/api/invitations/accept',
      { token: tokenOf(invite.link), name: 'Target', password: 'target password 1' },
      201,
    );
    const attacker = new Browser(app, '198.51.100.2');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await attacker.send('POST', '/api/session', {
        email: 'target@example.org',
        password: `guess ${i}`,
      });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter ??= res.headers.get('retry-after');
        const p = (await res.json()) as { title: string };
        assert.match(p.title, /Too many/);
      }
    }
    assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(15).fill(429)]);
    assert.ok(Number(retryAfter) > 0 && Number(retryAfter) <= 900, `Retry-After ${retryAfter}`);
    // The account is throttled from every address, even with the right password.
    const right = await new Browser(app, '198.51.100.3').send('POST', '/api/session', {
      email: 'target@example.org',
      password: 'target password 1',
    });
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) > 0);

    // An unknown account is throttled the same way: the refusal says nothing of whether it exists.
    const prober = new Browser(app, '198.51.100.4');
    const ghost: number[] = [];
    for (let i = 0; i < 6; i++) {
      ghost.push(
        (await prober.send('POST', '/api/session', { email: `ghost@example.org`, password: 'x' })).status,
      );
    }
    assert.deepEqual(ghost, [401, 401, 401, 401, 401, 429]);
  });

  test('throttling per address: 5 failures from one address on other accounts refuse the next sign-in from it', async () => {
    const spray = new Browser(app, '203.0.113.9');
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await spray.send('POST', '/api/session', { email: `u${i}@example.org`, password: 'x' })).status,
        401,
      );
    }
    const res = await spray.send('POST', '/api/session', {
      email: 'kofi@moh.gov.gh',
      password: 'kofi password 2026',
    });
    assert.equal(res.status, 429);
    await new Browser(app, '203.0.113.10').signIn('kofi@moh.gov.gh', 'kofi password 2026');
  });

  test('sign-out ends the session; the cookie no longer signs in', async () => {
    const b = new Browser(app, '192.0.2.80');
    await b.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    const cookie = b.cookie;
    const res = await b.send('DELETE', '/api/session');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('set-cookie') ?? '', /hwmo_session=;/);
    const reuse = new Browser(app);
    reuse.cookie = cookie;
    assert.equal((await reuse.json<SessionState>('GET', '/api/session')).actor, 'public');
    assert.equal((await problem(await reuse.send('DELETE', '/api/session'), 401)).code, 'unauthenticated');
  });

  test('an idle or past-its-end session is over', async () => {
    const b = new Browser(app, '192.0.2.81');
    await b.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    const state = await b.json<SessionState>('GET', '/api/session');
    assert.ok(state.expiresAt);
    await db.query(
      "UPDATE user_session SET last_seen_at = last_seen_at - interval '9 hours' WHERE revoked_at IS NULL AND address = $1",
      ['192.0.2.81'],
    );
    assert.equal((await b.json<SessionState>('GET', '/api/session')).actor, 'public');
    await b.signIn('kofi@moh.gov.gh', 'kofi password 2026');
    await db.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND address = $1",
      ['192.0.2.81'],
    );
    assert.equal((await b.json<SessionState>('GET', '/api/session')).actor, 'public');
  });

  test('password reset: always 202; the link works once, ends every session, and sets the new password', async () => {
    const pub = new Browser(app, '192.0.2.90');
    const before = (await admin.json<Outbox>('GET', '/api/outbox')).messages.length;
    const nobody = await pub.json<{ accepted: boolean; message: string }>(
      'POST',
      '/api/password-reset',
      { email: 'nobody@example.org' },
      202,
    );
    assert.equal((await admin.json<Outbox>('GET', '/api/outbox')).messages.length, before);
    const someone = await pub.json<{ accepted: boolean; message: string }>(
      'POST',
      '/api/password-reset',
      { email: 'Kofi@moh.gov.gh' },
      202,
    );
    assert.deepEqual(someone, nobody);
    const message = (await admin.json<Outbox>('GET', '/api/outbox')).messages.find(
      (m) => m.kind === 'password_reset' && m.to === 'kofi@moh.gov.gh',
    );
    const link = message?.text.match(/http\S+reset-password\?token=\S+/)?.[0];
    assert.ok(link, message?.text);

    const elsewhere = new Browser(app, '192.0.2.91');
    await elsewhere.signIn('kofi@moh.gov.gh', 'kofi password 2026');

    const short = await pub.send('POST', '/api/password-reset/confirm', {
      token: tokenOf(link),
      password: 'short',
    });
    assert.equal(short.status, 400);
    const reset = new Browser(app, '192.0.2.90');
    const state = await reset.json<SessionState>('POST', '/api/password-reset/confirm', {
      token: tokenOf(link),
      password: 'kofi new password 2026',
    });
    assert.equal(state.user?.email, 'kofi@moh.gov.gh');
    assert.equal((await elsewhere.json<SessionState>('GET', '/api/session')).actor, 'public');

    const replay = await pub.send('POST', '/api/password-reset/confirm', {
      token: tokenOf(link),
      password: 'mallory password 99',
    });
    assert.match((await problem(replay, 409)).detail ?? '', /already used/);
    assert.equal(
      (
        await new Browser(app, '192.0.2.92').send('POST', '/api/session', {
          email: 'kofi@moh.gov.gh',
          password: 'kofi password 2026',
        })
      ).status,
      401,
    );
    await new Browser(app, '192.0.2.93').signIn('kofi@moh.gov.gh', 'kofi new password 2026');
  });

  test('own password: the current one is needed; the other sessions end, this one stays', async () => {
    const a = new Browser(app, '192.0.2.100');
    const b = new Browser(app, '192.0.2.101');
    await a.signIn('kofi@moh.gov.gh', 'kofi new password 2026');
    await b.signIn('kofi@moh.gov.gh', 'kofi new password 2026');
    const wrong = await a.send('POST', '/api/account/password', {
      current: 'wrong',
      new: 'kofi third password',
    });
    assert.equal((await problem(wrong, 400)).code, 'invalid_input');
    const done = await a.json<{ revoked: number }>('POST', '/api/account/password', {
      current: 'kofi new password 2026',
      new: 'kofi third password',
    });
    assert.ok(done.revoked >= 1);
    assert.equal((await a.json<SessionState>('GET', '/api/session')).user?.email, 'kofi@moh.gov.gh');
    assert.equal((await b.json<SessionState>('GET', '/api/session')).actor, 'public');
  });

  test('sessions: listed, the others revoked by the user', async () => {
    const a = new Browser(app, '192.0.2.110');
    const b = new Browser(app, '192.0.2.111');
    await a.signIn('kofi@moh.gov.gh', 'kofi third password');
    await b.signIn('kofi@moh.gov.gh', 'kofi third password');
    const list = await a.json<{ sessions: Array<{ current: boolean; address: string | null }> }>(
      'GET',
      '/api/account/sessions',
    );
    assert.equal(list.sessions.filter((s) => s.current).length, 1);
    assert.ok(list.sessions.some((s) => s.address === '192.0.2.111'));
    const r = await a.json<{ revoked: number }>('DELETE', '/api/account/sessions');
    assert.ok(r.revoked >= 1);
    assert.equal((await b.json<SessionState>('GET', '/api/session')).actor, 'public');
    assert.equal((await a.json<SessionState>('GET', '/api/session')).actor, 'user');
  });

  test('API tokens: shown once, scoped, Bearer without CSRF, last use recorded, revocable', async () => {
    const kofi = new Browser(app, '192.0.2.120');
    await kofi.signIn('kofi@moh.gov.gh', 'kofi third password');
    const beyond = await kofi.send('POST', '/api/tokens', { name: 'too much', scopes: ['users.manage'] });
    assert.equal((await problem(beyond, 403)).code, 'forbidden');
    const made = await kofi.json<ApiTokenCreated>(
      'POST',
      '/api/tokens',
      { name: 'import script', scopes: ['data.import', 'account.self'] },
      201,
    );
    assert.match(made.secret, /^hwmo_[A-Za-z0-9_-]{43}$/);
    assert.equal(made.token.prefix, made.secret.slice(0, 9));
    const bearer = (path: string, init: RequestInit = {}, token = made.secret) =>
      app.request(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
    const me = await bearer('/api/account');
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as User).email, 'kofi@moh.gov.gh');
    const patched = await bearer('/api/account', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Kofi B.' }),
    });
    assert.equal(patched.status, 200, 'a bearer request needs no CSRF token');

    const listed = await kofi.json<{ tokens: Array<{ id: number; lastUsedAt: string | null }> }>(
      'GET',
      '/api/tokens',
    );
    assert.ok(listed.tokens.find((t) => t.id === made.token.id)?.lastUsedAt);
    const stored = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM api_token WHERE token_hash = $1 OR prefix = $1',
      [made.secret],
    );
    assert.equal(stored[0]?.n, 0, 'the token itself is not stored');

    const narrow = await kofi.json<ApiTokenCreated>(
      'POST',
      '/api/tokens',
      { name: 'read only', scopes: ['data.import'] },
      201,
    );
    assert.equal((await problem(await bearer('/api/account', {}, narrow.secret), 403)).code, 'forbidden');
    assert.equal(
      (
        await bearer(
          '/api/tokens',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: 'x', scopes: ['data.import'] }),
          },
          narrow.secret,
        )
      ).status,
      403,
    );

    const revoked = await kofi.json<{ revokedAt: string | null }>('DELETE', `/api/tokens/${made.token.id}`);
    assert.ok(revoked.revokedAt);
    assert.equal((await problem(await bearer('/api/account'), 401)).code, 'unauthenticated');
    assert.equal((await kofi.send('DELETE', `/api/tokens/${made.token.id}`)).status, 409);
    assert.equal(
      (await admin.send('DELETE', `/api/tokens/${narrow.token.id}`)).status,
      404,
      "another user's token",
    );
    assert.equal(
      (await problem(await bearer('/api/account', {}, 'hwmo_nonsense'), 401)).code,
      'unauthenticated',
    );

    const past = await kofi.send('POST', '/api/tokens', {
      name: 'past',
      scopes: ['account.self'],
      expiresAt: '2020-01-01T00:00:00Z',
    });
    assert.equal(past.status, 400);
    const soon = await kofi.json<ApiTokenCreated>(
      'POST',
      '/api/tokens',
      { name: 'soon', scopes: ['account.self'], expiresAt: new Date(Date.now() + 60_000).toISOString() },
      201,
    );
    assert.equal((await bearer('/api/account', {}, soon.secret)).status, 200);
    await db.query("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1", [
      soon.token.id,
    ]);
    assert.equal((await bearer('/api/account', {}, soon.secret)).status, 401, 'an expired token');
  });

  test('administration: users listed; roles replaced; disabling ends sessions; the last administrator stays', async () => {
    const list = await admin.json<UserList>('GET', '/api/users');
    const kofi = list.users.find((u) => u.email === 'kofi@moh.gov.gh');
    const ada = list.users.find((u) => u.email === 'admin@example.org');
    assert.ok(kofi && ada);

    const regranted = await admin.json<User>('PUT', `/api/users/${kofi.id}/grants`, {
      grants: [
        { role: 'data_manager', area: 'GHA' },
        { role: 'data_approver', area: 'KEN' },
      ],
    });
    assert.deepEqual(regranted.grants, [
      { role: 'data_approver', area: 'KEN' },
      { role: 'data_manager', area: 'GHA' },
    ]);
    const badGrant = await admin.send('PUT', `/api/users/${kofi.id}/grants`, {
      grants: [{ role: 'admin', area: 'GHA' }],
    });
    assert.equal(badGrant.status, 400);
    assert.equal((await admin.send('PUT', '/api/users/9999/grants', { grants: [] })).status, 404);

    const lastAdmin = await admin.send('PATCH', `/api/users/${ada.id}`, { disabled: true });
    assert.match((await problem(lastAdmin, 409)).detail ?? '', /only administrator/);
    const unadmin = await admin.send('PUT', `/api/users/${ada.id}/grants`, { grants: [] });
    assert.equal(unadmin.status, 409);

    const session = new Browser(app, '192.0.2.130');
    await session.signIn('kofi@moh.gov.gh', 'kofi third password');
    const token = await session.json<ApiTokenCreated>(
      'POST',
      '/api/tokens',
      { name: 't', scopes: ['account.self'] },
      201,
    );
    const disabled = await admin.json<User>('PATCH', `/api/users/${kofi.id}`, { disabled: true });
    assert.equal(disabled.disabled, true);
    assert.equal((await session.json<SessionState>('GET', '/api/session')).actor, 'public');
    const viaToken = await app.request('/api/account', {
      headers: { authorization: `Bearer ${token.secret}` },
    });
    assert.equal(viaToken.status, 401);
    assert.equal(
      (
        await new Browser(app, '192.0.2.131').send('POST', '/api/session', {
          email: 'kofi@moh.gov.gh',
          password: 'kofi third password',
        })
      ).status,
      401,
    );
    await admin.json<User>('PATCH', `/api/users/${kofi.id}`, { disabled: false });
    const again = new Browser(app, '192.0.2.132');
    await again.signIn('kofi@moh.gov.gh', 'kofi third password');
    const ended = await admin.json<{ revoked: number }>('DELETE', `/api/users/${kofi.id}/sessions`);
    assert.ok(ended.revoked >= 1);
    assert.equal((await again.json<SessionState>('GET', '/api/session')).actor, 'public');

    const notAdmin = new Browser(app, '192.0.2.133');
    await notAdmin.signIn('kofi@moh.gov.gh', 'kofi third password');
    assert.equal((await notAdmin.send('PATCH', `/api/users/${ada.id}`, { name: 'x' })).status, 403);
    assert.equal((await notAdmin.send('GET', '/api/outbox')).status, 403);
  });

  test('every change is in the audit trail, without a password, a token or a link in it', async () => {
    const rows = await db.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
      'SELECT action, actor_label, before, after FROM audit_event ORDER BY id',
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'setup_link.create',
      'user.create',
      'session.open',
      'invitation.create',
      'invitation.revoke',
      'password_reset.request',
      'user.password_reset',
      'user.password_change',
      'api_token.create',
      'api_token.revoke',
      'user.grants',
      'user.disable',
      'user.sessions_revoke',
    ]) {
      assert.ok(actions.has(a), `audit of ${a}`);
    }
    const text = JSON.stringify(rows);
    for (const secret of [
      ADMIN_PASSWORD,
      'kofi password 2026',
      'kofi third password',
      'token=',
      '$scrypt$',
    ]) {
      assert.ok(!text.includes(secret), `the audit trail holds ${secret}`);
    }
    assert.doesNotMatch(text, /[A-Za-z0-9_-]{43}/, 'no API token, session id, CSRF token or link token');
    assert.ok(rows.some((r) => r.actor_label === 'Ada A. <admin@example.org>' && r.action === 'user.grants'));
  });
});
