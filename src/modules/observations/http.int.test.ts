import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';

const ghanaManager: Actor = {
  kind: 'user',
  userId: 7,
  email: 'ama@moh.gov.gh',
  name: 'Ama Mensah',
  grants: [{ role: 'data_manager', area: 'GHA' }],
  via: 'session',
};
const secretariat: Actor = {
  kind: 'user',
  userId: 8,
  email: 'sec@who.int',
  name: 'Secretariat',
  grants: [{ role: 'secretariat', area: null }],
  via: 'session',
};
const stakeholder: Actor = {
  kind: 'user',
  userId: 9,
  email: 'org@example.org',
  name: 'An Organisation',
  grants: [{ role: 'stakeholder', area: null }],
  via: 'session',
};

const csv = (rows: string[]) => `measure,area,year,occupation,value\n${rows.join('\n')}\n`;

interface Problem {
  status: number;
  detail?: string;
  title: string;
  errors?: Array<{ file?: string; row?: number; message: string }>;
}

describe('observation routes: who may import and roll back', () => {
  let db: Database;
  let actor: Actor = { kind: 'public' };
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  before(async () => {
    db = await testDatabase();
    app = createApp({
      db,
      config: loadConfig({ HWMO_MAX_UPLOAD_BYTES: '4096' }),
      log: (_l, _m, e) => errors.push(e),
      web: null,
      authenticate: async () => actor,
      checkResponses: true,
    });
  });
  after(async () => {
    await db.close();
    assert.deepEqual(errors, [], 'no unhandled error');
  });

  const as = (who: Actor) => {
    actor = who;
    return app;
  };
  const upload = (who: Actor, name: string, content: string, query = '') => {
    const form = new FormData();
    form.append('file', new File([content], name, { type: 'text/csv' }));
    return as(who).request(`/api/imports${query}`, { method: 'POST', body: form });
  };
  const counts = async () => {
    const [r] = await db.query<{ o: number; b: number }>(
      'SELECT (SELECT count(*)::int FROM observation) AS o, (SELECT count(*)::int FROM import_batch) AS b',
    );
    return r;
  };

  test('the public reads observations and batches but cannot import or roll back', async () => {
    assert.equal((await as({ kind: 'public' }).request('/api/observations')).status, 200);
    assert.equal((await as({ kind: 'public' }).request('/api/batches')).status, 200);
    const before = await counts();
    const res = await upload({ kind: 'public' }, 'g.csv', csv(['stock,GHA,2020,medical-doctors,1']));
    assert.equal(res.status, 401);
    assert.equal(
      (await as({ kind: 'public' }).request('/api/batches/1/rollback', { method: 'POST' })).status,
      401,
    );
    assert.deepEqual(await counts(), before);
  });

  test('a stakeholder organisation holds no import permission', async () => {
    const res = await upload(stakeholder, 'g.csv', csv(['stock,GHA,2020,medical-doctors,1']));
    assert.equal(res.status, 403);
  });

  test('a data manager for Ghana imports Ghana rows; a file with a Kenya row is refused, naming it', async () => {
    const ok = await upload(ghanaManager, 'ghana.csv', csv(['stock,GHA,2020,medical-doctors,2500']));
    assert.equal(ok.status, 200, await ok.clone().text());
    const before = await counts();
    const res = await upload(
      ghanaManager,
      'mixed.csv',
      csv(['stock,GHA,2021,medical-doctors,2600', 'stock,KEN,2021,medical-doctors,9000']),
    );
    assert.equal(res.status, 403);
    const problem = (await res.json()) as Problem;
    assert.match(problem.detail ?? '', /You may not import data for area KEN/);
    assert.deepEqual(
      problem.errors?.map((e) => [e.file, e.row, e.message]),
      [['mixed.csv', 3, 'KEN is outside your areas']],
    );
    assert.deepEqual(await counts(), before);
  });

  test('a data manager for Ghana cannot roll back a Kenya batch; the secretariat can', async () => {
    const kenya = await upload(secretariat, 'kenya.csv', csv(['stock,KEN,2020,medical-doctors,9000']));
    assert.equal(kenya.status, 200, await kenya.clone().text());
    const { files } = (await kenya.json()) as { files: Array<{ batchId: number }> };
    const id = files[0]?.batchId;
    const refused = await as(ghanaManager).request(`/api/batches/${id}/rollback`, { method: 'POST' });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /KEN/);
    const batch = (await (await as({ kind: 'public' }).request(`/api/batches/${id}`)).json()) as {
      status: string;
    };
    assert.equal(batch.status, 'committed');
    const done = await as(secretariat).request(`/api/batches/${id}/rollback`, { method: 'POST' });
    assert.equal(done.status, 200, await done.clone().text());
  });

  test('an upload over HWMO_MAX_UPLOAD_BYTES is refused, chunked or not, and writes nothing', async () => {
    const before = await counts();
    const big = csv(Array.from({ length: 300 }, (_, i) => `stock,GHA,${1800 + (i % 300)},dentists,${i}`));
    const res = await upload(ghanaManager, 'big.csv', big);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /4096/);
    const form = new FormData();
    form.append('file', new File([big], 'big.csv', { type: 'text/csv' }));
    const encoded = new Response(form);
    const chunked = await as(ghanaManager).request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
      body: encoded.body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 400, 'a body without Content-Length is measured as it arrives');
    assert.deepEqual(await counts(), before);
  });
});
