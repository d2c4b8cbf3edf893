import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { listBatches, queryObservations } from '../../modules/observations/index.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import { createApp } from '../app.ts';
import { DEMO_FILES, ensureSeeded, seedDemo } from './seed-demo.ts';

describe('first start', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('loads the shipped demo data once, every file reconciled, with the Safeguards List', async () => {
    const reports: Array<{ file: string; read: number; accounted: number }> = [];
    const first = await ensureSeeded(db, {
      demo: true,
      onFile: (file, r) =>
        reports.push({ file, read: r.rowsRead, accounted: r.stored + r.revised + r.unchanged + r.skipped }),
    });
    assert.deepEqual(first, { reference: true, demo: true });
    assert.equal(reports.length, DEMO_FILES.length);
    for (const r of reports) assert.equal(r.accounted, r.read, r.file);

    const uk = await queryObservations(
      { db },
      {
        measure: ['stock'],
        area: ['GBR'],
        year: { from: 2020, to: 2020 },
        occupation: ['medical-doctors'],
        source: ['WHO.GHO'],
        limit: 5,
        offset: 0,
      },
    );
    assert.deepEqual(
      uk.items.map((o) => [o.value, o.file]),
      [[203907, 'cghss_medical_doctors_HWF_0001-0005.csv']],
    );
    const [ssl] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM safeguards_list_member WHERE edition = 2023',
    );
    assert.equal(ssl?.n, 55);

    const again = await ensureSeeded(db, { demo: true });
    assert.deepEqual(again, { reference: false, demo: false });
    assert.equal((await listBatches({ db })).length, DEMO_FILES.length);
  });

  test('the UK agreements shipped with the recruitment configuration are published; seeding again keeps them', async () => {
    const app = createApp({ db, config: loadConfig({}), log: () => {} });
    const titles = async () =>
      (
        (await (await app.request('/api/agreements?area=GBR')).json()) as {
          agreements: Array<{ title: string; published: boolean; status: string }>;
        }
      ).agreements.map((a) => [a.title, a.published, a.status]);
    const expected = [
      ['UK–Kenya memorandum of understanding', true, 'in_force'],
      ['UK–Nepal memorandum of understanding (recruitment pilot)', true, 'in_force'],
    ];
    assert.deepEqual(await titles(), expected);
    const again = await seedDemo(db);
    assert.deepEqual(again.agreements, [
      { file: 'gbr-agreements.csv', created: 0, updated: 0, unchanged: 2 },
    ]);
    assert.deepEqual(await titles(), expected);
  });

  test('the landing page credits each publisher and the Safeguards List', async () => {
    const app = createApp({ db, config: loadConfig({}), log: () => {} });
    const page = await (await app.request('/')).text();
    for (const credit of [
      'World Health Organization',
      'World Bank',
      'OECD',
      'Our World in Data',
      'CC BY-NC-SA 3.0 IGO',
    ]) {
      assert.ok(page.includes(credit), credit);
    }
    assert.match(page, /Support and Safeguards List 2023: 55 countries/);
  });
});
