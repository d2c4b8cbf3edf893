import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ABEL_S1, ABEL_S2, ABEL_STOCKS_CSV, ABEL_STORED_AREAS } from '../../../test/abel-2013.ts';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile, rollbackBatch } from '../observations/index.ts';
import { ffsDemo, ffsDiff } from './domain/index.ts';
import { estimateStoredFlows } from './estimate-stored.ts';
import { listEstimationRuns } from './list-runs.ts';
import { type EstimateRequest, EstimateRequestSchema } from './schemas.ts';

const FIXTURE = readFileSync(ABEL_STOCKS_CSV);
const AREAS = ABEL_STORED_AREAS;
const S1 = ABEL_S1;
const S2 = ABEL_S2;

const request = (over: Record<string, unknown> = {}): EstimateRequest =>
  EstimateRequestSchema.parse({
    measure: 'foreign-trained-stock',
    occupation: 'medical-doctors',
    startYear: 2015,
    endYear: 2020,
    method: 'ffs-demo',
    ...over,
  });

interface FlowObs extends Record<string, unknown> {
  area: string;
  partner: string;
  value: number;
  flags: string;
  partner_basis: string;
  year: number;
  batch_id: number;
}

describe('flows estimated from stored stocks', () => {
  let db: Database;
  let inputBatch: number;
  before(async () => {
    db = await testDatabase();
    const report = await importFile(operatorContext(db), {
      input: { fileName: 'abel-2013-stocks.csv', bytes: FIXTURE },
    });
    assert.equal(report.skipped, 0, JSON.stringify(report.skippedRows));
    inputBatch = report.batchId as number;
  });
  after(async () => {
    await db.close();
  });

  const current = (source: string) =>
    db.query<FlowObs>(
      `SELECT area, partner, value, flags, partner_basis, year, batch_id FROM observation
       WHERE measure = 'migration-flow' AND source = $1 AND superseded_by IS NULL ORDER BY partner, area`,
      [source],
    );
  const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n);

  test('a dry run estimates from the stored tables and writes nothing', async () => {
    const observations = await count('SELECT count(*)::int AS n FROM observation');
    const batches = await count('SELECT count(*)::int AS n FROM import_batch');
    const r = await estimateStoredFlows(operatorContext(db), request({ dryRun: true }));
    assert.equal(r.dryRun, true);
    assert.equal(r.batchId, null);
    assert.equal(r.runId, null);
    assert.equal(r.stored, 12);
    assert.deepEqual(r.areas, AREAS);
    assert.deepEqual(r.stockStart, S1);
    assert.deepEqual(r.stockEnd, S2);
    assert.equal(await count('SELECT count(*)::int AS n FROM observation'), observations);
    assert.equal(await count('SELECT count(*)::int AS n FROM import_batch'), batches);
    assert.equal(await count('SELECT count(*)::int AS n FROM estimation_run'), 0);
  });

  test('ffs-demo stores the pure core flows as estimated observations with provenance', async () => {
    const r = await estimateStoredFlows(operatorContext(db), request());
    const expected = ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 });
    assert.deepEqual(r.od, expected.od);
    assert.equal(Math.round(r.summary.totalFlows * 1e6) / 1e6, 150);
    assert.deepEqual(r.dropped, [
      {
        area: 'TZA',
        reason: 'no total stock of medical-doctors stored for 2015 and 2020 (needed for the diagonal)',
      },
      { area: 'UGA', reason: 'no foreign-trained-stock by partner stored for 2020' },
    ]);
    assert.deepEqual(r.inputBatches, [inputBatch]);
    assert.equal(r.outputSource, 'HWMO.FFS_DEMO.2015-2020');
    assert.deepEqual([r.stored, r.revised, r.unchanged, r.retired], [12, 0, 0, 0]);

    const zaf = r.columns.find((c) => c.area === 'ZAF');
    assert.deepEqual(zaf?.foreignBasis, { start: 'reported-total', end: 'reported-total' });
    assert.deepEqual(zaf?.outsideSystem, { start: 10, end: 10 });
    assert.deepEqual(zaf?.assumedZero, { start: ['GHA'], end: ['GHA'] });
    const nga = r.columns.find((c) => c.area === 'NGA');
    assert.deepEqual(nga?.foreignBasis, { start: 'sum-of-partners', end: 'sum-of-partners' });
    assert.deepEqual(nga?.assumedZero, { start: [], end: ['ZAF'] });

    const rows = await current(r.outputSource);
    assert.equal(rows.length, 12);
    for (const o of rows) {
      const i = AREAS.indexOf(o.partner);
      const j = AREAS.indexOf(o.area);
      assert.equal(o.value, expected.od[i]?.[j], `${o.partner} → ${o.area}`);
      assert.equal(o.flags, 'E');
      assert.equal(o.partner_basis, 'training');
      assert.equal(o.year, 2020);
      assert.equal(o.batch_id, r.batchId);
    }
    const flow = (from: string, to: string) => rows.find((o) => o.partner === from && o.area === to)?.value;
    assert.ok(Math.abs((flow('GHA', 'NGA') ?? 0) - 50) < 1e-6);
    assert.ok(Math.abs((flow('KEN', 'GHA') ?? 0) - 35) < 1e-6);

    const [run] = await listEstimationRuns(operatorContext(db), { limit: 10, offset: 0 });
    assert.equal(run?.id, r.runId);
    assert.equal(run?.batchId, r.batchId);
    assert.equal(run?.method, 'ffs-demo');
    assert.deepEqual([run?.partnerBasis, run?.sex, run?.age], ['training', '_T', '_T']);
    assert.deepEqual(run?.inputBatches, [inputBatch]);
    assert.deepEqual(run?.areas, AREAS);
    assert.deepEqual(run?.dropped, r.dropped);
    assert.equal(run?.params.stayerAssumption, true);
    assert.equal(run?.params.matchBirthplace, 'rescale');
    assert.equal(run?.stored, 12);
    assert.equal(run?.batchStatus, 'committed');
  });

  test('running the same estimate again changes nothing and duplicates nothing', async () => {
    const r = await estimateStoredFlows(operatorContext(db), request());
    assert.deepEqual([r.stored, r.revised, r.unchanged, r.retired], [0, 0, 12, 0]);
    assert.equal((await current(r.outputSource)).length, 12);
  });

  test('revised stocks revise the estimate; a smaller set of areas retires the flows it no longer covers', async () => {
    const revision = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,source',
      'foreign-trained-stock,GHA,2020,medical-doctors,_T,_T,KEN,training,90,USER',
      'stock,GHA,2020,medical-doctors,_T,_T,_Z,,1170,USER',
      '',
    ].join('\n');
    const imported = await importFile(operatorContext(db), {
      input: { fileName: 'revision.csv', bytes: Buffer.from(revision) },
    });
    assert.equal(imported.revised, 2);
    const r = await estimateStoredFlows(operatorContext(db), request());
    const s2 = S2.map((row) => [...row]);
    (s2[1] as number[])[0] = 90;
    const expected = ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: s2 });
    assert.deepEqual(r.od, expected.od);
    assert.deepEqual(
      r.inputBatches,
      [inputBatch, imported.batchId as number].sort((a, b) => a - b),
    );
    assert.ok(r.revised > 0);
    assert.equal(r.revised + r.unchanged, 12);
    assert.equal(r.stored, 0);
    const rows = await current(r.outputSource);
    assert.equal(rows.length, 12);
    const history = await count(
      "SELECT count(*)::int AS n FROM observation WHERE measure = 'migration-flow' AND superseded_by IS NOT NULL",
    );
    assert.equal(history, r.revised);

    const three = await estimateStoredFlows(operatorContext(db), request({ areas: ['GHA', 'KEN', 'NGA'] }));
    assert.equal(three.retired, 6);
    assert.deepEqual(three.dropped, []);
    const sub = (m: number[][]) => m.slice(0, 3).map((row) => row.slice(0, 3));
    assert.deepEqual(three.stockStart, sub(S1));
    assert.deepEqual(
      three.od,
      ffsDemo({ areas: AREAS.slice(0, 3), stockStart: sub(S1), stockEnd: sub(s2) }).od,
    );
    // ZAF-trained doctors living in the three areas are outside this system.
    assert.deepEqual(
      three.columns.map((c) => c.outsideSystem.start),
      [20, 25, 20],
    );
    assert.equal((await current(three.outputSource)).length, 6);

    // Rolling the run's batch back restores the four-area estimate it replaced.
    await rollbackBatch(operatorContext(db), three.batchId as number);
    assert.equal((await current(three.outputSource)).length, 12);
    const runs = await listEstimationRuns(operatorContext(db), { limit: 10, offset: 0 });
    assert.equal(runs[0]?.batchStatus, 'rolled_back');
    assert.equal(runs[0]?.retired, 6);
  });

  test('stock differencing needs no total stocks and is stored under its own source', async () => {
    const r = await estimateStoredFlows(
      operatorContext(db),
      request({ method: 'ffs-diff', decrease: 'zero', areas: ['GHA', 'KEN', 'TZA'] }),
    );
    assert.deepEqual(r.dropped, []);
    assert.equal(r.outputSource, 'HWMO.FFS_DIFF.2015-2020');
    const expected = ffsDiff({ stockStart: r.stockStart, stockEnd: r.stockEnd }, { decrease: 'zero' });
    assert.deepEqual(r.od, expected);
    assert.deepEqual(r.stockStart, [
      [0, 100, 0],
      [55, 0, 3],
      [0, 0, 0],
    ]);
    assert.deepEqual(r.stockEnd, [
      [0, 100, 0],
      [90, 0, 4],
      [0, 0, 0],
    ]);
    assert.deepEqual(r.columns.find((c) => c.area === 'TZA')?.assumedZero, { start: ['GHA'], end: ['GHA'] });
    // KEN-trained doctors in TZA rose from 3 to 4, in GHA from 55 to 90.
    assert.equal(r.od[1]?.[0], 35);
    assert.equal(r.od[1]?.[2], 1);
    const rows = await current(r.outputSource);
    assert.equal(rows.length, 6);
    assert.equal(rows.find((o) => o.partner === 'KEN' && o.area === 'TZA')?.value, 1);
  });

  test('missing and ambiguous inputs are refused naming the field, and nothing is written', async () => {
    const batches = await count('SELECT count(*)::int AS n FROM import_batch');
    const refused = async (over: Record<string, unknown>, field: string, code = 'invalid_input') => {
      await assert.rejects(
        () => estimateStoredFlows(operatorContext(db), request(over)),
        (e: unknown) => e instanceof AppError && e.code === code && e.location?.field === field,
      );
    };
    await refused({ areas: ['GHA', 'UGA'] }, 'areas');
    await refused({ areas: ['GHA', 'XYZ'] }, 'areas', 'unknown_area');
    await refused({ areas: ['GHA', 'AFR'] }, 'areas');
    await refused({ occupation: 'dentists' }, 'measure');

    const other = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,source',
      'stock,KEN,2015,medical-doctors,_T,_T,_Z,,730,WHO.GHO',
      'stock,KEN,2020,medical-doctors,_T,_T,_Z,,700,WHO.GHO',
      'stock,GHA,2015,medical-doctors,_T,_T,_Z,,1155,WHO.GHO',
      'stock,GHA,2020,medical-doctors,_T,_T,_Z,,1170,WHO.GHO',
    ].join('\n');
    await importFile(operatorContext(db), { input: { fileName: 'who.csv', bytes: Buffer.from(other) } });
    // The total from the source of the area's bilateral stocks wins: KEN's USER total is used.
    const r = await estimateStoredFlows(operatorContext(db), request({ dryRun: true }));
    assert.deepEqual(r.areas, AREAS);
    assert.equal(r.columns.find((c) => c.area === 'KEN')?.total.start, 720);
    const who = await estimateStoredFlows(
      operatorContext(db),
      request({ dryRun: true, totalSource: 'WHO.GHO' }),
    );
    assert.deepEqual(who.areas, ['GHA', 'KEN']);
    assert.equal(who.columns.find((c) => c.area === 'KEN')?.total.start, 730);
    assert.deepEqual(
      who.dropped.map((d) => d.area),
      ['NGA', 'TZA', 'UGA', 'ZAF'],
    );
    await refused({ source: 'WHO.GHO' }, 'measure');

    const ambiguous = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,source',
      'stock,TZA,2015,medical-doctors,_T,_T,_Z,,400,WHO.GHO',
      'stock,TZA,2015,medical-doctors,_T,_T,_Z,,410,OECD.HEALTH_WFMI',
    ].join('\n');
    await importFile(operatorContext(db), { input: { fileName: 'tza.csv', bytes: Buffer.from(ambiguous) } });
    const after = await count('SELECT count(*)::int AS n FROM import_batch');
    await refused({}, 'totalSource');
    assert.equal(await count('SELECT count(*)::int AS n FROM import_batch'), after);
    assert.equal(await count('SELECT count(*)::int AS n FROM import_batch'), batches + 2);
  });

  test('the request schema names bad fields', () => {
    const bad = EstimateRequestSchema.safeParse({
      measure: 'stock',
      occupation: 'wizards',
      startYear: 2020,
      endYear: 2015,
      method: 'ffs-demo',
    });
    assert.equal(bad.success, false);
    const fields = bad.error?.issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(fields, ['measure', 'occupation']);
    const order = EstimateRequestSchema.safeParse({
      measure: 'foreign-born-stock',
      occupation: 'medical-doctors',
      startYear: 2020,
      endYear: 2015,
      method: 'ffs-diff',
    });
    assert.deepEqual(
      order.error?.issues.map((i) => i.path.join('.')),
      ['endYear'],
    );
  });
});
