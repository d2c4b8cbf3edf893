import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ABEL_S1, ABEL_S2, ABEL_STOCKS_CSV } from '../../../test/abel-2013.ts';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { createApp } from '../../main/app.ts';
import type { Database } from '../../platform/db/client.ts';
import { cm2, ffsDemo, ffsDiff, ffsRates, ipf2, netMatrixIpf } from './domain/index.ts';

const FIXTURE = readFileSync(ABEL_STOCKS_CSV);
const AREAS = ['A', 'B', 'C', 'D'];
const S1 = ABEL_S1;
const S2 = ABEL_S2;

interface Problem {
  code: string;
  errors?: Array<{ field: string }>;
  location?: { field?: string };
}

describe('flows API', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} }, OPERATOR);
  });
  after(async () => {
    await db.close();
  });

  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const ok = async <T>(res: Response): Promise<T> => {
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as T;
  };
  const problem = async (res: Response, status: number): Promise<Problem> => {
    assert.equal(res.status, status, await res.clone().text());
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    return (await res.json()) as Problem;
  };

  test('POST /api/flows/from-stocks reproduces Abel (2013) and ffsDemo with the options given', async () => {
    const r = await ok<{ od: number[][]; summary: { totalFlows: number }; flowsByBirthplace: number[][][] }>(
      await post('/api/flows/from-stocks', { areas: AREAS, stockStart: S1, stockEnd: S2 }),
    );
    assert.deepEqual(r.od, ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 }).od);
    assert.ok(Math.abs(r.summary.totalFlows - 150) < 1e-6);
    assert.equal(r.flowsByBirthplace.length, 4);
    const open = await ok<{ od: number[][] }>(
      await post('/api/flows/from-stocks', {
        areas: AREAS,
        stockStart: S1,
        stockEnd: S2,
        births: [80, 20, 40, 60],
        deaths: [70, 30, 50, 10],
        stayerAssumption: false,
        matchBirthplace: 'open',
      }),
    );
    const expected = ffsDemo(
      {
        areas: AREAS,
        stockStart: S1,
        stockEnd: S2,
        births: [80, 20, 40, 60],
        deaths: [70, 30, 50, 10],
      },
      { stayerAssumption: false, birthplaceTotals: 'open' },
    );
    assert.deepEqual(open.od, expected.od);
  });

  test('POST /api/flows/diff, rates, ipf and net answer as the pure core does', async () => {
    const diff = await ok<{ od: number[][] }>(
      await post('/api/flows/diff', { areas: AREAS, stockStart: S1, stockEnd: S2, decrease: 'zero' }),
    );
    assert.deepEqual(diff.od, ffsDiff({ stockStart: S1, stockEnd: S2 }, { decrease: 'zero' }));

    const rates = await ok<{ od: number[][] }>(
      await post('/api/flows/rates', { areas: AREAS, stockStart: S1, method: 'dennett', total: 60 }),
    );
    assert.deepEqual(rates.od, ffsRates({ stockStart: S1 }, { method: 'dennett', total: 60 }).flows);

    const seed = [
      [1, 2, 1],
      [3, 5, 5],
      [6, 2, 2],
    ];
    const ipf = await ok<{ fitted: number[][]; rows: string[]; fit: { converged: boolean } }>(
      await post('/api/flows/ipf', { seed, rowTotals: [150, 300, 400], colTotals: [200, 300, 350] }),
    );
    assert.deepEqual(ipf.rows, ['1', '2', '3']);
    assert.equal(ipf.fit.converged, true);
    assert.deepEqual(
      ipf.fitted,
      ipf2(seed, { rowTotals: [150, 300, 400], colTotals: [200, 300, 350] }).fitted,
    );
    const cm = await ok<{ fitted: number[][] }>(
      await post('/api/flows/ipf', {
        seed,
        rowTotals: [150, 300, 400],
        colTotals: [200, 300, 350],
        method: 'cm',
      }),
    );
    assert.deepEqual(cm.fitted, cm2(seed, { rowTotals: [150, 300, 400], colTotals: [200, 300, 350] }).fitted);

    const net = await ok<{ od: number[][]; converged: boolean }>(
      await post('/api/flows/net', { areas: ['A', 'B', 'C'], seed, net: [30, -40, 10] }),
    );
    assert.deepEqual(net.od, netMatrixIpf(seed, { net: [30, -40, 10] }).fitted);
  });

  test('bad bodies are 400 problems naming the fields', async () => {
    const p = await problem(
      await post('/api/flows/rates', { areas: AREAS, stockStart: S1, method: 'dennett' }),
      400,
    );
    assert.deepEqual(
      p.errors?.map((e) => e.field),
      ['total'],
    );
    const shape = await problem(
      await post('/api/flows/diff', { areas: ['A', 'B'], stockStart: S1, stockEnd: S2 }),
      400,
    );
    assert.equal(shape.location?.field, 'stockStart');
    const cell = await problem(await post('/api/flows/ipf', { seed: [[1, 'x']], rowTotals: [1] }), 400);
    assert.deepEqual(
      cell.errors?.map((e) => e.field),
      ['seed.0.1'],
    );
    const margins = await problem(await post('/api/flows/ipf', { seed: [[1, 2]] }), 400);
    assert.deepEqual(
      margins.errors?.map((e) => e.field),
      ['rowTotals'],
    );
    const notJson = await problem(await post('/api/flows/net', '{"areas":'), 400);
    assert.equal(notJson.location?.field, 'body');
    const unbalanced = await problem(
      await post('/api/flows/net', {
        areas: ['A', 'B'],
        seed: [
          [0, 1],
          [1, 0],
        ],
        net: [1, 1],
      }),
      400,
    );
    assert.equal(unbalanced.location?.field, 'net');
  });

  test('POST /api/flows/estimate stores estimated flows; GET /api/flows/estimates lists the run', async () => {
    const form = new FormData();
    form.append('file', new File([FIXTURE], 'abel-2013-stocks.csv', { type: 'text/csv' }));
    const imported = await ok<{ files: Array<{ batchId: number }> }>(
      await app.request('/api/imports', { method: 'POST', body: form }),
    );
    const request = {
      measure: 'foreign-trained-stock',
      occupation: 'medical-doctors',
      startYear: 2015,
      endYear: 2020,
      method: 'ffs-demo',
      areas: ['gha', 'KEN', 'NGA', 'ZAF'],
    };
    const dry = await ok<{ batchId: number | null; stored: number; od: number[][] }>(
      await post('/api/flows/estimate', { ...request, dryRun: true }),
    );
    assert.equal(dry.batchId, null);
    assert.equal(dry.stored, 12);
    const none = await ok<{ items: unknown[] }>(await app.request('/api/flows/estimates'));
    assert.deepEqual(none.items, []);

    const r = await ok<{ batchId: number; runId: number; od: number[][]; outputSource: string }>(
      await post('/api/flows/estimate', request),
    );
    assert.deepEqual(r.od, dry.od);
    assert.deepEqual(r.od, ffsDemo({ areas: AREAS, stockStart: S1, stockEnd: S2 }).od);
    const runs = await ok<{
      items: Array<{ id: number; inputBatches: number[]; params: { areas: string[] } }>;
    }>(await app.request('/api/flows/estimates?occupation=medical-doctors'));
    assert.equal(runs.items.length, 1);
    assert.equal(runs.items[0]?.id, r.runId);
    assert.deepEqual(runs.items[0]?.inputBatches, [imported.files[0]?.batchId]);
    assert.deepEqual(runs.items[0]?.params.areas, ['GHA', 'KEN', 'NGA', 'ZAF']);

    const page = await ok<{ total: number; items: Array<{ flags: string[]; unit: string; source: string }> }>(
      await app.request('/api/observations?measure=migration-flow&limit=100'),
    );
    assert.equal(page.total, 12);
    assert.ok(page.items.every((o) => o.flags.join() === 'E' && o.source === r.outputSource));
    assert.equal(page.items[0]?.unit, 'persons per period');

    const bad = await problem(await post('/api/flows/estimate', { ...request, method: 'ffs-magic' }), 400);
    assert.deepEqual(
      bad.errors?.map((e) => e.field),
      ['method'],
    );
    const missing = await problem(
      await post('/api/flows/estimate', { ...request, areas: ['GHA', 'UGA'] }),
      400,
    );
    assert.equal(missing.location?.field, 'areas');
  });

  test('storing an estimate needs flows.store and is audited; a dry run leaves no record; calculators are public', async () => {
    const request = {
      measure: 'foreign-trained-stock',
      occupation: 'medical-doctors',
      startYear: 2015,
      endYear: 2020,
      method: 'ffs-diff',
      areas: ['GHA', 'KEN', 'NGA', 'ZAF'],
    };
    const audited = async () =>
      (
        await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_event WHERE action = 'flows.estimate'",
        )
      )[0]?.n ?? 0;
    const before = await audited();
    await problem(await requestAs(app, PUBLIC_ACTOR, '/api/flows/estimate', jsonBody(request)), 401);
    await problem(
      await requestAs(app, userActor('stakeholder'), '/api/flows/estimate', jsonBody(request)),
      403,
    );
    assert.equal(await audited(), before, 'a refused request writes nothing');
    await ok(
      await requestAs(
        app,
        userActor('data_manager', 'GHA'),
        '/api/flows/estimate',
        jsonBody({ ...request, dryRun: true }),
      ),
    );
    assert.equal(await audited(), before, 'a dry run is rolled back with its record');
    const stored = await ok<{ runId: number; batchId: number }>(
      await requestAs(app, userActor('data_manager', 'GHA'), '/api/flows/estimate', jsonBody(request)),
    );
    const [event] = await db.query<{ actor_label: string; object_id: string; after: unknown }>(
      "SELECT actor_label, object_id, after FROM audit_event WHERE action = 'flows.estimate' ORDER BY id DESC LIMIT 1",
    );
    assert.equal(event?.object_id, String(stored.runId));
    assert.match(event?.actor_label ?? '', /data-manager-gha@example\.org/);
    const after = (typeof event?.after === 'string' ? JSON.parse(event.after) : event?.after) as {
      batchId: number;
      method: string;
    };
    assert.equal(after.batchId, stored.batchId);
    assert.equal(after.method, 'ffs-diff');
    await ok(
      await requestAs(
        app,
        PUBLIC_ACTOR,
        '/api/flows/diff',
        jsonBody({ areas: AREAS, stockStart: S1, stockEnd: S2 }),
      ),
    );
  });

  test('GET /api/flows/mirror compares stored outflows and inflows; a bad query names the fields', async () => {
    const csv = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,source',
      'outflow,PHL,2019,nursing-personnel,_T,_T,GBR,training,100,USER',
      'inflow,GBR,2019,nursing-personnel,_T,_T,PHL,training,150,USER',
      'inflow,GBR,2019,nursing-personnel,_T,_T,IND,training,40,USER',
    ].join('\n');
    const form = new FormData();
    form.append('file', new File([csv], 'nurse-flows.csv', { type: 'text/csv' }));
    await ok(await app.request('/api/imports', { method: 'POST', body: form }));
    const r = await ok<{
      years: Array<{
        year: number;
        counts: { both: number; destinationOnly: number };
        comparisons: Array<{ ratio: number }>;
      }>;
    }>(await app.request('/api/flows/mirror?occupation=nursing-personnel&year=2019'));
    assert.equal(r.years[0]?.year, 2019);
    assert.equal(r.years[0]?.counts.both, 1);
    assert.equal(r.years[0]?.counts.destinationOnly, 1);
    assert.equal(r.years[0]?.comparisons[0]?.ratio, 1.5);
    const bad = await problem(await app.request('/api/flows/mirror?occupation=wizards&year=19'), 400);
    assert.deepEqual(bad.errors?.map((e) => e.field).sort(), ['occupation', 'year']);
  });

  test('the OpenAPI description documents every flows route', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters: Array<{ name: string }> }>>;
    };
    for (const p of ['from-stocks', 'diff', 'rates', 'ipf', 'net', 'estimate']) {
      assert.ok(doc.paths[`/api/flows/${p}`]?.post?.requestBody, p);
    }
    const names = doc.paths['/api/flows/mirror']?.get?.parameters.map((p) => p.name) ?? [];
    for (const n of ['occupation', 'year', 'inflowSource', 'outflowBasis', 'reference'])
      assert.ok(names.includes(n), n);
    assert.ok(doc.paths['/api/flows/estimates']?.get);
  });
});
