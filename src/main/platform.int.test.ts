import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp } from '../../test/actors.ts';
import { testDatabase } from '../../test/db.ts';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';

const ACCRA = [
  'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
  'stock,GH-AA,2020,medical-doctors,_T,_T,_Z,_Z,1200,,,,WHO.GHO',
  'population,GH-AA,2020,_Z,_T,_T,_Z,_Z,5000000,,,,WB.WDI',
].join('\n');

const upload = (csv: string, name = 'accra.csv'): RequestInit => {
  const form = new FormData();
  form.append('file', new File([csv], name, { type: 'text/csv' }));
  return { method: 'POST', body: form };
};

describe('the app on the platform kit', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, web: null });
  });
  after(async () => {
    await db.close();
  });

  test('an area renamed through POST /api/areas changes the indicator answer at once (data version)', async () => {
    const add = await requestAs(
      app,
      OPERATOR,
      '/api/areas',
      jsonBody({ areas: [{ code: 'GH-AA', name: 'Greater Accra', parent: 'GHA' }] }),
    );
    assert.equal(add.status, 200);
    assert.equal((await requestAs(app, OPERATOR, '/api/imports', upload(ACCRA))).status, 200);
    // With a region in the list the answer is computed from the all-areas context, which is cached.
    const ask = async () => {
      const res = await app.request(
        '/api/indicators?indicator=density&occupation=medical-doctors&year=2020&area=GH-AA,AFR',
      );
      assert.equal(res.status, 200);
      const body = (await res.json()) as {
        items: Array<{ area: string; areaName: string; value: number | null }>;
      };
      return body.items.find((i) => i.area === 'GH-AA');
    };
    const first = await ask();
    assert.equal(first?.areaName, 'Greater Accra');
    assert.equal(first?.value, 2.4);
    assert.equal((await ask())?.areaName, 'Greater Accra');
    const rename = await requestAs(
      app,
      OPERATOR,
      '/api/areas',
      jsonBody({ areas: [{ code: 'GH-AA', name: 'Grand Accra', parent: 'GHA' }] }),
    );
    assert.deepEqual(await rename.json(), { added: 0, updated: 1, aliases: 1 });
    assert.equal((await ask())?.areaName, 'Grand Accra');
  });

  test('the pages’ data summary follows imports and rollbacks', async () => {
    const count = async () => {
      const page = await (await app.request('/')).text();
      const m = /([\d,]+) current observations/.exec(page);
      assert.ok(m, 'the summary states the count');
      return Number(m[1]?.replace(/,/g, ''));
    };
    const before = await count();
    assert.equal(await count(), before);
    const csv = ACCRA.replace(/2020/g, '2021');
    const res = await requestAs(app, OPERATOR, '/api/imports', upload(csv, 'accra-2021.csv'));
    const { files } = (await res.json()) as { files: Array<{ batchId: number }> };
    assert.equal(await count(), before + 2);
    const back = await requestAs(app, OPERATOR, `/api/batches/${files[0]?.batchId}/rollback`, {
      method: 'POST',
    });
    assert.equal(back.status, 200);
    assert.equal(await count(), before);
  });

  test('an upload larger than HWMO_MAX_UPLOAD_BYTES is refused even when sent chunked', async () => {
    const small = testApp({ db, web: null, config: loadConfig({ HWMO_MAX_UPLOAD_BYTES: '1000' }) });
    const form = upload(
      `${ACCRA}\n${'stock,GH-AA,2019,medical-doctors,_T,_T,_Z,_Z,1,,,,WHO.GHO\n'.repeat(40)}`,
    );
    const bytes = new Uint8Array(await new Response(form.body as FormData).arrayBuffer());
    const type = new Response(form.body as FormData).headers.get('content-type') ?? '';
    assert.ok(bytes.length > 1000);
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.close();
        else controller.enqueue(bytes);
        sent = true;
      },
    });
    const res = await requestAs(small, OPERATOR, '/api/imports', {
      method: 'POST',
      headers: { 'content-type': type, 'transfer-encoding': 'chunked' },
      body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { detail: string }).detail, /exceeds the limit of 1000 bytes/);
    const fits = await requestAs(small, OPERATOR, '/api/imports', upload(ACCRA.replace(/2020/g, '2018')));
    assert.equal(fits.status, 200);
  });

  test('HWMO_PUBLIC_READONLY=true: the writes of every module are refused; reading and pure computations answer', async () => {
    const ro = testApp({ db, web: null, config: loadConfig({ HWMO_PUBLIC_READONLY: 'true' }) });
    for (const [path, init] of [
      ['/api/imports', upload(ACCRA)],
      ['/api/batches/1/rollback', { method: 'POST' }],
      ['/api/flows/estimate', jsonBody({})],
      ['/api/areas', jsonBody({ areas: [{ code: 'GH-XX', name: 'X', parent: 'GHA' }] })],
    ] as const) {
      for (const actor of [OPERATOR, PUBLIC_ACTOR]) {
        const res = await requestAs(ro, actor, path, init as RequestInit);
        assert.equal(res.status, 403, `${path} as ${actor.kind}`);
        assert.equal(((await res.json()) as { code: string }).code, 'read_only', path);
      }
    }
    assert.equal((await ro.request('/api/areas?parent=GHA')).status, 200);
    assert.equal((await ro.request('/api/batches')).status, 200);
    const net = await ro.request('/api/flows/net', jsonBody({}));
    assert.notEqual(net.status, 403);
  });
});
