import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ABEL_S1, ABEL_S2, ABEL_STOCKS_CSV } from '../../../test/abel-2013.ts';
import { cliInTempDir } from '../../../test/cli.ts';
import { ffsDemo } from './domain/index.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-flows-cli-');

const FIXTURE = ABEL_STOCKS_CSV;
const AREAS = ['A', 'B', 'C', 'D'];
const S1 = ABEL_S1;
const S2 = ABEL_S2;

const matrixCsv = (m: number[][]) =>
  [`,${AREAS.join(',')}`, ...m.map((row, i) => `${AREAS[i]},${row.join(',')}`)].join('\n');

describe('hwmo flows', () => {
  before(() => {
    writeFileSync(join(dir, 's1.csv'), matrixCsv(S1));
    writeFileSync(join(dir, 's2.csv'), matrixCsv(S2));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('from-stocks --format json prints the flows of ffsDemo', async () => {
    const r = await hwmo(
      'flows',
      'from-stocks',
      '--start',
      join(dir, 's1.csv'),
      '--end',
      join(dir, 's2.csv'),
      '--format',
      'json',
    );
    assert.equal(r.code, 0, r.err);
    const body = JSON.parse(r.out) as { method: string; areas: string[]; od: number[][]; globalGap: number };
    assert.equal(body.method, 'ffs-demo');
    assert.deepEqual(body.areas, AREAS);
    assert.deepEqual(body.od, ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 }).od);
  });

  test('estimate stores flows from stored stocks; estimates lists the run; --dry-run stores nothing', async () => {
    const imported = await hwmo('import', FIXTURE, '--json');
    assert.equal(imported.code, 0, imported.err);
    const args = [
      'flows',
      'estimate',
      '--measure',
      'foreign-trained-stock',
      '--occupation',
      'medical-doctors',
      '--start-year',
      '2015',
      '--end-year',
      '2020',
      '--areas',
      'GHA,KEN,NGA,ZAF',
      '--format',
      'json',
    ];
    const dry = await hwmo(...args, '--dry-run');
    assert.equal(dry.code, 0, dry.err);
    const dryBody = JSON.parse(dry.out) as { batchId: number | null; stored: number; od: number[][] };
    assert.equal(dryBody.batchId, null);
    assert.equal(dryBody.stored, 12);
    assert.deepEqual(dryBody.od, ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 }).od);
    const empty = await hwmo('flows', 'estimates', '--format', 'json');
    assert.deepEqual(JSON.parse(empty.out), { items: [] });

    const run = await hwmo(...args, '--stayer-assumption', 'false');
    assert.equal(run.code, 0, run.err);
    const body = JSON.parse(run.out) as { runId: number; od: number[][]; stored: number };
    assert.equal(body.stored, 12);
    const expected = ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 }, { stayerAssumption: false });
    assert.deepEqual(body.od, expected.od);
    const listed = await hwmo('flows', 'estimates', '--format', 'json');
    const runs = JSON.parse(listed.out) as {
      items: Array<{ id: number; params: { stayerAssumption: boolean } }>;
    };
    assert.equal(runs.items.length, 1);
    assert.equal(runs.items[0]?.id, body.runId);
    assert.equal(runs.items[0]?.params.stayerAssumption, false);

    const table = await hwmo('flows', 'estimate', ...args.slice(2, -2), '--method', 'ffs-diff');
    assert.equal(table.code, 0, table.err);
    assert.match(
      table.out,
      /Stored as batch \d+ \(run \d+\); measure migration-flow, source HWMO\.FFS_DIFF\.2015-2020/,
    );
  });

  test('mirror compares stored outflows and inflows', async () => {
    const csv = join(dir, 'mirror.csv');
    writeFileSync(
      csv,
      [
        'measure,area,year,occupation,sex,age,partner,partner_basis,value,source',
        'outflow,PHL,2019,nursing-personnel,_T,_T,GBR,training,100,USER',
        'inflow,GBR,2019,nursing-personnel,_T,_T,PHL,training,125,USER',
      ].join('\n'),
    );
    assert.equal((await hwmo('import', csv, '--json')).code, 0);
    const r = await hwmo(
      'flows',
      'mirror',
      '--occupation',
      'nursing-personnel',
      '--year',
      '2019',
      '--format',
      'json',
    );
    assert.equal(r.code, 0, r.err);
    const body = JSON.parse(r.out) as { years: Array<{ comparisons: Array<{ ratio: number }> }> };
    assert.equal(body.years[0]?.comparisons[0]?.ratio, 1.25);
  });

  test('bad options exit with 2 and name the flag', async () => {
    const wrong = await hwmo(
      'flows',
      'estimate',
      '--measure',
      'foreign-trained-stock',
      '--occupation',
      'medical-doctors',
      '--start-year',
      '2015',
      '--end-year',
      '2020',
      '--decrease',
      'zero',
    );
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /--decrease does not apply to ffs-demo/);
    const year = await hwmo('flows', 'mirror', '--occupation', 'medical-doctors', '--year', '19');
    assert.equal(year.code, 2);
    assert.match(year.err, /--year/);
    const order = await hwmo(
      'flows',
      'estimate',
      '--measure',
      'foreign-born-stock',
      '--occupation',
      'medical-doctors',
      '--start-year',
      '2020',
      '--end-year',
      '2015',
    );
    assert.equal(order.code, 2);
    assert.match(order.err, /--end-year: must be after startYear/);
  });
});
