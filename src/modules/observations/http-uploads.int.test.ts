import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import type { Upload, UploadPreview } from './schemas.ts';
import { wideWorkbook } from './uploads-fixtures.test-helper.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const manager = userActor('data_manager', 'GHA');
const otherManager = userActor('national_authority', 'GHA');
const admin = userActor('admin');
const reader = userActor('stakeholder');

function form(bytes: Uint8Array, name = 'staff.xlsx'): RequestInit {
  const body = new FormData();
  body.append('file', new File([bytes], name, { type: XLSX }));
  return { method: 'POST', body };
}

describe('HTTP: the import page routes', () => {
  let db: Database;
  let app: Hono;
  let wide: Uint8Array;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, config: loadConfig({ HWMO_MAX_UPLOAD_BYTES: '200000' }), log: () => {} });
    wide = await wideWorkbook([['Ghana', 1100, 'abc', 1300]], ['2018', '2019', '2020']);
  });
  after(async () => {
    await db.close();
  });

  const upload = async (actor = manager): Promise<Upload> => {
    const res = await requestAs(app, actor, '/api/uploads', form(wide));
    assert.equal(res.status, 201, await res.clone().text());
    return (await res.json()) as Upload;
  };

  test('upload → preview → commit: the batch report, and the values in GET /api/observations', async () => {
    const u = await upload();
    assert.equal(u.sheet, 'Doctors');
    assert.ok(u.suggestion?.mapping);
    const read = { mapping: u.suggestion.mapping };
    const res = await requestAs(app, manager, `/api/uploads/${u.id}/preview`, jsonBody(read));
    assert.equal(res.status, 200, await res.clone().text());
    const preview = (await res.json()) as UploadPreview;
    assert.deepEqual(
      preview.rows.map((r) => [r.area, r.year, r.value]),
      [
        ['GHA', 2018, 1100],
        ['GHA', 2020, 1300],
      ],
    );
    assert.equal(preview.report.dryRun, true);
    const empty = await (await app.request('/api/observations?area=GHA&source=USER')).json();
    assert.equal((empty as { total: number }).total, 0);

    const committed = await requestAs(app, manager, `/api/uploads/${u.id}/commit`, jsonBody(read));
    assert.equal(committed.status, 200, await committed.clone().text());
    const report = (await committed.json()) as { batchId: number; stored: number };
    assert.equal(report.stored, 2);
    const stored = (await (await app.request('/api/observations?area=GHA&source=USER')).json()) as {
      items: Array<{ year: number; value: number; batchId: number }>;
    };
    assert.deepEqual(stored.items.map((o) => [o.year, o.value, o.batchId]).sort(), [
      [2018, 1100, report.batchId],
      [2020, 1300, report.batchId],
    ]);
    const gone = await requestAs(app, manager, `/api/uploads/${u.id}`);
    assert.equal(gone.status, 404);
  });

  test('the public is asked to sign in, a reader is refused, and only the owner or an administrator uses an upload', async () => {
    assert.equal((await requestAs(app, PUBLIC_ACTOR, '/api/uploads', form(wide))).status, 401);
    assert.equal((await requestAs(app, reader, '/api/uploads', form(wide))).status, 403);
    const u = await upload();
    const other = await requestAs(app, otherManager, `/api/uploads/${u.id}/preview`, jsonBody({}));
    assert.equal(other.status, 403);
    assert.match(((await other.json()) as { detail: string }).detail, /belongs to Test data-manager-gha/);
    assert.equal((await requestAs(app, admin, `/api/uploads/${u.id}?sheet=Notes`)).status, 200);
    assert.equal((await requestAs(app, OPERATOR, `/api/uploads/${u.id}`)).status, 200);
    assert.equal(
      (await requestAs(app, otherManager, `/api/uploads/${u.id}`, { method: 'DELETE' })).status,
      403,
    );
    const deleted = await requestAs(app, manager, `/api/uploads/${u.id}`, { method: 'DELETE' });
    assert.deepEqual(await deleted.json(), { id: u.id, deleted: true });
  });

  test('refusals name the field: no file, a file too large, a format and a mapping together, an unknown sheet', async () => {
    const none = await requestAs(app, manager, '/api/uploads', { method: 'POST', body: new FormData() });
    assert.equal(none.status, 400);
    assert.equal(((await none.json()) as { location?: { field: string } }).location?.field, 'file');
    const big = await requestAs(
      app,
      manager,
      '/api/uploads',
      form(new Uint8Array(300_000).fill(65), 'big.csv'),
    );
    assert.equal(big.status, 400);
    assert.match(((await big.json()) as { detail: string }).detail, /exceeds the limit/);
    const u = await upload();
    const both = await requestAs(
      app,
      manager,
      `/api/uploads/${u.id}/preview`,
      jsonBody({ format: 'who-gho', mapping: u.suggestion?.mapping }),
    );
    assert.equal(both.status, 400);
    const sheet = await requestAs(app, manager, `/api/uploads/${u.id}?sheet=Nowhere`);
    assert.equal(sheet.status, 400);
    assert.match(((await sheet.json()) as { detail: string }).detail, /"Notes", "Doctors"/);
    const extra = await requestAs(app, manager, `/api/uploads/${u.id}/preview`, jsonBody({ dryRun: false }));
    assert.equal(extra.status, 400);
  });

  test('a data manager for Ghana can neither preview nor commit a file holding a Kenyan row; nothing is written', async () => {
    const bytes = await wideWorkbook([
      ['Ghana', 1, 2],
      ['Kenya', 3, 4],
    ]);
    const res = await requestAs(app, manager, '/api/uploads', form(bytes, 'two.xlsx'));
    const u = (await res.json()) as Upload;
    const read = { mapping: u.suggestion?.mapping };
    for (const step of ['preview', 'commit']) {
      const refused = await requestAs(app, manager, `/api/uploads/${u.id}/${step}`, jsonBody(read));
      assert.equal(refused.status, 403, step);
      assert.match(((await refused.json()) as { detail: string }).detail, /KEN/);
    }
    const kenya = (await (await app.request('/api/observations?area=KEN&source=USER')).json()) as {
      total: number;
    };
    assert.equal(kenya.total, 0);
  });
});
