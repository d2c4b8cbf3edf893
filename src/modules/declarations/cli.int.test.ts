import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testApp } from '../../../test/actors.ts';
import { cliInTempDir } from '../../../test/cli.ts';
import { listedOrganisation } from '../../../test/recruiters.ts';
import { openPglite } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { seedReference } from '../reference/index.ts';

const root = new URL('../../../', import.meta.url);
const path = (p: string) => fileURLToPath(new URL(p, root));
const { dir, hwmo } = await cliInTempDir('hwmo-declarations-cli-');

describe('hwmo declarations', () => {
  let org = 0;
  before(async () => {
    assert.equal(
      (await hwmo('ssl', '--edition', '2023', '--load', path('test/fixtures/indicators/ssl_2023.csv'))).code,
      0,
    );
    assert.equal((await hwmo('recruitment', 'config', 'load', path('data/recruitment/gbr.json'))).code, 0);
    // The organisation applies and passes its test through the web API, on the same data directory.
    const db = await openPglite(join(dir, 'data'));
    await migrate(db);
    await db.transaction((tx) => seedReference(tx));
    org = (await listedOrganisation(testApp({ db, log: () => {} }), 'GBR', 'Ethical Care Recruitment')).id;
    await db.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('imports a file of placements: flagged lines said, the yearly inflows stored as a batch', async () => {
    const file = join(dir, 'placements.csv');
    writeFileSync(
      file,
      '\uFEFFmonth,origin,occupation,placed,agreement\r\n2024-03,NGA,nursing-personnel,4,\r\n2024-03,IND,nursing-personnel,10,\r\n',
    );
    const r = await hwmo('declarations', 'import', file, '--organisation', String(org));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Nigeria was red for United Kingdom in 2024-03/);
    assert.match(r.out, /2 line\(s\) declared, 1 flagged for review; batch \d+: 2 inflow value\(s\) new/);
    const list = await hwmo('declarations', 'list', '--destination', 'GBR', '--review', 'pending', '--json');
    assert.equal(list.code, 0, list.err);
    const pending = JSON.parse(list.out) as { declarations: { id: number; origin: { code: string } }[] };
    assert.deepEqual(
      pending.declarations.map((d) => d.origin.code),
      ['NGA'],
    );
    const reviewed = await hwmo(
      'declarations',
      'review',
      String(pending.declarations[0]?.id),
      '--decision',
      'accepted',
      '--note',
      'Direct applications',
    );
    assert.equal(reviewed.code, 0, reviewed.err);
    assert.match(reviewed.out, /accepted/);
    const q = await hwmo(
      'query',
      '--measure',
      'inflow',
      '--area',
      'GBR',
      '--source',
      'DECLARATIONS',
      '--format',
      'json',
    );
    assert.equal(q.code, 0, q.err);
    assert.deepEqual(
      (JSON.parse(q.out) as { items: { partner: string; value: number }[] }).items
        .map((i) => `${i.partner} ${i.value}`)
        .sort(),
      ['IND 10', 'NGA 4'],
    );
  });

  test('a file with a wrong cell is refused naming its row and column; nothing is declared', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'month,origin,occupation,placed\n2024-04,IND,nursing-personnel,3\n2024-13,IND,nursing-personnel,3\n',
    );
    const r = await hwmo('declarations', 'import', file, '--organisation', String(org));
    assert.notEqual(r.code, 0);
    assert.match(r.err, /bad\.csv/);
    assert.match(r.err, /row 3/);
    assert.match(r.err, /month/);
    const list = await hwmo('declarations', 'list', '--organisation', String(org), '--json');
    assert.equal((JSON.parse(list.out) as { declarations: unknown[] }).declarations.length, 2);
  });
});
