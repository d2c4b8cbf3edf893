import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import { operatorContext } from '../../platform/context.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { applyToRegister } from './apply.ts';
import { BANK_PATH } from './bank.ts';
import { fileAppeal } from './file-appeal.ts';
import { fileComplaint } from './file-complaint.ts';
import type { Complaint, Organisation, OrganisationList, QuestionBank, Queue, Register } from './schemas.ts';
import { startAttempt } from './start-attempt.ts';
import { submitAttempt } from './submit-attempt.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-recruiters-cli-');
const dataDir = process.env.HWMO_DATA_DIR as string;

const json = <T>(r: { code: number; out: string; err: string }): T => {
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
};

/** Runs use cases on the CLI's database between two commands, as the web pages would. */
async function inDatabase<T>(fn: (ctx: ReturnType<typeof operatorContext>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    return await fn(operatorContext(db));
  } finally {
    await db.close();
  }
}

const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
const correct = new Map(bank.questions.map((q) => [q.id, q.correct]));

describe('hwmo recruiters', () => {
  let id = 0;
  before(async () => {
    const settings = json<Register>(await hwmo('recruiters', 'settings', 'gbr', '--json'));
    assert.deepEqual(
      [settings.questionsPerTest, settings.passMark, settings.attempts, settings.waitMonths],
      [15, 13, 3, 3],
    );
    id = await inDatabase(async (ctx) => {
      const applied = await applyToRegister(ctx, {
        register: 'GBR',
        kind: 'agency',
        name: 'Northern Care Staffing',
        legalEntity: 'Northern Care Staffing Ltd',
        countries: ['PHL', 'IND'],
        associatedBusinesses: [],
        referees: [{ name: 'A Referee', organisation: 'An NHS Trust', email: 'referee@nhs.example.org' }],
        commitsToCode: true,
        chargesNoFees: true,
        client: { address: '127.0.0.1', userAgent: null },
      });
      const org = applied.organisation.id;
      const attempt = await startAttempt(ctx, org);
      await submitAttempt(ctx, {
        organisationId: org,
        attemptId: attempt.id,
        answers: Object.fromEntries(attempt.questions.map((q) => [q.id, correct.get(q.id) ?? 0])),
      });
      return org;
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the reviewer lists, decides a complaint and an appeal; list and show tell the dated history', async () => {
    const queue = json<Queue>(await hwmo('recruiters', 'queue', 'GBR', '--json'));
    assert.deepEqual(
      queue.applications.map((o) => [o.id, o.status]),
      [[id, 'test_passed']],
    );
    const table = await hwmo('recruiters', 'queue', 'GBR');
    assert.match(
      table.out,
      /Northern Care Staffing\s+│ Northern Care Staffing Ltd\s+│ agency\s+│ test passed/,
    );

    const listed = json<Organisation>(
      await hwmo('recruiters', 'review', String(id), 'list', '--note', 'References checked', '--json'),
    );
    assert.equal(listed.status, 'listed');

    const receipt = await inDatabase((ctx) =>
      fileComplaint(ctx, {
        organisationId: id,
        complainantKind: 'health_worker',
        anonymous: true,
        facts: 'I was asked to pay a placement fee of 1,500 dollars.',
      }),
    );
    const [complaint] = json<Queue>(await hwmo('recruiters', 'queue', 'GBR', '--json')).complaints;
    assert.equal(complaint?.reference, receipt.reference);
    const complaintId = String(complaint?.id);
    const early = await hwmo('recruiters', 'complaint', complaintId, 'suspension', '--note', 'Fee');
    assert.equal(early.code, 5, early.out);
    assert.match(early.err, /investigat/i);
    assert.equal(
      json<Complaint>(await hwmo('recruiters', 'complaint', complaintId, 'investigate', '--json')).status,
      'investigating',
    );
    const suspended = await hwmo(
      'recruiters',
      'complaint',
      complaintId,
      'suspension',
      '--note',
      'The fee was charged.',
    );
    assert.equal(suspended.code, 0, suspended.err);
    assert.match(suspended.out, new RegExp(`${receipt.reference}.*suspension`));

    const appealed = await inDatabase((ctx) =>
      fileAppeal(ctx, {
        organisationId: id,
        complaintId: Number(complaintId),
        statement: 'The fee was charged by a former sub-contractor and has been refunded.',
      }),
    );
    const appealId = appealed.details?.complaints[0]?.appeal?.id;
    assert.ok(appealId);
    const noNote = await hwmo('recruiters', 'appeal', String(appealId), 'upheld');
    assert.notEqual(noNote.code, 0);
    const reinstated = json<Organisation>(
      await hwmo('recruiters', 'appeal', String(appealId), 'upheld', '--note', 'Refund shown.', '--json'),
    );
    assert.equal(reinstated.status, 'listed');

    // A warning, lifted by the reviewer without an appeal.
    const second = await inDatabase((ctx) =>
      fileComplaint(ctx, {
        organisationId: id,
        complainantKind: 'employer',
        anonymous: true,
        facts: 'Candidates were not told of the repayment clause.',
      }),
    );
    const secondId = String(
      json<Queue>(await hwmo('recruiters', 'queue', 'GBR', '--json')).complaints.find(
        (c) => c.reference === second.reference,
      )?.id,
    );
    assert.equal((await hwmo('recruiters', 'complaint', secondId, 'investigate')).code, 0);
    const warned = await hwmo('recruiters', 'complaint', secondId, 'warning', '--note', 'Clause not shown.');
    assert.equal(warned.code, 0, warned.err);
    const lifted = json<Organisation>(
      await hwmo('recruiters', 'reinstate', String(id), '--note', 'Contracts now show it.', '--json'),
    );
    assert.equal(lifted.status, 'listed');

    const shown = await hwmo('recruiters', 'show', String(id));
    assert.equal(shown.code, 0, shown.err);
    for (const step of ['apply', 'pass test', 'list', 'suspend', 'reinstate', 'warn'])
      assert.match(shown.out, new RegExp(`│ ${step}\\s+│`), step);
    const list = json<OrganisationList>(
      await hwmo('recruiters', 'list', 'GBR', '--status', 'listed', '--json'),
    );
    assert.deepEqual(
      list.organisations.map((o) => [o.name, o.history.map((h) => h.step)]),
      [
        [
          'Northern Care Staffing',
          ['apply', 'pass_test', 'list', 'suspend', 'reinstate', 'warn', 'reinstate'],
        ],
      ],
    );
  });

  test('an unknown organisation or register is named, with its exit code', async () => {
    const missing = await hwmo('recruiters', 'review', '2147483000', 'list');
    assert.equal(missing.code, 4, missing.err);
    assert.match(missing.err, /2147483000/);
    const register = await hwmo('recruiters', 'queue', 'KEN');
    assert.equal(register.code, 4, register.err);
    assert.match(register.err, /hwmo recruiters settings/);
    const bad = await hwmo('recruiters', 'review', '1', 'approve');
    assert.notEqual(bad.code, 0);
  });
});
