import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Database } from './client.ts';
import { checkDataGuards, registerDataGuard, type TouchedCell } from './data-guards.ts';
import { dataVersion, mutation } from './unit-of-work.ts';

interface AuditRow {
  actor_kind: string;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string;
  area: string | null;
  before: unknown;
  after: unknown;
  comment: string | null;
  request_id: string;
}

describe('mutation: one transaction, the write lock, the audit record, the data version', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  const audits = (id: string) =>
    db.query<AuditRow & Record<string, unknown>>(
      'SELECT * FROM audit_event WHERE object_id = $1 ORDER BY id',
      [id],
    );

  test('a change and its audit record commit together, naming who, when and the request', async () => {
    const at = new Date('2026-03-04T05:06:07Z');
    const ctx = {
      ...operatorContext(db, { requestId: 'req-1', now: () => at }),
      actor: {
        kind: 'user' as const,
        userId: 42,
        email: 'ama@moh.gov.gh',
        name: 'Ama Mensah',
        grants: [{ role: 'data_manager' as const, area: 'GHA' }],
        via: 'session' as const,
      },
    };
    const v0 = await dataVersion(db);
    const out = await mutation(ctx, 'test.rename', async (tx) => {
      await tx.query("UPDATE area SET name = 'Ghana (test)' WHERE code = 'GHA'");
      await tx.audit({
        action: 'area.update',
        objectType: 'area',
        objectId: 'GHA-T1',
        area: 'GHA',
        before: { name: 'Ghana' },
        after: { name: 'Ghana (test)', note: 'quotes " and \\ kept' },
        comment: 'checked',
      });
      return 'done';
    });
    assert.equal(out, 'done');
    assert.ok((await dataVersion(db)) > v0);
    const [row] = await audits('GHA-T1');
    assert.ok(row);
    assert.equal(row.actor_kind, 'user');
    assert.equal(row.actor_user_id, 42);
    assert.equal(row.actor_label, 'Ama Mensah <ama@moh.gov.gh>');
    assert.equal(row.area, 'GHA');
    assert.deepEqual(row.before, { name: 'Ghana' });
    assert.deepEqual(row.after, { name: 'Ghana (test)', note: 'quotes " and \\ kept' });
    assert.equal(row.request_id, 'req-1');
    const [when] = await db.query<{ at: string }>(
      "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS at FROM audit_event WHERE object_id = 'GHA-T1'",
    );
    assert.equal(when?.at, '2026-03-04 05:06:07');
    const [name] = await db.query<{ name: string }>("SELECT name FROM area WHERE code = 'GHA'");
    assert.equal(name?.name, 'Ghana (test)');
    await db.query("UPDATE area SET name = 'Ghana' WHERE code = 'GHA'");
  });

  test('a failure rolls back the change, its audit record and the version bump', async () => {
    const v0 = await dataVersion(db);
    await assert.rejects(
      mutation(operatorContext(db), 'test.fail', async (tx) => {
        await tx.query("UPDATE area SET name = 'Kenya (lost)' WHERE code = 'KEN'");
        await tx.audit({ action: 'area.update', objectType: 'area', objectId: 'KEN-T2' });
        throw new AppError('conflict', 'refused on purpose');
      }),
      /refused on purpose/,
    );
    assert.equal((await audits('KEN-T2')).length, 0);
    assert.equal(await dataVersion(db), v0);
    const [name] = await db.query<{ name: string }>("SELECT name FROM area WHERE code = 'KEN'");
    assert.equal(name?.name, 'Kenya');
  });

  test('a dry run returns what the change would do and keeps nothing', async () => {
    const v0 = await dataVersion(db);
    const out = await mutation(
      operatorContext(db),
      'test.dry',
      async (tx) => {
        await tx.query("UPDATE area SET name = 'Kenya (dry)' WHERE code = 'KEN'");
        await tx.audit({ action: 'area.update', objectType: 'area', objectId: 'KEN-T3' });
        const [r] = await tx.query<{ name: string }>("SELECT name FROM area WHERE code = 'KEN'");
        return r?.name;
      },
      { dryRun: true },
    );
    assert.equal(out, 'Kenya (dry)');
    assert.equal((await audits('KEN-T3')).length, 0);
    assert.equal(await dataVersion(db), v0);
    const [name] = await db.query<{ name: string }>("SELECT name FROM area WHERE code = 'KEN'");
    assert.equal(name?.name, 'Kenya');
  });

  test('read-only refuses every mutation before it starts', async () => {
    let ran = false;
    await assert.rejects(
      mutation(operatorContext(db, { readOnly: true }), 'areas.add', async () => {
        ran = true;
      }),
      (e: unknown) => e instanceof AppError && e.code === 'read_only' && /areas\.add/.test(e.message),
    );
    assert.equal(ran, false);
  });

  test('the operator is recorded as such', async () => {
    await mutation(operatorContext(db), 'test.operator', (tx) =>
      tx.audit({ action: 'test', objectType: 'thing', objectId: 'OP-T4' }),
    );
    const [row] = await audits('OP-T4');
    assert.equal(row?.actor_kind, 'operator');
    assert.match(row?.actor_label ?? '', /^operator .+@.+/);
    assert.equal(row?.actor_user_id, null);
  });

  test('the audit trail is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await mutation(operatorContext(db), 'test.keep', (tx) =>
      tx.audit({ action: 'test', objectType: 'thing', objectId: 'KEEP-T5' }),
    );
    await assert.rejects(
      db.query("UPDATE audit_event SET comment = 'x' WHERE object_id = 'KEEP-T5'"),
      /append-only/,
    );
    await assert.rejects(db.query("DELETE FROM audit_event WHERE object_id = 'KEEP-T5'"), /append-only/);
    await assert.rejects(db.exec('TRUNCATE audit_event'), /append-only/);
    assert.equal((await audits('KEEP-T5')).length, 1);
  });

  test('a change of data made outside mutation() moves the data version too', async () => {
    const v0 = await dataVersion(db);
    await db.query("UPDATE area SET name = name WHERE code = 'GHA'");
    assert.ok((await dataVersion(db)) > v0);
  });

  test('concurrent mutations are serialised by the write lock', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let entered: () => void = () => {};
    const firstIn = new Promise<void>((r) => {
      entered = r;
    });
    const first = mutation(operatorContext(db), 'test.first', async () => {
      order.push('first start');
      entered();
      await held;
      order.push('first end');
    });
    await firstIn;
    const second = mutation(operatorContext(db), 'test.second', async () => {
      order.push('second');
    });
    await new Promise((r) => setTimeout(r, 100));
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['first start', 'first end', 'second']);
  });
});

