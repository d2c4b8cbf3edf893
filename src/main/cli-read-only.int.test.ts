import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cliInTempDir } from '../../test/cli.ts';

describe('HWMO_PUBLIC_READONLY=true: the CLI changes nothing', () => {
  let run: Awaited<ReturnType<typeof cliInTempDir>>;
  before(async () => {
    process.env.HWMO_PUBLIC_READONLY = 'true';
    run = await cliInTempDir('hwmo-readonly-');
  });

  test('writes are refused with the read-only exit code, before the database is opened', async () => {
    const units = join(run.dir, 'units.csv');
    writeFileSync(units, 'code,name,parent\nKE-30,Nairobi,KEN\n');
    const csv = join(run.dir, 'data.csv');
    writeFileSync(csv, 'measure,area,year,occupation,value\nstock,GHA,2020,medical-doctors,10\n');
    for (const args of [
      ['areas', 'add', units],
      ['import', csv],
      ['import', csv, '--dry-run'],
      ['batches', 'rollback', '1'],
      ['db', 'seed'],
      ['ssl', '--edition', '2023', '--load', csv],
    ]) {
      const r = await run.hwmo(...args);
      assert.equal(r.code, 10, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /read-only/, args.join(' '));
    }
  });

  test('reading still works', async () => {
    const r = await run.hwmo('areas', '--kind', 'who-region', '--json');
    assert.equal(r.code, 0, r.err);
    assert.ok((JSON.parse(r.out) as { items: unknown[] }).items.length >= 6);
  });
});
