import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { importFile } from '../../modules/observations/index.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { DEMO_FILES, demoPath, ensureSeeded, missingDemoFiles } from './seed-demo.ts';

/** The id of a process that has exited: what a claim left by a start killed during seeding holds. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('a first start killed during demo seeding', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  const batchesPerFile = async () =>
    new Map(
      (
        await db.query<{ f: string; n: number }>(
          "SELECT file_name AS f, count(*)::int AS n FROM import_batch WHERE status = 'committed' GROUP BY 1",
        )
      ).map((r) => [r.f, r.n]),
    );

  test('is resumed by the next start, loading only the files still missing', async () => {
    const k = 3;
    for (const file of DEMO_FILES.slice(0, k)) {
      await importFile(operatorContext(db), { input: { fileName: basename(file), path: demoPath(file) } });
    }
    const claim = { pid: deadPid(), host: hostname(), at: new Date().toISOString() };
    await db.query("INSERT INTO app_meta (key, value) VALUES ('demo_seeding', $1::jsonb)", [
      JSON.stringify(claim),
    ]);
    assert.deepEqual(await missingDemoFiles(db), DEMO_FILES.slice(k));

    // A process that is alive and holds the claim is left to finish.
    await db.query("UPDATE app_meta SET value = $1::jsonb WHERE key = 'demo_seeding'", [
      JSON.stringify({ ...claim, pid: process.ppid }),
    ]);
    const notices: string[] = [];
    const waiting = await ensureSeeded(db, { demo: true, onNotice: (m) => notices.push(m) });
    assert.equal(waiting.demo, false);
    assert.match(notices.join('\n'), /another process is loading it/);
    assert.equal((await missingDemoFiles(db)).length, DEMO_FILES.length - k);

    await db.query("UPDATE app_meta SET value = $1::jsonb WHERE key = 'demo_seeding'", [
      JSON.stringify(claim),
    ]);
    const loaded: string[] = [];
    const resumed = await ensureSeeded(db, {
      demo: true,
      onFile: (file) => loaded.push(file),
      onNotice: (m) => notices.push(m),
    });
    assert.equal(resumed.demo, true);
    assert.deepEqual(loaded, DEMO_FILES.slice(k));
    assert.match(
      notices.join('\n'),
      new RegExp(`resuming a seeding cut short; ${DEMO_FILES.length - k} of ${DEMO_FILES.length} files`),
    );
    assert.deepEqual(await missingDemoFiles(db), []);
    const perFile = await batchesPerFile();
    for (const file of DEMO_FILES) assert.equal(perFile.get(basename(file)), 1, file);
    const meta = await db.query<{ key: string }>('SELECT key FROM app_meta ORDER BY key');
    assert.ok(meta.some((m) => m.key === 'demo_seeded'));
    assert.ok(!meta.some((m) => m.key === 'demo_seeding'));
    const [ssl] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM safeguards_list_member WHERE edition = 2023',
    );
    assert.equal(ssl?.n, 55);

    const again = await ensureSeeded(db, { demo: true, onFile: (file) => loaded.push(file) });
    assert.equal(again.demo, false);
    assert.equal(loaded.length, DEMO_FILES.length - k);
  });
});
