import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import { type Database, openPostgres } from '../../platform/db/client.ts';
import { authenticate, configureAccounts, createSetupLink } from './index.ts';
import type { SessionState, User } from './schemas.ts';

const url = process.env.TEST_DATABASE_URL;
const config = loadConfig({});
configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });

let db: Database;
let other: Database;

before(async () => {
  if (!url) return;
  db = await testDatabase();
  const [row] = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
  other = openPostgres(url, { searchPath: row?.schema ?? 'public', max: 2 });
});
after(async () => {
  if (!url) return;
  await other.close();
  await db.close();
});

// One PGlite database belongs to one process; only PostgreSQL is shared by several.
test('two app processes on one PostgreSQL serve one session', { skip: !url }, async () => {
  const one = createApp({ db, config, authenticate, web: null, checkResponses: true });
  const two = createApp({ db: other, config, authenticate, web: null, checkResponses: true });
  const setup = await createSetupLink(operatorContext(db), { baseUrl: 'http://127.0.0.1:8080' });
  assert.ok(setup);
  const res = await one.request('/api/setup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: new URL(setup.link).searchParams.get('token'),
      email: 'admin@example.org',
      name: 'Admin',
      password: 'admin password 2026',
    }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as SessionState;

  const seen = (await (await two.request('/api/session', { headers: { cookie } })).json()) as SessionState;
  assert.equal(seen.user?.email, 'admin@example.org');
  assert.equal(seen.csrfToken, csrfToken);
  const renamed = await two.request('/api/account', {
    method: 'PATCH',
    headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken ?? '' },
    body: JSON.stringify({ name: 'Admin Two' }),
  });
  assert.equal(((await renamed.json()) as User).name, 'Admin Two');

  const out = await two.request('/api/session', {
    method: 'DELETE',
    headers: { cookie, 'x-csrf-token': csrfToken ?? '' },
  });
  assert.equal(out.status, 200);
  const after1 = (await (await one.request('/api/session', { headers: { cookie } })).json()) as SessionState;
  assert.equal(after1.actor, 'public', 'signed out on one process, signed out on the other');
});
