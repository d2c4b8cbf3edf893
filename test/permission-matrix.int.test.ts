import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../src/platform/auth/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/client.ts';
import { OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from './actors.ts';
import { testDatabase } from './db.ts';
import { MATRIX_FIXTURE_MAKERS } from './permission-matrix/modules.ts';
import { importOf, type MatrixArea, type MatrixFixtures, PERMISSION_MATRIX } from './permission-matrix.ts';

/** The least privileged first, so that a refusal is met before an allowed actor changes what the example touches. */
const ACTORS: ReadonlyArray<{ label: string; actor: Actor; role?: Parameters<typeof userActor>[0] }> = [
  { label: 'public', actor: PUBLIC_ACTOR },
  { label: 'stakeholder', actor: userActor('stakeholder'), role: 'stakeholder' },
  { label: 'data_approver GHA', actor: userActor('data_approver', 'GHA'), role: 'data_approver' },
  { label: 'data_manager GHA', actor: userActor('data_manager', 'GHA'), role: 'data_manager' },
  {
    label: 'national_authority GHA',
    actor: userActor('national_authority', 'GHA'),
    role: 'national_authority',
  },
  { label: 'secretariat', actor: userActor('secretariat'), role: 'secretariat' },
  { label: 'admin', actor: userActor('admin'), role: 'admin' },
  { label: 'operator', actor: OPERATOR },
];
const AREAS: readonly MatrixArea[] = ['GHA', 'KEN'];

const refused = (status: number) => status === 401 || status === 403;

describe('permission matrix: every route × every actor × own area / other area', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  let readOnlyApp: ReturnType<typeof testApp>;
  const fixtures: MatrixFixtures = { batch: { GHA: 0, KEN: 0 }, ids: {} };
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, web: null });
    readOnlyApp = testApp({ db, web: null, config: loadConfig({ HWMO_PUBLIC_READONLY: 'true' }) });
    for (const area of AREAS) {
      const res = await requestAs(app, OPERATOR, '/api/imports', importOf(area, 2018));
      assert.equal(res.status, 200, await res.clone().text());
      const { files } = (await res.json()) as { files: Array<{ batchId: number }> };
      fixtures.batch[area] = files[0]?.batchId ?? 0;
    }
    for (const make of MATRIX_FIXTURE_MAKERS)
      Object.assign(fixtures.ids, await make({ db, app, ids: fixtures.ids }));
  });
  after(async () => {
    await db.close();
  });

  test('every route the app registers has a row, every row a route, and rows say what routes declare', async () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`),
    );
    const rows = new Set(Object.keys(PERMISSION_MATRIX));
    assert.deepEqual(
      [...registered].filter((k) => !rows.has(k)),
      [],
      'routes without a row in test/permission-matrix.ts',
    );
    assert.deepEqual(
      [...rows].filter((k) => !registered.has(k)),
      [],
      'rows of test/permission-matrix.ts without a route',
    );
    const openapi = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-permission'?: string }>>;
    };
    for (const [key, row] of Object.entries(PERMISSION_MATRIX)) {
      const [method = '', path = ''] = key.split(' ');
      const declared =
        openapi.paths[path.replace(/:([a-zA-Z0-9]+)/g, '{$1}')]?.[method.toLowerCase()]?.['x-permission'];
      if (declared !== undefined) assert.equal(declared, row.access, key);
      else
        assert.ok(
          row.access === 'public' || row.pending,
          `${key} declares no permission: declare it with defineRoute`,
        );
    }
  });

  for (const [key, row] of Object.entries(PERMISSION_MATRIX)) {
    const options = row.pending
      ? { todo: `to be declared with defineRoute by the ${row.pending} module` }
      : {};
    test(key, options, async () => {
      const wrong: string[] = [];
      for (const area of AREAS) {
        const roles = area === 'GHA' ? row.own : row.other;
        for (const { label, actor, role } of ACTORS) {
          const served =
            actor.kind === 'operator' ||
            (actor.kind === 'public'
              ? row.public
              : roles === 'all' || (role !== undefined && roles.includes(role)));
          const { path, init } = row.example(area, fixtures);
          const res = await requestAs(app, actor, path, init);
          const text = await res.text();
          const expected = served ? 'served' : actor.kind === 'public' ? '401' : '403';
          const got = refused(res.status) ? String(res.status) : 'served';
          if (got !== expected)
            wrong.push(`${label} on ${area}: expected ${expected}, got ${res.status} ${text.slice(0, 160)}`);
          if (res.status >= 500) wrong.push(`${label} on ${area}: ${res.status} ${text.slice(0, 160)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  test('HWMO_PUBLIC_READONLY=true: every route that is not a read refuses everyone, the operator included', async () => {
    const wrong: string[] = [];
    for (const [key, row] of Object.entries(PERMISSION_MATRIX)) {
      for (const { label, actor } of ACTORS.filter((a) =>
        ['public', 'admin', 'operator'].includes(a.label),
      )) {
        const { path, init } = row.readOnlyExample?.(fixtures) ?? row.example('GHA', fixtures);
        const res = await requestAs(readOnlyApp, actor, path, init);
        const body = await res.text();
        if (row.readOnly && refused(res.status))
          wrong.push(`${key} as ${label}: refused (${body.slice(0, 120)})`);
        if (!row.readOnly && (res.status !== 403 || !body.includes('"read_only"'))) {
          wrong.push(`${key} as ${label}: ${res.status} ${body.slice(0, 120)}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});
