import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { type Ctx, operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { registerDataGuard, type TouchedCell } from '../../platform/db/data-guards.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile } from './import-file.ts';
import { rollbackBatch } from './rollback-batch.ts';

const ghanaManager: Actor = {
  kind: 'user',
  userId: 41,
  email: 'ama@moh.gov.gh',
  name: 'Ama Mensah',
  grants: [{ role: 'data_manager', area: 'GHA' }],
  via: 'session',
};
const stakeholder: Actor = {
  kind: 'user',
  userId: 42,
  email: 'org@example.org',
  name: 'An Organisation',
  grants: [{ role: 'stakeholder', area: null }],
  via: 'session',
};

const csv = (rows: string[]) =>
  new TextEncoder().encode(`measure,area,year,occupation,value\n${rows.join('\n')}\n`);
const GHA = ['stock,GHA,2020,medical-doctors,2500', 'stock,GHA,2021,medical-doctors,2600'];
const KEN = ['stock,KEN,2020,medical-doctors,9000'];

async function state(db: Database) {
  const [r] = await db.query<{ observations: number; batches: number; audits: number; sum: number }>(
    `SELECT (SELECT count(*)::int FROM observation) AS observations,
            (SELECT count(*)::int FROM import_batch) AS batches,
            (SELECT count(*)::int FROM audit_event) AS audits,
            (SELECT coalesce(sum(value), 0)::float8 FROM observation WHERE superseded_by IS NULL) AS sum`,
  );
  return r;
}

async function refusal(work: Promise<unknown>, code: string): Promise<AppError> {
  const err = await work.then(
    () => assert.fail('the work was accepted'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof AppError, String(err));
  assert.equal(err.code, code, err.message);
  return err;
}

describe('imports and rollbacks stay within the actor’s areas', () => {
  let db: Database;
  let operator: Ctx;
  let manager: Ctx;
  before(async () => {
    db = await testDatabase();
    operator = operatorContext(db);
    manager = operatorContext(db, { actor: ghanaManager, requestId: 'req-gha' });
  });
  after(async () => {
    await db.close();
  });

  test('a data manager for Ghana imports a Ghana file, recorded once in the audit trail as them', async () => {
    const report = await importFile(manager, { input: { fileName: 'ghana.csv', bytes: csv(GHA) } });
    assert.equal(report.stored, 2);
    const audits = await db.query<{
      actor_kind: string;
      actor_user_id: number;
      actor_label: string;
      action: string;
      object_id: string;
      area: string | null;
      after: { file: string; sha256: string; stored: number; areas: string[] } | string;
      request_id: string;
    }>("SELECT * FROM audit_event WHERE object_type = 'import_batch'");
    assert.equal(audits.length, 1, 'one record per batch, not per row');
    const [a] = audits;
    assert.ok(a);
    assert.equal(a.actor_kind, 'user');
    assert.equal(a.actor_user_id, 41);
    assert.match(a.actor_label, /Ama Mensah/);
    assert.equal(a.action, 'batch.import');
    assert.equal(a.object_id, String(report.batchId));
    assert.equal(a.area, 'GHA');
    assert.equal(a.request_id, 'req-gha');
    const recorded = typeof a.after === 'string' ? JSON.parse(a.after) : a.after;
    assert.equal(recorded.file, 'ghana.csv');
    assert.equal(recorded.sha256, report.sha256);
    assert.equal(recorded.stored, 2);
    assert.deepEqual(recorded.areas, ['GHA']);
  });

  test('a file with a Kenya row is refused whole, naming the area and its row, and nothing is written', async () => {
    const before = await state(db);
    const err = await refusal(
      importFile(manager, {
        input: { fileName: 'mixed.csv', bytes: csv(['stock,GHA,2019,medical-doctors,2400', ...KEN]) },
      }),
      'forbidden',
    );
    assert.match(err.message, /You may not import data for area KEN$/);
    assert.deepEqual(err.location, { file: 'mixed.csv', row: 3 });
    assert.doesNotMatch(err.message, /GHA/);
    assert.deepEqual(
      err.errors.map((e) => [e.file, e.row]),
      [['mixed.csv', 3]],
    );
    assert.deepEqual(await state(db), before);
  });

  test('a dry run of a foreign file is refused as well', async () => {
    await refusal(
      importFile(manager, { input: { fileName: 'k.csv', bytes: csv(KEN) }, dryRun: true }),
      'forbidden',
    );
  });

  test('rolling back a Kenya batch is refused, and the batch stays', async () => {
    const kenya = await importFile(operator, { input: { fileName: 'kenya.csv', bytes: csv(KEN) } });
    assert.ok(kenya.batchId);
    const before = await state(db);
    const err = await refusal(rollbackBatch(manager, kenya.batchId), 'forbidden');
    assert.match(err.message, /it holds values for area KEN$/);
    assert.deepEqual(err.location, { file: 'kenya.csv', row: 2 });
    assert.match(err.localize('ru').message, /он содержит значения по территории KEN$/);
    assert.deepEqual(await state(db), before);
  });

  test('rolling back its own Ghana batch is allowed and audited with the counts', async () => {
    const own = await importFile(manager, {
      input: { fileName: 'ghana-2019.csv', bytes: csv(['stock,GHA,2019,medical-doctors,2400']) },
    });
    assert.ok(own.batchId);
    const rb = await rollbackBatch(manager, own.batchId);
    assert.deepEqual(rb, { batchId: own.batchId, removed: 1, restored: 0 });
    const [a] = await db.query<{ action: string; actor_user_id: number; after: unknown }>(
      "SELECT action, actor_user_id, after FROM audit_event WHERE action = 'batch.rollback' AND object_id = $1",
      [String(own.batchId)],
    );
    assert.ok(a);
    assert.equal(a.actor_user_id, 41);
    const after = typeof a.after === 'string' ? JSON.parse(a.after) : a.after;
    assert.deepEqual(after, { status: 'rolled_back', removed: 1, restored: 0 });
  });

  test('the public cannot import, and a stakeholder holds no import permission for any area', async () => {
    const publicCtx = operatorContext(db, { actor: { kind: 'public' } });
    await refusal(
      importFile(publicCtx, { input: { fileName: 'g.csv', bytes: csv(GHA) } }),
      'unauthenticated',
    );
    const org = operatorContext(db, { actor: stakeholder });
    await refusal(importFile(org, { input: { fileName: 'g.csv', bytes: csv(GHA) } }), 'forbidden');
    await refusal(rollbackBatch(org, 1), 'forbidden');
  });

  test('a read-only installation refuses imports and rollbacks, even the operator’s', async () => {
    const readOnly = operatorContext(db, { readOnly: true });
    const before = await state(db);
    await refusal(importFile(readOnly, { input: { fileName: 'g.csv', bytes: csv(GHA) } }), 'read_only');
    await refusal(rollbackBatch(readOnly, 1), 'read_only');
    assert.deepEqual(await state(db), before);
  });

  test('a dry run leaves no audit record', async () => {
    const before = await state(db);
    const report = await importFile(manager, {
      input: { fileName: 'ghana.csv', bytes: csv(['stock,GHA,2022,medical-doctors,1']) },
      dryRun: true,
    });
    assert.equal(report.stored, 1);
    assert.deepEqual(await state(db), before);
  });
});

describe('data guards see the cells a change touches, before anything is written', () => {
  let db: Database;
  let ctx: Ctx;
  const seen: Array<{ action: string; touched: readonly TouchedCell[] }> = [];
  let unregister: () => void = () => {};
  before(async () => {
    db = await testDatabase();
    ctx = operatorContext(db);
    unregister = registerDataGuard(async (_tx, touched, action) => {
      seen.push({ action, touched });
      const locked = touched.find((c) => c.area === 'GHA' && c.year === 2020);
      if (locked) {
        throw new AppError('conflict', `Ghana 2020 is locked (${action} of ${locked.source})`);
      }
    });
  });
  afterEach(() => {
    seen.length = 0;
  });
  after(async () => {
    unregister();
    await db.close();
  });

  test('an import touching Ghana 2020 is refused by the guard and writes nothing; the guard saw each cell', async () => {
    const before = await state(db);
    const err = await refusal(
      importFile(ctx, { input: { fileName: 'g.csv', bytes: csv([...GHA, ...KEN]) } }),
      'conflict',
    );
    assert.match(err.message, /Ghana 2020 is locked \(import of USER\)/);
    assert.deepEqual(seen, [
      {
        action: 'import',
        touched: [
          { area: 'GHA', year: 2020, source: 'USER' },
          { area: 'GHA', year: 2021, source: 'USER' },
          { area: 'KEN', year: 2020, source: 'USER' },
        ],
      },
    ]);
    assert.deepEqual(await state(db), before);
  });

  test('other cells import; a revision is checked as revise, and unchanged cells are not passed', async () => {
    const first = await importFile(ctx, {
      input: { fileName: 'a.csv', bytes: csv(['stock,GHA,2021,medical-doctors,2600', ...KEN]) },
    });
    assert.equal(first.stored, 2);
    seen.length = 0;
    const second = await importFile(ctx, {
      input: {
        fileName: 'b.csv',
        bytes: csv(['stock,GHA,2021,medical-doctors,2650', 'stock,GHA,2022,medical-doctors,2700', ...KEN]),
      },
    });
    assert.equal(second.revised, 1);
    assert.equal(second.stored, 1);
    assert.equal(second.unchanged, 1);
    assert.deepEqual(seen, [
      { action: 'import', touched: [{ area: 'GHA', year: 2022, source: 'USER' }] },
      { action: 'revise', touched: [{ area: 'GHA', year: 2021, source: 'USER' }] },
    ]);
  });

  test('a rollback touching Ghana 2020 is refused by the guard, and the batch stays', async () => {
    unregister();
    const locked = await importFile(ctx, {
      input: { fileName: 'c.csv', bytes: csv(['stock,GHA,2020,medical-doctors,2500']) },
    });
    unregister = registerDataGuard(async (_tx, touched, action) => {
      seen.push({ action, touched });
      if (touched.some((c) => c.area === 'GHA' && c.year === 2020)) {
        throw new AppError('conflict', `Ghana 2020 is locked (${action})`);
      }
    });
    assert.ok(locked.batchId);
    const before = await state(db);
    const err = await refusal(rollbackBatch(ctx, locked.batchId), 'conflict');
    assert.match(err.message, /locked \(rollback\)/);
    assert.deepEqual(seen, [{ action: 'rollback', touched: [{ area: 'GHA', year: 2020, source: 'USER' }] }]);
    assert.deepEqual(await state(db), before);
  });
});
