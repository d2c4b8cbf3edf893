import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jsonBody, OPERATOR, requestAs, testApp } from '../../test/actors.ts';
import { testDatabase } from '../../test/db.ts';
import type { Database } from '../platform/db/client.ts';
import type { createApp } from './app.ts';

const SLICE = readFileSync(
  fileURLToPath(new URL('../../test/fixtures/core/who_gho_doctors_slice.csv', import.meta.url)),
);

describe('HTTP API', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: (_l, _m, e) => errors.push(e) });
  });
  after(async () => {
    await db.close();
  });

  const upload = (name: string, content: Uint8Array | string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new File([content], name, { type: 'text/csv' }));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return app.request('/api/imports', { method: 'POST', body: form });
  };

  test('GET /api/health answers with the database kind and schema version', async () => {
    const res = await app.request('/api/health');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; schemaVersion: number; database: string };
    assert.equal(body.status, 'ok');
    assert.ok(body.schemaVersion >= 1);
    assert.equal(body.database, db.kind);
  });

  test('POST /api/imports imports a file and GET /api/observations serves it with file and row', async () => {
    const res = await upload('doctors.csv', SLICE);
    assert.equal(res.status, 200, await res.clone().text());
    const body = (await res.json()) as {
      files: Array<{ rowsRead: number; stored: number; batchId: number }>;
    };
    assert.equal(body.files[0]?.stored, 14);

    const q = await app.request(
      '/api/observations?measure=stock&area=GBR&year=2020&occupation=medical-doctors',
    );
    assert.equal(q.status, 200);
    const page = (await q.json()) as {
      total: number;
      items: Array<{ value: number; file: string; row: number; areaName: string }>;
    };
    assert.equal(page.total, 1);
    assert.equal(page.items[0]?.value, 203907);
    assert.equal(page.items[0]?.file, 'doctors.csv');
    assert.ok((page.items[0]?.row ?? 0) > 1);
  });

  test('a refused upload is a problem+json naming row and column', async () => {
    const res = await upload('narnia.csv', SLICE.toString('utf8').replace(',GBR,', ',NRN,'));
    assert.equal(res.status, 422);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    const p = (await res.json()) as {
      type: string;
      code: string;
      location: { row: number; column: string };
      detail: string;
    };
    assert.equal(p.type, '/problems/unknown_area');
    assert.equal(p.location.column, 'SpatialDimValueCode');
    assert.ok(p.location.row > 1);
  });

  test('invalid query parameters are a 400 problem listing each field', async () => {
    const res = await app.request('/api/observations?year=20x0&limit=0');
    assert.equal(res.status, 400);
    const p = (await res.json()) as { errors: Array<{ field: string }> };
    assert.deepEqual(p.errors.map((e) => e.field).sort(), ['limit', 'year']);
  });

  test('unknown routes and batches are 404 problems', async () => {
    assert.equal((await app.request('/api/nothing')).status, 404);
    const res = await app.request('/api/batches/999999');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { code: string }).code, 'not_found');
  });

  test('batches can be listed, shown and rolled back over HTTP', async () => {
    const list = (await (await app.request('/api/batches')).json()) as {
      items: Array<{ id: number; file: string }>;
    };
    const batch = list.items.find((b) => b.file === 'doctors.csv');
    assert.ok(batch);
    const shown = (await (await app.request(`/api/batches/${batch.id}`)).json()) as { current: number };
    assert.equal(shown.current, 14);
    const rb = await app.request(`/api/batches/${batch.id}/rollback`, { method: 'POST' });
    assert.equal(rb.status, 200);
    assert.deepEqual(await rb.json(), { batchId: batch.id, removed: 14, restored: 0 });
    const again = await app.request(`/api/batches/${batch.id}/rollback`, { method: 'POST' });
    assert.equal(again.status, 409);
  });

  test('GET /api/openapi.json documents every route from the zod schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: Array<{ name: string }> }>>;
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/health', '/api/areas', '/api/observations', '/api/imports', '/api/batches/{id}']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    const names = doc.paths['/api/observations']?.get?.parameters.map((p) => p.name) ?? [];
    for (const n of ['measure', 'area', 'year', 'occupation', 'partner', 'limit', 'offset'])
      assert.ok(names.includes(n), n);
  });

  test('GET /api/areas lists countries and pseudo-areas with their kind', async () => {
    const body = (await (await app.request('/api/areas?kind=who-region')).json()) as {
      items: Array<{ code: string }>;
    };
    assert.deepEqual(body.items.map((a) => a.code).sort(), ['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR']);
  });

  test('POST /api/areas adds subnational units; a bad body is a 400 naming the field', async () => {
    const ok = await requestAs(
      app,
      OPERATOR,
      '/api/areas',
      jsonBody({ areas: [{ code: 'ng-la', name: 'Lagos', parent: 'NGA' }] }),
    );
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.deepEqual(await ok.json(), { added: 1, updated: 0, aliases: 1 });
    const listed = (await (await app.request('/api/areas?parent=NGA')).json()) as {
      items: Array<{ code: string }>;
    };
    assert.deepEqual(
      listed.items.map((a) => a.code),
      ['NG-LA'],
    );
    const bad = await requestAs(
      app,
      OPERATOR,
      '/api/areas',
      jsonBody({ areas: [{ code: 'NG-KN', parent: 'NGA' }] }),
    );
    assert.equal(bad.status, 400);
    const p = (await bad.json()) as { errors: Array<{ field: string }> };
    assert.deepEqual(
      p.errors.map((e) => e.field),
      ['areas.0.name'],
    );
  });

  test('the landing page and the template download answer', async () => {
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Health Worker Migration Observatory/);
    const t = await app.request('/api/imports/template.csv');
    assert.match((await t.text()).split('\n')[0] ?? '', /^measure,area,year/);
    assert.deepEqual(errors, []);
  });
});
