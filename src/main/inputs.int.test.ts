import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, testApp } from '../../test/actors.ts';
import { testDatabase } from '../../test/db.ts';
import type { Database } from '../platform/db/client.ts';
import { ERROR_CODES, errorTitle } from '../platform/errors.ts';
import type { createApp } from './app.ts';

interface Problem {
  status: number;
  code: string;
  type: string;
  detail: string;
  errors?: Array<{ field?: string; message: string }>;
}

const CSV = [
  'measure,area,year,occupation,value,comment',
  'stock,GBR,2020,medical-doctors,203907,"=HYPERLINK(""http://evil.example"",""click"")"',
  "stock,FRA,2020,medical-doctors,226000,=cmd|' /C calc'!A0",
  'stock,KEN,2020,medical-doctors,12000,@SUM(1+1)',
  'stock,GHA,2020,medical-doctors,4000,-2+3',
].join('\n');

describe('inputs are checked, not ignored', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: (_l, _m, e) => errors.push(e), web: null }, OPERATOR);
  });
  after(async () => {
    await db.close();
  });

  const upload = (query: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new File([CSV], 'formulas.csv', { type: 'text/csv' }));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return app.request(`/api/imports${query}`, { method: 'POST', body: form });
  };
  const problem = async (res: Response) => {
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    return (await res.json()) as Problem;
  };
  const count = async () =>
    Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observation'))[0]?.n);

  test('POST /api/imports?dryRun=true writes nothing; conflicting dryRun values are refused', async () => {
    const dry = await upload('?dryRun=true');
    assert.equal(dry.status, 200, await dry.clone().text());
    const report = (await dry.json()) as {
      files: Array<{ dryRun: boolean; batchId: number | null; stored: number }>;
    };
    assert.equal(report.files[0]?.dryRun, true);
    assert.equal(report.files[0]?.batchId, null);
    assert.equal(report.files[0]?.stored, 4);
    assert.equal(await count(), 0);
    const [batches] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    assert.equal(batches?.n, 0);

    const clash = await problem(await upload('?dryRun=true', { dryRun: 'false' }));
    assert.equal(clash.status, 400);
    assert.match(clash.detail, /dryRun/);
    assert.equal(await count(), 0);

    const real = await upload('?dryRun=false');
    assert.equal(real.status, 200);
    assert.equal(await count(), 4);
  });

  test('unknown codes are refused with the code most likely meant, one error code per failure', async () => {
    const measure = await problem(await app.request('/api/observations?measure=stoc'));
    assert.equal(measure.status, 400);
    assert.equal(measure.code, 'invalid_input');
    assert.match(measure.detail, /unknown measure "stoc"; did you mean "stock"\?/i);

    const occupation = await problem(await app.request('/api/observations?occupation=medical-doctor'));
    assert.match(occupation.detail, /did you mean "medical-doctors"/);

    const source = await problem(await app.request('/api/observations?source=WHO.GH'));
    assert.match(source.detail, /did you mean "WHO\.GHO"/);

    for (const path of [
      '/api/observations?area=XXX',
      '/api/observations?partner=XXX',
      '/api/export?area=XXX',
      '/api/indicators?indicator=density&area=XXX',
      '/api/safeguards/2023/XXX',
    ]) {
      const p = await problem(await app.request(path));
      assert.equal(p.code, 'unknown_area', path);
      assert.equal(p.status, 422, path);
      assert.equal(p.type, '/problems/unknown_area', path);
    }
    const mirror = await problem(
      await app.request('/api/flows/mirror?occupation=medical-doctors&year=2020&reference=XXX'),
    );
    assert.equal(mirror.code, 'unknown_area');
    const estimate = await problem(
      await app.request('/api/flows/estimate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          method: 'ffs-diff',
          measure: 'foreign-trained-stock',
          occupation: 'medical-doctors',
          startYear: 2015,
          endYear: 2020,
          source: 'OECD.HEALTH_WFM',
        }),
      }),
    );
    assert.equal(estimate.code, 'invalid_input');
    assert.match(estimate.detail, /did you mean "OECD\.HEALTH_WFMI"/);
    const flowsOccupation = await problem(await app.request('/api/flows/estimates?occupation=nurses'));
    assert.equal(flowsOccupation.status, 400);
    const indicator = await problem(await app.request('/api/indicators?indicator=densty'));
    assert.equal(indicator.status, 400);
    assert.match(indicator.detail, /unknown value "densty"; did you mean "density"\?/);
    const sex = await problem(await app.request('/api/observations?sex=f'));
    assert.match(sex.detail, /did you mean "F"/);
    const named = await problem(await app.request('/api/observations?area=Germny'));
    assert.match(named.detail, /did you mean "DEU"/);
    const gb = await problem(await app.request('/api/indicators?indicator=density&area=GBRR'));
    assert.match(gb.detail, /did you mean "GBR"/);
  });

  test('every GET route refuses an undeclared query parameter, naming it with the one most likely meant', async () => {
    const paths = app.routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.path.includes('*'))
      .map((r) => r.path.replace(':edition', '2023').replace(':iso3', 'GHA').replace(':id', '1'));
    assert.ok(paths.length >= 15, `${paths.length} GET routes`);
    for (const path of new Set(paths)) {
      const res = await app.request(`${path}?bogus=1`);
      assert.equal(res.status, 400, path);
      const p = await problem(res);
      assert.match(p.detail, /unknown query parameter "bogus"/i, path);
      assert.deepEqual(
        p.errors?.map((e) => e.field),
        ['bogus'],
        path,
      );
    }
    const twice = await problem(await app.request('/api/observations?area=GBR&area=FRA'));
    assert.match(twice.detail, /"area" is given 2 times/);
    const typo = await problem(await app.request('/api/observations?meausre=stock'));
    assert.match(typo.detail, /did you mean "measure"/);
    const flows = await problem(await app.request('/api/flows/estimates?occupaton=medical-doctors'));
    assert.match(flows.detail, /did you mean "occupation"/);
  });

  test('exports quote cells a spreadsheet would run as formulas, and keep numbers as numbers', async () => {
    const res = await app.request('/api/export?format=csv&measure=stock');
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), text);
    assert.ok(text.includes(",'=cmd|' /C calc'!A0,"), text);
    assert.ok(text.includes("'@SUM(1+1)"), text);
    assert.ok(text.includes("'-2+3"), text);
    assert.ok(!/,=|,@|,\+/.test(text), text);
    const sdmx = await (await app.request('/api/export?format=sdmx-csv&area=GBR')).text();
    assert.ok(sdmx.includes(`"'=HYPERLINK(`), sdmx);
    assert.ok(sdmx.includes(',203907,'), sdmx);
  });

  test('an input error never quotes a huge value whole', async () => {
    const long = 'A'.repeat(1_000_000);
    const res = await app.request(`/api/observations?area=${long}`);
    assert.equal(res.status, 422);
    const text = await res.text();
    assert.ok(text.length < 5_000, `${text.length} characters`);
    assert.match(text, /1000000 characters/);
  });

  test('every problem type URI leads to a page explaining it, as HTML, JSON or text', async () => {
    const seen = await problem(await app.request('/api/observations?measure=stoc'));
    const types = [seen.type, ...Object.keys(ERROR_CODES).map((c) => `/problems/${c}`)];
    for (const type of new Set(types)) {
      const html = await app.request(type, { headers: { accept: 'text/html' } });
      assert.equal(html.status, 200, type);
      const page = await html.text();
      assert.match(page, /<h1>/, type);
      const code = type.split('/').pop() as keyof typeof ERROR_CODES;
      assert.ok(page.includes(errorTitle(code)), type);
      const json = await app.request(type);
      assert.equal(json.status, 200, type);
      const doc = (await json.json()) as { code: string; status: number; description: string };
      assert.equal(doc.code, code);
      assert.equal(doc.status, ERROR_CODES[code].status);
      assert.ok(doc.description.length > 40, type);
      const text = await app.request(type, { headers: { accept: 'text/plain' } });
      assert.equal(text.status, 200, type);
      assert.match(await text.text(), new RegExp(`exit code ${ERROR_CODES[code].exit}`));
    }
    const index = await app.request('/problems', { headers: { accept: 'text/html' } });
    assert.equal(index.status, 200);
    assert.equal((await app.request('/problems/no_such_code')).status, 404);
  });

  test('an import whose cell holds 16 MB answers with a report or problem of readable size', async () => {
    const cell = '7x'.repeat(8 * 1024 * 1024);
    for (const csv of [
      `measure,area,year,occupation,value\nstock,GBR,2019,medical-doctors,${cell}\n`,
      `measure,area,year,occupation,value\nstock,${cell},2019,medical-doctors,1\n`,
    ]) {
      const form = new FormData();
      form.append('file', new File([csv], 'big-cell.csv', { type: 'text/csv' }));
      const res = await app.request('/api/imports?dryRun=true', { method: 'POST', body: form });
      assert.ok(res.status < 500, String(res.status));
      const text = await res.text();
      assert.ok(text.length < 20_000, `${res.status}: ${text.length} characters: ${text.slice(0, 300)}`);
    }
  });
});
