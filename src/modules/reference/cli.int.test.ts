import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import { openPglite } from '../../platform/db/client.ts';

describe('hwmo areas, occupations, measures', () => {
  let run: Awaited<ReturnType<typeof cliInTempDir>>;
  before(async () => {
    delete process.env.HWMO_PUBLIC_READONLY;
    run = await cliInTempDir('hwmo-reference-');
  });

  test('areas add stores units, recorded in the audit trail as the local operator', async () => {
    const units = join(run.dir, 'units.csv');
    writeFileSync(units, 'code,name,parent,aliases\nKE-30,Nairobi City,KEN,Nairobi\n');
    const added = await run.hwmo('areas', 'add', units);
    assert.equal(added.code, 0, added.err);
    assert.equal(added.out, 'units.csv: 1 unit(s) added, 0 updated, 2 name(s) registered\n');
    const listed = await run.hwmo('areas', '--parent', 'KEN', '--json');
    assert.deepEqual(
      (JSON.parse(listed.out) as { items: Array<{ code: string }> }).items.map((a) => a.code),
      ['KE-30'],
    );
    const db = await openPglite(join(run.dir, 'data'));
    try {
      const rows = await db.query<{
        actor_kind: string;
        actor_label: string;
        action: string;
        comment: string;
      }>("SELECT actor_kind, actor_label, action, comment FROM audit_event WHERE object_id = 'KE-30'");
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.actor_kind, 'operator');
      assert.match(rows[0]?.actor_label ?? '', /^operator .+@/);
      assert.equal(rows[0]?.action, 'area.add');
      assert.equal(rows[0]?.comment, 'from units.csv');
    } finally {
      await db.close();
    }
  });

  test('a unit under an unknown parent is refused naming the row, and nothing is stored', async () => {
    const bad = join(run.dir, 'bad.csv');
    writeFileSync(bad, 'code,name,parent\nKE-31,Kiambu,KEN\nXX-1,Nowhere,NARNIA\n');
    const r = await run.hwmo('areas', 'add', bad);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /NARNIA/);
    assert.match(r.err, /bad\.csv, row 3/);
    const listed = await run.hwmo('areas', '--parent', 'KEN', '--json');
    assert.equal((JSON.parse(listed.out) as { items: unknown[] }).items.length, 1);
  });

  test('occupations and measures list', async () => {
    const o = await run.hwmo('occupations', '--json');
    assert.equal(o.code, 0, o.err);
    assert.ok((JSON.parse(o.out) as { items: unknown[] }).items.length > 5);
    const m = await run.hwmo('measures');
    assert.equal(m.code, 0, m.err);
    assert.match(m.out, /stock/);
  });
});
