import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { requestAs, testApp } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { type Ctx, operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { exportAuditCsv } from './export-audit.ts';
import { listAudit } from './list-audit.ts';
import { AuditPageSchema, AuditQuerySchema } from './schemas.ts';

const user = (userId: number, email: string, role: string, area: string | null): Actor =>
  ({
    kind: 'user',
    userId,
    email,
    name: email.split('@')[0] ?? email,
    grants: [{ role, area }],
    via: 'session',
    sessionId: userId,
  }) as Actor;

const ADMIN = user(1, 'admin@example.org', 'admin', null);
const SECRETARIAT = user(2, 'sec@who.example', 'secretariat', null);
const GHANA = user(3, 'ama@moh.gov.gh', 'national_authority', 'GHA');
const KENYA_MANAGER = user(4, 'otieno@health.go.ke', 'data_manager', 'KEN');
const STAKEHOLDER = user(5, 'ngo@example.org', 'stakeholder', null);
const PUBLIC: Actor = { kind: 'public' };

const q = (raw: Record<string, string> = {}) => AuditQuerySchema.parse(raw);

describe('the audit trail', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  let clock = Date.UTC(2026, 0, 10, 8, 0);
  const as = (actor: Actor): Ctx => operatorContext(db, { actor, now: () => new Date(clock) });
  const record = async (
    actor: Actor,
    action: string,
    objectType: string,
    objectId: string,
    area: string | null,
    before: unknown,
    after: unknown,
    comment?: string,
  ) => {
    clock += 3_600_000;
    await mutation(as(actor), action, (tx) =>
      tx.audit({ action, objectType, objectId, area, before, after, ...(comment ? { comment } : {}) }),
    );
  };

  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {}, web: null });
    await record(KENYA_MANAGER, 'import', 'batch', '1', 'KEN', null, { rows: 10 });
    await record(GHANA, 'area.add', 'area', 'GH-AA', 'GHA', null, { name: 'Accra' });
    await record(GHANA, 'area.rename', 'area', 'GH-AA', 'GHA', { name: 'Accra' }, { name: 'Greater Accra' });
    await record(ADMIN, 'user.invite', 'user', '9', null, null, { email: 'new@example.org' });
    await record(
      KENYA_MANAGER,
      'rollback',
      'batch',
      '=HYPERLINK("http://x")',
      'KEN',
      { status: 'committed' },
      {
        status: 'rolled_back',
      },
      '@SUM(1)',
    );
  });
  after(async () => {
    await db.close();
  });

  test('records come newest first, with who, when, which object, the action and the values before and after', async () => {
    const page = await listAudit(as(ADMIN), q());
    assert.equal(page.total, 5);
    assert.deepEqual(
      page.items.map((e) => e.action),
      ['rollback', 'user.invite', 'area.rename', 'area.add', 'import'],
    );
    const rename = page.items[2];
    assert.equal(rename?.actorKind, 'user');
    assert.equal(rename?.actorUserId, 3);
    assert.match(rename?.actorLabel ?? '', /<ama@moh\.gov\.gh>/);
    assert.equal(rename?.at, '2026-01-10T11:00:00.000Z');
    assert.deepEqual([rename?.objectType, rename?.objectId, rename?.area], ['area', 'GH-AA', 'GHA']);
    assert.deepEqual([rename?.before, rename?.after], [{ name: 'Accra' }, { name: 'Greater Accra' }]);
  });

  test('filters: per object, per user (by e-mail or id), action, area, period; paging', async () => {
    const ids = async (raw: Record<string, string>) =>
      (await listAudit(as(ADMIN), q(raw))).items.map((e) => e.action);
    assert.deepEqual(await ids({ objectType: 'area', objectId: 'GH-AA' }), ['area.rename', 'area.add']);
    assert.deepEqual(await ids({ user: 'AMA@moh.gov.gh' }), ['area.rename', 'area.add']);
    assert.deepEqual(await ids({ userId: '4' }), ['rollback', 'import']);
    assert.deepEqual(await ids({ action: 'import' }), ['import']);
    assert.deepEqual(await ids({ area: 'gha' }), ['area.rename', 'area.add']);
    assert.deepEqual(await ids({ from: '2026-01-10T10:00:00Z', to: '2026-01-10T11:00:00Z' }), [
      'area.rename',
      'area.add',
    ]);
    assert.deepEqual(await ids({ to: '2026-01-09' }), []);
    assert.equal((await ids({ to: '2026-01-10' })).length, 5);
    assert.deepEqual(await ids({ user: 'ama@moh.gov' }), []);
    const second = await listAudit(as(ADMIN), q({ limit: '2', offset: '2' }));
    assert.deepEqual([second.total, second.items.map((e) => e.action)], [5, ['area.rename', 'area.add']]);
    assert.throws(() => q({ from: '2026-02-01', to: '2026-01-01' }), /backwards/);
  });

  test('a national authority reads its own area only; other roles and the public read nothing', async () => {
    const ghana = await listAudit(as(GHANA), q());
    assert.deepEqual(
      ghana.items.map((e) => e.area),
      ['GHA', 'GHA'],
    );
    await assert.rejects(listAudit(as(GHANA), q({ area: 'KEN' })), { code: 'forbidden' });
    assert.equal((await listAudit(as(SECRETARIAT), q())).total, 5);
    assert.equal((await listAudit(operatorContext(db), q())).total, 5);
    await assert.rejects(listAudit(as(KENYA_MANAGER), q()), { code: 'forbidden' });
    await assert.rejects(listAudit(as(STAKEHOLDER), q()), { code: 'forbidden' });
    await assert.rejects(listAudit(as(PUBLIC), q()), { code: 'unauthenticated' });
  });

  test('the CSV export has every matching record, cells safe in a spreadsheet, within the reader’s scope', async () => {
    let csv = '';
    for await (const chunk of exportAuditCsv(as(ADMIN), { action: 'rollback' })) csv += chunk;
    const lines = csv.trim().split('\n');
    assert.equal(
      lines[0],
      'id,at,actor_kind,actor_user_id,actor,action,object_type,object_id,area,before,after,comment,request_id',
    );
    assert.equal(lines.length, 2);
    assert.match(lines[1] ?? '', /,"'=HYPERLINK\(""http:\/\/x""\)",KEN,/);
    assert.match(lines[1] ?? '', /,'@SUM\(1\),/);
    assert.throws(() => exportAuditCsv(as(GHANA), { area: 'KEN' }), { code: 'forbidden' });
    let ghana = '';
    for await (const chunk of exportAuditCsv(as(GHANA), {})) ghana += chunk;
    assert.equal(ghana.trim().split('\n').length, 3);
  });

  test('GET /api/audit and /api/audit/export.csv: 200 for readers, 401 for the public, 403 outside one’s area', async () => {
    const ok = await requestAs(app, ADMIN, '/api/audit?objectType=area&objectId=GH-AA');
    assert.equal(ok.status, 200);
    const page = AuditPageSchema.parse(await ok.json());
    assert.equal(page.total, 2);
    assert.equal((await requestAs(app, PUBLIC, '/api/audit')).status, 401);
    assert.equal((await requestAs(app, STAKEHOLDER, '/api/audit')).status, 403);
    assert.equal((await requestAs(app, GHANA, '/api/audit?area=KEN')).status, 403);
    const mine = (await (await requestAs(app, GHANA, '/api/audit')).json()) as { total: number };
    assert.equal(mine.total, 2);
    assert.equal((await requestAs(app, ADMIN, '/api/audit?evil=1')).status, 400);
    const csv = await requestAs(app, SECRETARIAT, '/api/audit/export.csv?user=ama@moh.gov.gh');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.equal((await csv.text()).trim().split('\n').length, 3);
    assert.equal((await requestAs(app, GHANA, '/api/audit/export.csv?area=KEN')).status, 403);
    assert.equal((await requestAs(app, PUBLIC, '/api/audit/export.csv')).status, 401);
  });

  test('append-only: UPDATE, DELETE and TRUNCATE of audit_event are refused, for the database owner too', async () => {
    const before = await db.query('SELECT * FROM audit_event ORDER BY id');
    for (const sql of [
      `UPDATE audit_event SET actor_label = 'someone else'`,
      `UPDATE audit_event SET after = NULL WHERE action = 'rollback'`,
      'DELETE FROM audit_event',
      `DELETE FROM audit_event WHERE action = 'import'`,
      'TRUNCATE audit_event',
    ]) {
      await assert.rejects(db.exec(sql), sql);
    }
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.exec('DELETE FROM audit_event');
      }),
    );
    assert.deepEqual(await db.query('SELECT * FROM audit_event ORDER BY id'), before);
  });

  test('no route changes a record: every change-route leaves the earlier records as they were', async () => {
    const before = await db.query('SELECT * FROM audit_event ORDER BY id');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/audit', '/api/audit/1', '/api/audit/export.csv']) {
        const res = await requestAs(app, ADMIN, path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        assert.ok([404, 405].includes(res.status), `${method} ${path}: ${res.status}`);
      }
    }
    const spec = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const method of Object.keys(methods).filter((m) => m !== 'get')) {
        const concrete = path.replace(/\{[^}]+\}/g, '1');
        await requestAs(app, ADMIN, concrete, {
          method: method.toUpperCase(),
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
      }
    }
    const now = await db.query('SELECT * FROM audit_event ORDER BY id');
    assert.deepEqual([...now.slice(0, before.length)], [...before]);
    assert.ok(before.length >= 5);
  });
});
