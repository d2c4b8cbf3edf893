import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import type { Actor, Role } from '../../platform/auth/actor.ts';
import { type Ctx, operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { checkDataGuards, registerDataGuard, type TouchedCell } from '../../platform/db/data-guards.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { actOnApproval, approvalLock, listApprovals, profileApprovals } from './index.ts';

/** A jsonb column as either driver returns it. */
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as { state?: string };

let nextId = 1;
function user(name: string, role: Role, area: string | null): Actor {
  const id = nextId++;
  return {
    kind: 'user',
    userId: id,
    email: `user${id}@example.org`,
    name,
    grants: [{ role, area }],
    via: 'session',
  };
}

const amaApprover = user('Ama Mensah', 'data_approver', 'GHA');
const kofiManager = user('Kofi Boateng', 'data_manager', 'GHA');
const kenyaApprover = user('Wanjiru Kamau', 'data_approver', 'KEN');
const ghanaAuthority = user('Efua Owusu', 'national_authority', 'GHA');

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => assert.fail('was not refused'),
    (err: unknown) => err,
  );
  assert.ok(e instanceof AppError, String(e));
  return e;
}

/** Stores current values as an import would: one batch at `at`, one value per occupation given. */
async function store(
  db: Database,
  at: Date,
  cells: Array<[area: string, year: number, source: string, occ: string]>,
) {
  const [b] = await db.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, status, created_at, rows_read, stored,
                               revised, unchanged, skipped)
     VALUES ('t.csv', 'x', 1, 'hwmo-template', 'committed', $1, $2, $2, 0, 0, 0) RETURNING id`,
    [at.toISOString(), cells.length],
  );
  const batch = Number(b?.id);
  for (const [i, [area, year, source, occupation]] of cells.entries()) {
    await db.query(
      `UPDATE observation SET superseded_by = $1
        WHERE superseded_by IS NULL AND measure = 'stock' AND area = $2 AND year = $3 AND occupation = $4
          AND source = $5`,
      [batch, area, year, occupation, source],
    );
    await db.query(
      `INSERT INTO observation (source, measure, area, year, occupation, sex, age, partner, partner_basis, value,
                                batch_id, source_row)
       VALUES ($1, 'stock', $2, $3, $4, '_T', '_T', '_Z', '_Z', 100, $5, $6)`,
      [source, area, year, occupation, batch, i + 2],
    );
  }
  return batch;
}

describe('data approval', () => {
  let db: Database;
  let unregister: () => void;
  const as = (actor: Actor): Ctx => ({ ...operatorContext(db), actor });
  const audit = (objectId: string) =>
    db.query<{
      action: string;
      actor_label: string;
      before: unknown;
      after: unknown;
      comment: string | null;
    }>(
      'SELECT action, actor_label, before, after, comment FROM audit_event WHERE object_id = $1 ORDER BY id',
      [objectId],
    );
  const cell = (area: string, year: number, source: string | null): TouchedCell => ({ area, year, source });
  const guarded = (ctx: Ctx, cells: TouchedCell[], action: 'import' | 'revise' | 'rollback') =>
    mutation(ctx, 'test.write', async (tx) => {
      await tx.query("UPDATE app_meta SET value = '1'::jsonb WHERE key = 'approvals-test'");
      await checkDataGuards(tx, cells, action);
      await tx.query(
        "INSERT INTO app_meta (key, value) VALUES ('approvals-test', '1'::jsonb) ON CONFLICT (key) DO NOTHING",
      );
    });
  const written = async () => (await db.query("SELECT 1 FROM app_meta WHERE key = 'approvals-test'")).length;

  before(async () => {
    db = await testDatabase();
    unregister = registerDataGuard(approvalLock);
    await store(db, new Date(Date.now() - 60_000), [
      ['GHA', 2020, 'USER', 'medical-doctors'],
      ['GHA', 2020, 'WHO.GHO', 'nursing-personnel'],
      ['GHA', 2019, 'USER', 'medical-doctors'],
      ['KEN', 2020, 'USER', 'medical-doctors'],
    ]);
  });
  after(async () => {
    unregister();
    await db.close();
  });

  test('every country and year with data is listed, not submitted, with its values', async () => {
    const { units } = await listApprovals(as({ kind: 'public' }), { area: 'GHA' });
    assert.deepEqual(
      units.map((u) => [u.year, u.source, u.state, u.observations, u.changesSince]),
      [
        [2020, null, 'not_submitted', 2, null],
        [2019, null, 'not_submitted', 1, null],
      ],
    );
    assert.deepEqual(units[0]?.may, { submit: false, decide: false });
    const mine = await listApprovals(as(kofiManager), { area: 'GHA', year: 2020 });
    assert.deepEqual(mine.units[0]?.may, { submit: true, decide: false });
  });

  test('approving what was not submitted is refused, naming the state', async () => {
    const e = await errorOf(actOnApproval(as(amaApprover), { area: 'GHA', year: 2020, action: 'approve' }));
    assert.equal(e.code, 'invalid_state_transition');
    assert.match(e.message, /^Ghana 2020 \(all datasets\) is not submitted/);
  });

  test('a data manager submits but cannot approve; an approver of another country cannot decide', async () => {
    const submitted = await actOnApproval(as(kofiManager), { area: 'GHA', year: 2020, action: 'submit' });
    assert.equal(submitted.state, 'submitted');
    assert.equal(submitted.submitted?.name, 'Kofi Boateng');
    assert.equal(submitted.submitted?.role, 'data_manager');
    assert.equal(submitted.changesSince, 0);
    assert.equal(
      (await errorOf(actOnApproval(as(kofiManager), { area: 'GHA', year: 2020, action: 'approve' }))).code,
      'forbidden',
    );
    assert.equal(
      (await errorOf(actOnApproval(as(kenyaApprover), { area: 'GHA', year: 2020, action: 'approve' }))).code,
      'forbidden',
    );
    assert.equal(
      (await errorOf(actOnApproval(as({ kind: 'public' }), { area: 'GHA', year: 2020, action: 'submit' })))
        .code,
      'unauthenticated',
    );
  });

  test('returning needs a comment; returned data is submitted again, then approved', async () => {
    const e = await errorOf(actOnApproval(as(amaApprover), { area: 'GHA', year: 2020, action: 'return' }));
    assert.equal(e.code, 'invalid_input');
    const returned = await actOnApproval(as(amaApprover), {
      area: 'GHA',
      year: 2020,
      action: 'return',
      comment: 'Nurses <b>missing</b> for 2020',
    });
    assert.equal(returned.state, 'returned');
    assert.equal(returned.comment, 'Nurses <b>missing</b> for 2020');
    await actOnApproval(as(kofiManager), { area: 'GHA', year: 2020, action: 'submit' });
    const approved = await actOnApproval(as(amaApprover), { area: 'GHA', year: 2020, action: 'approve' });
    assert.equal(approved.state, 'approved');
    assert.deepEqual([approved.approved?.name, approved.approved?.role], ['Ama Mensah', 'data_approver']);
    const trail = await audit('GHA/2020/*');
    assert.deepEqual(
      trail.map((a) => [a.action, json(a.before).state, json(a.after).state]),
      [
        ['approval.submit', 'not_submitted', 'submitted'],
        ['approval.return', 'submitted', 'returned'],
        ['approval.submit', 'returned', 'submitted'],
        ['approval.approve', 'submitted', 'approved'],
      ],
    );
    assert.equal(trail[1]?.comment, 'Nurses <b>missing</b> for 2020');
    assert.match(trail[3]?.actor_label ?? '', /Ama Mensah/);
  });

  test('approved data is locked against imports, revisions and rollbacks, naming who approved it', async () => {
    for (const action of ['import', 'revise', 'rollback'] as const) {
      const e = await errorOf(
        guarded(as(kofiManager), [cell('KEN', 2020, 'USER'), cell('GHA', 2020, 'USER')], action),
      );
      assert.equal(e.code, 'data_locked');
      assert.match(
        e.message,
        /^Ghana 2020 \(all datasets\) was approved by Ama Mensah, data approver, on \d{1,2} [A-Z][a-z]{2} \d{4}; ask a data approver to unapprove it first\.$/,
      );
      assert.match(e.detail ?? '', /Nothing was written/);
    }
    assert.equal(await written(), 0, 'a refused write wrote');
    await guarded(as(kofiManager), [cell('KEN', 2020, 'USER'), cell('GHA', 2019, 'USER')], 'import');
    assert.equal(await written(), 1);
    const { units } = await listApprovals(as({ kind: 'public' }), { area: 'GHA', year: 2020 });
    assert.equal(units[0]?.approved?.name, null, 'the public sees roles, not names');
    assert.equal(units[0]?.approved?.role, 'data_approver');
  });

  test('the profile says who approved, by role', async () => {
    const approvals = await profileApprovals(db, 'gha');
    assert.deepEqual(
      approvals.map((a) => [a.year, a.source, a.role]),
      [[2020, null, 'data_approver']],
    );
    assert.deepEqual(await profileApprovals(db, 'KEN'), []);
  });

  test('unapproving needs a comment and unlocks; the values changed since the approval are counted', async () => {
    const e = await errorOf(
      actOnApproval(as(amaApprover), { area: 'GHA', year: 2020, action: 'unapprove', comment: ' ' }),
    );
    assert.equal(e.code, 'invalid_input');
    assert.equal(
      (await errorOf(actOnApproval(as(amaApprover), { area: 'GHA', year: 2020, action: 'submit' }))).code,
      'forbidden',
    );
    const unapproved = await actOnApproval(as(ghanaAuthority), {
      area: 'GHA',
      year: 2020,
      action: 'unapprove',
      comment: 'Revised census',
    });
    assert.equal(unapproved.state, 'unapproved');
    assert.equal(unapproved.changesSince, 0);
    await guarded(as(kofiManager), [cell('GHA', 2020, 'USER')], 'revise');
    await store(db, new Date(), [
      ['GHA', 2020, 'USER', 'medical-doctors'],
      ['GHA', 2020, 'USER', 'dentists'],
      ['GHA', 2019, 'USER', 'dentists'],
    ]);
    const { units } = await listApprovals(as(kofiManager), { area: 'GHA', year: 2020 });
    assert.equal(units[0]?.observations, 3);
    assert.equal(units[0]?.changesSince, 2);
    assert.equal(units[0]?.approved?.name, 'Ama Mensah', 'the last approval is kept after unapproval');
    const resubmitted = await actOnApproval(as(ghanaAuthority), {
      area: 'GHA',
      year: 2020,
      action: 'submit',
    });
    assert.equal(resubmitted.changesSince, 0);
    assert.equal(resubmitted.submitted?.role, 'national_authority');
  });

  test('a dataset is approved apart from the others: its lock holds only its own values', async () => {
    await actOnApproval(operatorContext(db), { area: 'KEN', year: 2020, source: 'USER', action: 'submit' });
    const approved = await actOnApproval(operatorContext(db), {
      area: 'KEN',
      year: 2020,
      source: 'USER',
      action: 'approve',
    });
    assert.equal(approved.source, 'USER');
    assert.equal(approved.approved?.role, 'operator');
    const e = await errorOf(guarded(as(kofiManager), [cell('KEN', 2020, 'USER')], 'import'));
    assert.match(e.message, /^Kenya 2020 \(dataset USER\) was approved by operator \S+ on /);
    await guarded(as(kofiManager), [cell('KEN', 2020, 'WHO.GHO')], 'import');
    const { units } = await listApprovals(as({ kind: 'public' }), { area: 'KEN', state: 'approved' });
    assert.deepEqual(
      units.map((u) => [u.year, u.source]),
      [[2020, 'USER']],
    );
    const notSubmitted = await listApprovals(as({ kind: 'public' }), { area: 'KEN', state: 'not_submitted' });
    assert.deepEqual(
      notSubmitted.units.map((u) => [u.year, u.source]),
      [[2020, null]],
    );
  });

  test('an unknown country or dataset is refused', async () => {
    assert.equal(
      (await errorOf(actOnApproval(operatorContext(db), { area: 'XXX', year: 2020, action: 'submit' }))).code,
      'not_found',
    );
    assert.equal(
      (
        await errorOf(
          actOnApproval(operatorContext(db), { area: 'GHA', year: 2020, source: 'NOPE', action: 'submit' }),
        )
      ).code,
      'invalid_input',
    );
  });
});