describe('data guards', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('a registered guard sees the cells and can refuse the change; unregistered, it is gone', async () => {
    const seen: Array<{ touched: readonly TouchedCell[]; action: string }> = [];
    const unregister = registerDataGuard(async (_tx, touched, action) => {
      seen.push({ touched, action });
      if (touched.some((t) => t.area === 'GHA' && t.year === 2020)) {
        throw new AppError('conflict', 'GHA 2020 is approved');
      }
    });
    const cells = [{ area: 'GHA', year: 2020, source: 'WHO.GHO' }];
    try {
      await assert.rejects(
        mutation(operatorContext(db), 'test.import', (tx) => checkDataGuards(tx, cells, 'import')),
        /GHA 2020 is approved/,
      );
      await mutation(operatorContext(db), 'test.import', (tx) =>
        checkDataGuards(tx, [{ area: 'KEN', year: 2020, source: null }], 'rollback'),
      );
      assert.deepEqual(
        seen.map((s) => s.action),
        ['import', 'rollback'],
      );
      assert.deepEqual(seen[0]?.touched, cells);
    } finally {
      unregister();
    }
    await mutation(operatorContext(db), 'test.import', (tx) => checkDataGuards(tx, cells, 'import'));
    assert.equal(seen.length, 2);
  });
});
