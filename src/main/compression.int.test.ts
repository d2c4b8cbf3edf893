import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { testDatabase } from '../../test/db.ts';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { createApp } from './app.ts';

describe('HTTP compression of JSON answers', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = await testDatabase();
    app = createApp({ db, config: loadConfig({}), log: () => {} });
  });
  after(async () => {
    await db.close();
  });

  const get = (path: string, acceptEncoding?: string) =>
    app.request(path, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  test('a JSON answer is gzipped for a client that accepts it, and decodes to the same JSON', async () => {
    const plain = await get('/api/areas?kind=country');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers.get('content-encoding'), null);
    const expected = await bytes(plain);
    assert.ok(expected.length > 20_000, `${expected.length} bytes`);

    for (const accept of ['gzip', 'gzip, deflate, br, zstd']) {
      const res = await get('/api/areas?kind=country', accept);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-encoding'), 'gzip', accept);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
      const body = await bytes(res);
      assert.ok(
        body.length * 4 < expected.length,
        `${body.length} bytes compressed, ${expected.length} plain`,
      );
      const decoded = gunzipSync(body);
      assert.deepEqual(decoded, expected);
      assert.ok((JSON.parse(decoded.toString('utf8')) as { items: unknown[] }).items.length > 190);
    }
  });

  test('a client that accepts no compression, or none hwmo offers, gets plain JSON', async () => {
    for (const accept of [undefined, 'identity', 'br', 'gzip;q=0']) {
      const res = await get('/api/areas?kind=country', accept);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-encoding'), null, String(accept));
      const body = (await res.json()) as { items: Array<{ code: string }> };
      assert.ok(body.items.some((a) => a.code === 'GHA'));
    }
  });

  test('small answers and problem+json errors still decode when compressed', async () => {
    const health = await get('/api/health', 'gzip');
    assert.equal(health.status, 200);
    const status = JSON.parse(
      (health.headers.get('content-encoding') === 'gzip'
        ? gunzipSync(await bytes(health))
        : await bytes(health)
      ).toString('utf8'),
    ) as { status: string };
    assert.equal(status.status, 'ok');

    const missing = await get('/api/batches/999999', 'gzip');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(missing.headers.get('content-encoding'), 'gzip');
    const problem = JSON.parse(gunzipSync(await bytes(missing)).toString('utf8')) as { code: string };
    assert.equal(problem.code, 'not_found');
  });

  test('CSV downloads are compressed too, and decode to the same file', async () => {
    const plain = await get('/api/imports/template.csv');
    assert.equal(plain.headers.get('content-encoding'), null);
    const res = await get('/api/imports/template.csv', 'gzip');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(await bytes(res)).toString('utf8'), await plain.text());
  });
});
