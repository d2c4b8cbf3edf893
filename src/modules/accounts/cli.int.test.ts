import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliInTempDir, hwmoEnv, runHwmo, startHwmoServer } from '../../../test/cli.ts';
import type { ApiTokenCreated, SessionState } from './schemas.ts';

// The operator token belongs to the embedded database's lock file; a PostgreSQL server has none.
describe('hwmo users, and the operator token of the server', {
  skip: Boolean(process.env.TEST_DATABASE_URL),
}, async () => {
  const { dir, hwmo } = await cliInTempDir('hwmo-users-');
  const dataDir = join(dir, 'data');
  const env = hwmoEnv(dataDir);
  const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';
  let invitationLink = '';
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('local: setup-link prints a link while no administrator exists; invite checks the role and area', async () => {
    const first = await hwmo('users', 'setup-link');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out.trim(), /^http:\/\/127\.0\.0\.1:8080\/setup\?token=[A-Za-z0-9_-]{43}$/);
    const second = await hwmo('users', 'setup-link');
    assert.notEqual(second.out, first.out);

    const noArea = await hwmo('users', 'invite', 'efua@moh.gov.gh', '--role', 'data_manager');
    assert.equal(noArea.code, 2);
    assert.match(noArea.err, /needs an area/);
    const made = await hwmo('users', 'invite', 'efua@moh.gov.gh', '--role', 'data_manager', '--area', 'GHA');
    assert.equal(made.code, 0, made.err);
    assert.match(made.err, /outbox/);
    invitationLink = made.out.trim();
    assert.match(invitationLink, /\/invitation\?token=/);
    const list = await hwmo('users', 'list', '--format', 'json');
    assert.deepEqual(JSON.parse(list.out), { users: [] });
  });

  test('serve: prints the setup link; the CLI sends its work to the server with the operator token', async () => {
    const server = await startHwmoServer(dataDir);
    try {
      const lockPath = join(dataDir, 'hwmo.lock');
      assert.equal(statSync(lockPath).mode & 0o777, 0o600);
      const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { operatorToken: string };
      assert.match(lock.operatorToken, /^[A-Za-z0-9_-]{43}$/);

      let out = '';
      server.child.stdout?.on('data', (d: string) => {
        out += d;
      });
      const printedLink = async () => {
        for (let i = 0; i < 100; i++) {
          const m =
            /no administrator yet: open (http:\/\/127\.0\.0\.1:\d+\/setup\?token=[A-Za-z0-9_-]{43}) to create one/.exec(
              out,
            );
          if (m?.[1]) return m[1];
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error(`no setup link printed: ${out}`);
      };
      const firstLink = await printedLink();
      assert.ok(firstLink.startsWith(`${server.url}/setup?token=`));
      const api = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);

      const asOperator = await api('/api/users', {
        headers: { authorization: `Bearer ${lock.operatorToken}` },
      });
      assert.equal(asOperator.status, 200);
      const forged = await api('/api/users', { headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
      assert.equal(forged.status, 401);
      assert.equal((await api('/api/users')).status, 401);

      const delegated = await runHwmo(['users', 'setup-link'], env);
      assert.equal(delegated.code, 0, delegated.err);
      assert.match(delegated.err, /sending this request to it/);
      const link = delegated.out.trim();
      assert.ok(link.startsWith(`${server.url}/setup?token=`), link);

      const stale = await api('/api/setup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: tokenOf(firstLink),
          email: 'root@example.org',
          name: 'Root',
          password: 'root password 2026',
        }),
      });
      assert.equal(stale.status, 409, 'the link printed at start was withdrawn by the newer one');
      const body = (v: unknown, extra: Record<string, string> = {}): RequestInit => ({
        method: 'POST',
        headers: { 'content-type': 'application/json', ...extra },
        body: JSON.stringify(v),
      });
      const setup = await api(
        '/api/setup',
        body({
          token: tokenOf(link),
          email: 'root@example.org',
          name: 'Root',
          password: 'root password 2026',
        }),
      );
      assert.equal(setup.status, 201, await setup.clone().text());
      const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const state = (await setup.json()) as SessionState;
      const made = await api(
        '/api/tokens',
        body({ name: 'cli', scopes: ['users.manage'] }, { cookie, 'x-csrf-token': state.csrfToken ?? '' }),
      );
      assert.equal(made.status, 201, await made.clone().text());
      const { secret } = (await made.json()) as ApiTokenCreated;

      const withToken = await runHwmo(['--server', server.url, 'users', 'list', '--format', 'json'], {
        ...env,
        HWMO_TOKEN: secret,
      });
      assert.equal(withToken.code, 0, withToken.err);
      assert.deepEqual(
        (JSON.parse(withToken.out) as { users: Array<{ email: string }> }).users.map((u) => u.email),
        ['root@example.org'],
      );
      const without = await runHwmo(['--server', server.url, 'users', 'list'], env);
      assert.equal(without.code, 8, without.err);
      assert.match(without.err, /Sign in|sign in/);

      const accepted = await api(
        '/api/invitations/accept',
        body({ token: tokenOf(invitationLink), name: 'Efua', password: 'efua password 2026' }),
      );
      assert.equal(accepted.status, 201, await accepted.clone().text());
      const granted = await runHwmo(
        ['users', 'grant', 'efua@moh.gov.gh', '--role', 'data_approver', '--area', 'KEN'],
        env,
      );
      assert.equal(granted.code, 0, granted.err);
      assert.match(granted.out, /efua@moh\.gov\.gh: data_approver \(KEN\), data_manager \(GHA\)/);
      const missing = await runHwmo(['users', 'grant', 'nobody@example.org', '--role', 'stakeholder'], env);
      assert.equal(missing.code, 4);
      const again = await runHwmo(['users', 'setup-link'], env);
      assert.equal(again.code, 5, 'an administrator exists');
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  });
});
