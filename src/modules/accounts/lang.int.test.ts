import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { authenticate, configureAccounts, createSetupLink } from './index.ts';
import { inviteUser } from './invite-user.ts';
import type { InvitationCreated, Outbox, SessionState, User } from './schemas.ts';

const config = loadConfig({});
configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });
const PASSWORD = 'admin password of twelve+';

describe('the account’s language', () => {
  let db: Database;
  let app: Hono;
  let cookie = '';
  let csrf = '';

  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await app.request(path, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, text };
  }

  async function ok<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
    const r = await send(method, path, body);
    assert.equal(r.status, status, `${method} ${path}: ${r.text}`);
    return r.body as T;
  }

  before(async () => {
    db = await testDatabase();
    app = createApp({ db, config, authenticate, web: null, checkResponses: true });
    const made = await createSetupLink(operatorContext(db), { baseUrl: 'http://127.0.0.1:8080' });
    const token = new URL(made?.link ?? '').searchParams.get('token') ?? '';
    const res = await app.request('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'admin@example.org', name: 'Ada Admin', password: PASSWORD }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    csrf = ((await res.json()) as SessionState).csrfToken ?? '';
  });
  after(async () => {
    await db.close();
  });

  test('none at first; set, it is in the session’s answer, on the actor, in the audit trail, and in the reset mail', async () => {
    const first = await ok<SessionState>('GET', '/api/session');
    assert.equal(first.user?.lang, null);

    const updated = await ok<User>('PATCH', '/api/account', { lang: 'fr' });
    assert.equal(updated.lang, 'fr');
    assert.equal(updated.name, 'Ada Admin', 'the name is kept when only the language is sent');
    const state = await ok<SessionState>('GET', '/api/session');
    assert.equal(state.user?.lang, 'fr');
    assert.equal((await ok<User>('GET', '/api/account')).lang, 'fr');

    // The authenticate step gives the actor the account's language.
    const probe = new Hono().get('/who', async (c) => c.json(await authenticate(c, db)));
    const actor = (await (await probe.request('/who', { headers: { cookie } })).json()) as Actor;
    assert.equal(actor.kind === 'user' ? actor.lang : undefined, 'fr');

    const [audited] = await db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_event WHERE action = 'user.update' ORDER BY id DESC LIMIT 1`,
    );
    const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
    assert.deepEqual(json(audited?.before), { lang: null });
    assert.deepEqual(json(audited?.after), { lang: 'fr' });

    // A reset asked in English goes out in the account's language.
    const asked = await send(
      'POST',
      '/api/password-reset',
      { email: 'admin@example.org' },
      {
        'accept-language': 'en',
      },
    );
    assert.equal(asked.status, 202, asked.text);
    const outbox = await ok<Outbox>('GET', '/api/outbox');
    const reset = outbox.messages.find((m) => m.kind === 'password_reset');
    assert.equal(reset?.subject, 'Nouveau mot de passe pour hwmo');
    assert.match(reset?.text ?? '', /ouvrez ce lien dans l’heure/);

    // An unknown language is refused naming the field; null goes back to each request's language.
    const bad = await send('PATCH', '/api/account', { lang: 'de' });
    assert.equal(bad.status, 400, bad.text);
    assert.equal((await ok<User>('PATCH', '/api/account', { lang: null })).lang, null);
    assert.equal((await ok<SessionState>('GET', '/api/session')).user?.lang, null);
  });

  test('an invitation goes out in the language it names, else in the language of the request', async () => {
    const ru = await ok<InvitationCreated>(
      'POST',
      '/api/invitations',
      { email: 'olga@minzdrav.example', role: 'data_manager', area: 'GHA', lang: 'ru' },
      201,
    );
    assert.equal(ru.delivery, 'outbox');
    const zh = await inviteUser(operatorContext(db, { lang: 'zh' }), {
      email: 'li@nhc.example',
      role: 'data_approver',
      area: 'GHA',
      baseUrl: 'http://127.0.0.1:8080',
    });
    assert.equal(zh.delivery, 'outbox');
    const outbox = await ok<Outbox>('GET', '/api/outbox');
    const to = (email: string) => outbox.messages.find((m) => m.to === email);

    const olga = to('olga@minzdrav.example');
    assert.equal(olga?.subject, 'Приглашение в Обсерваторию миграции работников здравоохранения (hwmo)');
    assert.match(
      olga?.text ?? '',
      /приглашает вас присоединиться к hwmo с ролью «менеджер данных» для: Гана\./,
    );
    assert.match(olga?.text ?? '', /в течение 7 дней/);
    assert.ok(olga?.text.includes(ru.link));

    const li = to('li@nhc.example');
    assert.equal(li?.subject, '卫生工作者移民观察站（hwmo）邀请');
    assert.match(li?.text ?? '', /以“数据审批人”身份加入 hwmo，负责加纳。/);
    assert.match(li?.text ?? '', /请在 7 天内打开此链接/);
  });
});
