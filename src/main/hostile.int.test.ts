import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, testApp } from '../../test/actors.ts';
import { testDatabase } from '../../test/db.ts';
import type { Database } from '../platform/db/client.ts';
import type { createApp } from './app.ts';

/** Values no route should answer with a 500: NUL bytes, integers past int4, very long and odd strings. */
const HOSTILE = [
  '\u0000',
  'GBR\u0000',
  '2147483648',
  '-2147483649',
  '99999999999999999999999',
  '1e309',
  'NaN',
  'A'.repeat(100_000),
  '%',
  "'; DROP TABLE observation; --",
  '../../etc/passwd',
  '\uFFFF\u202E',
];

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
}

describe('hostile inputs are input errors, never 500s', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const logged: unknown[] = [];
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: (_l, _m, e) => logged.push(e), web: null }, OPERATOR);
  });
  after(async () => {
    await db.close();
  });

  const check = async (label: string, res: Response) => {
    assert.ok(res.status < 500, `${label}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  };

  test('the cases seen: NUL in a query, an id past int4, a malformed multipart body', async () => {
    for (const [label, res] of [
      ['NUL occupation', await app.request('/api/flows/estimates?occupation=%00')],
      ['int4 id', await app.request('/api/batches/2147483648/rollback', { method: 'POST' })],
      [
        'multipart',
        await app.request('/api/imports', {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
          body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nmeasure,area',
        }),
      ],
    ] as const) {
      assert.equal(res.status, 400, `${label}: ${await res.clone().text()}`);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    }
    assert.deepEqual(logged, []);
  });

  test('every route, every parameter and body field, with each hostile value', async () => {
    const spec = (await (await app.request('/api/openapi.json')).json()) as OpenApi;
    let requests = 0;
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const params = op.parameters ?? [];
        const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
        const queryParams = params.filter((p) => p.in === 'query').map((p) => p.name);
        const fill = (value: string) =>
          template.replace(/\{([^}]+)\}/g, (_, name: string) =>
            encodeURIComponent(pathParams.includes(name) ? value : '1'),
          );
        const send = (path: string, init: RequestInit = {}) => {
          requests++;
          return app.request(path, { method: method.toUpperCase(), ...init });
        };
        for (const value of HOSTILE) {
          if (pathParams.length) await check(`${method} ${fill(value)}`, await send(fill(value)));
          for (const q of queryParams) {
            const path = `${fill('2023')}?${q}=${encodeURIComponent(value)}`;
            await check(`${method} ${template} ?${q}`, await send(path));
          }
          if (method === 'post' && !template.startsWith('/api/imports')) {
            const fields = [
              'measure',
              'occupation',
              'areas',
              'startYear',
              'endYear',
              'method',
              'start',
              'end',
            ];
            const body = JSON.stringify({
              ...Object.fromEntries(fields.map((f) => [f, value])),
              areas: [{ code: value, name: value, parent: value }],
            });
            await check(
              `${method} ${template} body`,
              await send(fill('1'), { body, headers: { 'content-type': 'application/json' } }),
            );
            await check(
              `${method} ${template} raw`,
              await send(fill('1'), { body: value, headers: { 'content-type': 'application/json' } }),
            );
          }
        }
      }
    }
    for (const value of HOSTILE) {
      const form = new FormData();
      form.append(
        'file',
        new File([`measure,area,year,value\nstock,${value},2020,1\n`], value.slice(0, 200)),
      );
      form.append('format', value);
      form.append('sheet', value);
      await check('import form', await app.request('/api/imports', { method: 'POST', body: form }));
      const form2 = new FormData();
      form2.append(
        'file',
        new File([`measure,area,year,occupation,value\nstock,GBR,2020,medical-doctors,${value}\n`], 'v.csv'),
      );
      await check(
        'import value',
        await app.request(`/api/imports?dryRun=true`, { method: 'POST', body: form2 }),
      );
    }
    assert.ok(requests > 200, `${requests} requests`);
    assert.deepEqual(logged, []);
  });
});
