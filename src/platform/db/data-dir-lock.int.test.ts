import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { finished, HWMO_BIN, hwmoEnv, runHwmo, startHwmoServer } from '../../../test/cli.ts';
import { acquireDataDirLock, type DataDirOwner, LOCK_FILE } from './data-dir-lock.ts';

const FIXTURE = fileURLToPath(
  new URL('../../../test/fixtures/core/who_gho_doctors_slice.csv', import.meta.url),
);
const root = mkdtempSync(join(tmpdir(), 'hwmo-lock-'));
const dataDir = join(root, 'data');
const env = hwmoEnv(dataDir);
const owner = () => JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as DataDirOwner;

async function api<T>(url: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, url));
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as T;
}

interface Page {
  total: number;
  items: Array<{ area: string; value: number; file: string }>;
}

// The lock concerns the embedded database only; DATABASE_URL servers are shared by design.
describe('one owner per embedded data directory', { skip: Boolean(process.env.TEST_DATABASE_URL) }, () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a CLI import while the server runs goes to the server: visible at once, durable across a kill -9 and restart', async () => {
    const first = await startHwmoServer(dataDir);
    try {
      assert.equal(owner().pid, first.child.pid);
      assert.equal(owner().command, 'hwmo serve');
      assert.equal(owner().url, first.url);

      const imported = await runHwmo(['import', FIXTURE, '--json'], env);
      assert.equal(imported.code, 0, imported.err);
      assert.match(
        imported.err,
        new RegExp(
          `the server at ${first.url} \\(pid ${first.child.pid}\\) owns .*; sending this import to it`,
        ),
      );
      const report = JSON.parse(imported.out) as { files: Array<{ batchId: number; stored: number }> };
      const batch = report.files[0];
      assert.ok(batch && batch.stored > 0);

      const page = await api<Page>(first.url, '/api/observations?limit=1000');
      assert.equal(page.total, batch.stored);
      const batches = await api<{ items: Array<{ id: number }> }>(first.url, '/api/batches');
      assert.deepEqual(
        batches.items.map((b) => b.id),
        [batch.batchId],
      );

      // Read through the server, the CLI prints the records the API answers.
      const query = await runHwmo(['query', '--limit', '1000', '--format', 'json'], env);
      assert.equal(query.code, 0, query.err);
      assert.deepEqual(JSON.parse(query.out), page);
      const listed = await runHwmo(['batches', '--json'], env);
      assert.deepEqual(JSON.parse(listed.out), batches);
      const exported = await runHwmo(['export', '--format', 'sdmx-csv'], env);
      assert.equal(exported.code, 0, exported.err);
      assert.equal(
        exported.out,
        await (await fetch(new URL('/api/export?format=sdmx-csv', first.url))).text(),
      );

      // A refusal by the server is the CLI's own: same exit code, same message.
      const missing = await runHwmo(['batches', 'show', '999'], env);
      assert.equal(missing.code, 4, missing.err);
      assert.match(missing.err, /^hwmo: the server .*\nerror: .*999/);

      // --server sends a command to a server explicitly, whatever the local data directory.
      const elsewhere = await runHwmo(
        ['--server', first.url, 'batches', 'show', String(batch.batchId), '--json'],
        hwmoEnv(join(root, 'unused')),
      );
      assert.equal(elsewhere.code, 0, elsewhere.err);
      assert.equal((JSON.parse(elsewhere.out) as { id: number }).id, batch.batchId);
      assert.equal(existsSync(join(root, 'unused')), false);

      // What no route can do is refused at once, naming the holder and the ways forward.
      const migrate = await runHwmo(['db', 'migrate'], env);
      assert.equal(migrate.code, 7, migrate.err);
      assert.match(migrate.err, new RegExp(`pid ${first.child.pid}`));
      assert.match(migrate.err, new RegExp(first.url.replace(/\./g, '\\.')));
      assert.match(migrate.err, /hwmo serve/);
      assert.match(migrate.err, /--server/);
      assert.match(migrate.err, /DATABASE_URL/);

      // A second server on the same directory is refused, and leaves the first one's lock alone.
      const second = await runHwmo(['serve'], { ...env, PORT: '0' });
      assert.equal(second.code, 7, second.err);
      assert.match(second.err, new RegExp(`in use by another hwmo process[\\s\\S]*pid ${first.child.pid}`));
      assert.equal(owner().pid, first.child.pid);
      assert.equal((await api<{ status: string }>(first.url, '/api/health')).status, 'ok');
    } finally {
      first.child.kill('SIGKILL');
      await first.done;
    }

    // The dead owner's lock stays behind and is taken over by the next server, which has the imported rows.
    assert.equal(owner().pid, first.child.pid);
    const next = await startHwmoServer(dataDir);
    try {
      assert.equal(owner().pid, next.child.pid);
      const page = await api<Page>(next.url, '/api/observations?limit=1000');
      assert.ok(page.total > 0);
      assert.ok(page.items.every((o) => o.file === 'who_gho_doctors_slice.csv'));
    } finally {
      next.child.kill('SIGTERM');
    }
    const stopped = await next.done;
    assert.equal(stopped.code, 0, stopped.err);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'SIGTERM releases the lock');

    // With no server, the CLI opens the database itself, finds the rows, and releases the directory again.
    const local = await runHwmo(['query', '--format', 'json'], env);
    assert.equal(local.code, 0, local.err);
    assert.doesNotMatch(local.err, /sending/);
    assert.ok((JSON.parse(local.out) as Page).total > 0);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);
  });

  test('a directory held by a process that is not a server is refused, not shared', async () => {
    const dir = join(root, 'held');
    const lock = acquireDataDirLock(dir, { command: 'hwmo import big.csv' });
    try {
      const r = await runHwmo(['import', FIXTURE], hwmoEnv(dir));
      assert.equal(r.code, 7, r.err);
      assert.match(r.err, new RegExp(`pid ${process.pid}, running \`hwmo import big.csv\` since `));
      assert.doesNotMatch(r.err, /imported/);
      assert.doesNotMatch(r.out, /imported/);
      // Opening it twice in one process is refused too.
      assert.throws(() => acquireDataDirLock(dir), { code: 'locked' });
    } finally {
      lock.release();
    }
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
    const again = acquireDataDirLock(dir);
    again.release();
  });

  test('a CLI command interrupted with SIGINT releases the directory', async () => {
    const dir = join(root, 'interrupted');
    const child = spawn(process.execPath, [HWMO_BIN, 'query'], { env: hwmoEnv(dir) });
    const done = finished(child);
    const lock = join(dir, LOCK_FILE);
    // Interrupted while it holds the lock, as the embedded database starts.
    for (;;) {
      assert.equal(child.exitCode, null, 'hwmo query ended before it could be interrupted');
      try {
        if ((JSON.parse(readFileSync(lock, 'utf8')) as DataDirOwner).pid === child.pid) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    const r = await done;
    assert.equal(r.signal, 'SIGINT', r.err);
    assert.equal(existsSync(lock), false);
  });
});
