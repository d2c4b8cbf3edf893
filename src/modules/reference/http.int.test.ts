import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';

interface Problem {
  code: string;
  detail?: string;
}

describe('reference routes', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db });
  });
  after(async () => {
    await db.close();
  });

  const units = (parent: string, code: string, name = `Unit ${code}`) => ({
    areas: [{ code, name, parent }],
  });
  const auditOf = (code: string) =>
    db.query<{ action: string; actor_label: string; area: string | null; before: unknown; after: unknown }>(
      "SELECT action, actor_label, area, before, after FROM audit_event WHERE object_type = 'area' AND object_id = $1 ORDER BY id",
      [code],
    );

  test('GET /api/areas filters by kind and parent; an unknown kind is a 400', async () => {
    const res = await app.request('/api/areas?kind=country');
    assert.equal(res.status, 200);
    const { items } = (await res.json()) as { items: Array<{ code: string; kind: string }> };
    assert.ok(items.length > 190);
    assert.ok(items.every((a) => a.kind === 'country'));
    assert.equal((await app.request('/api/areas?kind=planet')).status, 400);
    for (const path of ['/api/occupations', '/api/measures', '/api/sources', '/api/health']) {
      assert.equal((await app.request(path)).status, 200, path);
    }
  });

  test('POST /api/areas: the public must sign in; a stakeholder is refused', async () => {
    const anon = await requestAs(app, PUBLIC_ACTOR, '/api/areas', jsonBody(units('GHA', 'GH-AA')));
    assert.equal(anon.status, 401);
    const other = await requestAs(
      app,
      userActor('stakeholder'),
      '/api/areas',
      jsonBody(units('GHA', 'GH-AA')),
    );
    assert.equal(other.status, 403);
    assert.equal((await auditOf('GH-AA')).length, 0);
  });

  test('a data manager for GHA adds units under GHA, audited as them, but none under KEN', async () => {
    const dm = userActor('data_manager', 'GHA');
    const own = await requestAs(app, dm, '/api/areas', jsonBody(units('GHA', 'GH-AA', 'Greater Accra')));
    assert.equal(own.status, 200, await own.clone().text());
    assert.deepEqual(await own.json(), { added: 1, updated: 0, aliases: 1 });
    const [entry] = await auditOf('GH-AA');
    assert.equal(entry?.action, 'area.add');
    assert.equal(entry?.area, 'GHA');
    assert.match(entry?.actor_label ?? '', /data-manager-gha@example\.org/);
    assert.deepEqual(entry?.after, { name: 'Greater Accra', parent: 'GHA', aliases: [] });

    const kenya = await requestAs(app, dm, '/api/areas', jsonBody(units('KEN', 'KE-47')));
    assert.equal(kenya.status, 403);
    const p = (await kenya.json()) as Problem;
    assert.equal(p.code, 'forbidden');
    assert.match(`${p.detail}`, /reference\.edit for KEN/);
    // A unit below a GHA unit is GHA's; moving a GHA unit to Kenya needs Kenya too.
    const below = await requestAs(app, dm, '/api/areas', jsonBody(units('GH-AA', 'GH-AA-01')));
    assert.equal(below.status, 200);
    const moved = await requestAs(app, dm, '/api/areas', jsonBody(units('KEN', 'GH-AA-01')));
    assert.equal(moved.status, 403);
    const mixed = await requestAs(
      app,
      dm,
      '/api/areas',
      jsonBody({
        areas: [
          { code: 'GH-AH', name: 'Ashanti', parent: 'GHA' },
          { code: 'KE-30', name: 'Nairobi', parent: 'KEN' },
        ],
      }),
    );
    assert.equal(mixed.status, 403);
    assert.equal((await auditOf('GH-AH')).length, 0, 'nothing of a refused list is kept');
  });

  test('a rename records the values before and after; the secretariat may edit any country', async () => {
    const sec = userActor('secretariat');
    const add = await requestAs(app, sec, '/api/areas', jsonBody(units('KEN', 'KE-01', 'Mombasa')));
    assert.equal(add.status, 200);
    const rename = await requestAs(app, sec, '/api/areas', jsonBody(units('KEN', 'KE-01', 'Mombasa County')));
    assert.deepEqual(await rename.json(), { added: 0, updated: 1, aliases: 1 });
    const entries = await auditOf('KE-01');
    assert.deepEqual(
      entries.map((e) => e.action),
      ['area.add', 'area.update'],
    );
    assert.deepEqual(entries[1]?.before, { name: 'Mombasa', parent: 'KEN', aliases: ['Mombasa'] });
  });

  test('a dry run reports and keeps nothing', async () => {
    const res = await requestAs(
      app,
      OPERATOR,
      '/api/areas',
      jsonBody({ ...units('KEN', 'KE-02'), dryRun: true }),
    );
    assert.deepEqual(await res.json(), { added: 1, updated: 0, aliases: 1 });
    const list = (await (await app.request('/api/areas?parent=KEN')).json()) as {
      items: Array<{ code: string }>;
    };
    assert.equal(
      list.items.find((a) => a.code === 'KE-02'),
      undefined,
    );
    assert.equal((await auditOf('KE-02')).length, 0);
  });

  test('a text/plain body (a cross-site form) is refused', async () => {
    const res = await requestAs(app, OPERATOR, '/api/areas', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(units('KEN', 'KE-03')),
    });
    assert.equal(res.status, 400);
    assert.equal((await auditOf('KE-03')).length, 0);
  });

  test('read-only: POST /api/areas is refused even to the operator; GET still answers', async () => {
    const ro = testApp({ db, config: loadConfig({ HWMO_PUBLIC_READONLY: 'true' }) });
    const res = await requestAs(ro, OPERATOR, '/api/areas', jsonBody(units('KEN', 'KE-04')));
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as Problem).code, 'read_only');
    assert.equal((await ro.request('/api/areas?parent=KEN')).status, 200);
  });
});
