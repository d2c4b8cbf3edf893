import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import type { AuditPage } from '../audit/schemas.ts';
import { BANK_PATH } from './bank.ts';
import type {
  ApplicationResult,
  AttemptResult,
  Complaint,
  ComplaintFollow,
  ComplaintReceipt,
  Organisation,
  OrganisationList,
  QuestionBank,
  Queue,
  StartedAttempt,
} from './schemas.ts';
import { startAttempt } from './start-attempt.ts';
import { submitAttempt } from './submit-attempt.ts';

const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
const correct = new Map(bank.questions.map((q) => [q.id, { correct: q.correct, n: q.options.length }]));

/** The answers to an attempt: right for the first `right` questions, wrong for the others. */
function answers(attempt: StartedAttempt, right: number): Record<string, number> {
  return Object.fromEntries(
    attempt.questions.map((q, i) => {
      const c = correct.get(q.id);
      assert.ok(c, q.id);
      return [q.id, i < right ? c.correct : (c.correct + 1) % c.n];
    }),
  );
}

const secretariat = userActor('secretariat');
const authorityGbr = userActor('national_authority', 'GBR');
const authorityKen = userActor('national_authority', 'KEN');

export function application(name: string, email?: string) {
  return {
    register: 'GBR',
    kind: 'agency',
    name,
    legalEntity: `${name} Ltd`,
    registrationNumber: '01234567',
    countries: ['GBR', 'PHL', 'ind'],
    associatedBusinesses: [{ name: `${name} Training`, relationship: 'subsidiary' }],
    referees: [{ name: 'Jane Referee', organisation: 'An NHS Trust', email: 'jane.referee@nhs.example.org' }],
    commitsToCode: true,
    chargesNoFees: true,
    ...(email
      ? { account: { email, name: `Applicant of ${name}`, password: 'a long enough passphrase 42' } }
      : {}),
  };
}

/** The user an application created, as an actor. */
function memberOf(result: ApplicationResult): Actor {
  const user = result.session?.user;
  assert.ok(user);
  return { kind: 'user', userId: user.id, email: user.email, name: user.name, grants: [], via: 'session' };
}

describe('the recruiters’ register over HTTP', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    const opened = await requestAs(app, OPERATOR, '/api/recruiters/registers/GBR', jsonBody({}, 'PUT'));
    assert.equal(opened.status, 200, await opened.clone().text());
  });
  after(async () => {
    await db.close();
  });

  const send = async <T>(actor: Actor, path: string, body?: unknown, status = 200, method = 'POST') => {
    const init = method === 'GET' ? {} : body === null ? { method } : jsonBody(body ?? {}, method);
    const res = await requestAs(app, actor, path, init);
    const text = await res.text();
    assert.equal(res.status, status, `${method} ${path}: ${text}`);
    return JSON.parse(text) as T;
  };
  const get = <T>(actor: Actor, path: string, status = 200) => send<T>(actor, path, undefined, status, 'GET');

  async function apply(name: string, email: string) {
    const result = await send<ApplicationResult>(
      PUBLIC_ACTOR,
      '/api/recruiters/organisations',
      application(name, email),
      201,
    );
    return { result, member: memberOf(result), id: result.organisation.id };
  }

  test('apply, fail twice, pass, listed, complaint, suspension, appeal, reinstatement, each step audited', async () => {
    const { result, member, id } = await apply(
      'Ethical Care Recruitment',
      'applicant@ethical-care.example.org',
    );
    assert.equal(result.organisation.status, 'applied');
    assert.deepEqual(result.organisation.countries, ['GBR', 'PHL', 'IND']);
    assert.ok(result.session?.csrfToken);
    assert.equal(result.organisation.may.act, true);
    // Not on the public register yet.
    await get(PUBLIC_ACTOR, `/api/recruiters/organisations/${id}`, 404);

    for (const round of [1, 2]) {
      const attempt = await send<StartedAttempt>(
        member,
        `/api/recruiters/organisations/${id}/attempts`,
        null,
        201,
      );
      assert.equal(attempt.questions.length, 15);
      assert.equal(attempt.passMark, 13);
      assert.ok(!JSON.stringify(attempt).includes('"correct"'), 'the answers are not sent');
      const again = await send<StartedAttempt>(
        member,
        `/api/recruiters/organisations/${id}/attempts`,
        null,
        201,
      );
      assert.equal(again.id, attempt.id, 'an open attempt is answered again');
      const scored = await send<AttemptResult>(
        member,
        `/api/recruiters/organisations/${id}/attempts/${attempt.id}/submit`,
        { answers: answers(attempt, 12) },
      );
      assert.deepEqual([scored.attempt.score, scored.attempt.passed], [12, false]);
      assert.equal(scored.standing.remaining, 3 - round);
    }
    const third = await send<StartedAttempt>(
      member,
      `/api/recruiters/organisations/${id}/attempts`,
      null,
      201,
    );
    const passed = await send<AttemptResult>(
      member,
      `/api/recruiters/organisations/${id}/attempts/${third.id}/submit`,
      { answers: answers(third, 13) },
    );
    assert.deepEqual([passed.attempt.score, passed.attempt.passed], [13, true]);
    assert.equal(passed.organisation.status, 'test_passed');

    const queue = await get<Queue>(authorityGbr, '/api/recruiters/registers/GBR/queue');
    assert.deepEqual(
      queue.applications.map((o) => o.id),
      [id],
    );
    await send(authorityKen, `/api/recruiters/organisations/${id}/review`, { decision: 'list' }, 403);
    const listed = await send<Organisation>(authorityGbr, `/api/recruiters/organisations/${id}/review`, {
      decision: 'list',
      note: 'References checked.',
    });
    assert.equal(listed.status, 'listed');
    assert.equal(listed.reconfirmation.state, 'current');

    const register = await get<OrganisationList>(
      PUBLIC_ACTOR,
      '/api/recruiters/organisations?register=gbr&q=ethical',
    );
    const shown = register.organisations.find((o) => o.id === id);
    assert.equal(shown?.status, 'listed');
    assert.equal(shown?.details, null, 'the public sees no declarations');
    assert.deepEqual(
      shown?.history.map((h) => h.step),
      ['apply', 'pass_test', 'list'],
    );

    const receipt = await send<ComplaintReceipt>(
      PUBLIC_ACTOR,
      '/api/recruiters/complaints',
      {
        organisationId: id,
        complainantKind: 'health_worker',
        name: 'Grace Nurse',
        contact: 'grace@example.org',
        occurredOn: '2025-03-01',
        facts: 'I was asked to pay a fee of 2,000 dollars to be put forward for a job.',
      },
      201,
    );
    assert.match(receipt.reference, /^RC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const followed = await get<ComplaintFollow>(
      PUBLIC_ACTOR,
      `/api/recruiters/complaints/${receipt.reference.toLowerCase()}`,
    );
    assert.equal(followed.status, 'received');
    assert.ok(!JSON.stringify(followed).includes('fee of 2,000'), 'following shows no content');

    const inQueue = (await get<Queue>(secretariat, '/api/recruiters/registers/GBR/queue')).complaints;
    const complaint = inQueue.find((c) => c.reference === receipt.reference);
    assert.equal(complaint?.complainantContact, 'grace@example.org');
    assert.ok(complaint);
    await send(
      secretariat,
      `/api/recruiters/complaints/${complaint.id}/actions`,
      { action: 'suspension', note: 'x' },
      409,
    );
    await send<Complaint>(secretariat, `/api/recruiters/complaints/${complaint.id}/actions`, {
      action: 'investigate',
    });
    await send(
      secretariat,
      `/api/recruiters/complaints/${complaint.id}/actions`,
      { action: 'suspension' },
      400,
    );
    const decided = await send<Complaint>(secretariat, `/api/recruiters/complaints/${complaint.id}/actions`, {
      action: 'suspension',
      note: 'A fee was asked of a candidate.',
    });
    assert.equal(decided.status, 'suspension');
    assert.equal(
      (await get<Organisation>(PUBLIC_ACTOR, `/api/recruiters/organisations/${id}`)).status,
      'suspended',
    );

    const mine = await get<OrganisationList>(member, '/api/recruiters/mine');
    const seen = mine.organisations[0]?.details?.complaints[0];
    assert.equal(seen?.reference, receipt.reference);
    assert.equal(seen?.complainantContact, null, 'the organisation does not see who complained');
    assert.equal(seen?.complainantName, null);
    const appealed = await send<Organisation>(
      member,
      `/api/recruiters/organisations/${id}/appeals`,
      { complaintId: complaint.id, statement: 'The fee was asked by someone who does not work for us.' },
      201,
    );
    const appeal = appealed.details?.complaints[0]?.appeal;
    assert.equal(appeal?.status, 'filed');
    assert.ok(appeal);
    await send(
      member,
      `/api/recruiters/organisations/${id}/appeals`,
      { complaintId: complaint.id, statement: 'A second appeal on the same complaint.' },
      409,
    );
    const reinstated = await send<Organisation>(secretariat, `/api/recruiters/appeals/${appeal.id}/decide`, {
      decision: 'upheld',
      note: 'The person who asked for the fee was not acting for the agency.',
    });
    assert.equal(reinstated.status, 'listed');
    assert.deepEqual(
      reinstated.history.map((h) => h.step),
      ['apply', 'pass_test', 'list', 'suspend', 'reinstate'],
    );
    const finally_ = await get<ComplaintFollow>(
      PUBLIC_ACTOR,
      `/api/recruiters/complaints/${receipt.reference}`,
    );
    assert.deepEqual(
      [finally_.status, finally_.appeal, finally_.steps.map((s) => s.status)],
      ['suspension', 'upheld', ['received', 'investigating', 'suspension']],
    );

    const audit = async (q: string) =>
      (await get<AuditPage>(userActor('admin'), `/api/audit?${q}&limit=100`)).items
        .map((e) => e.action)
        .reverse();
    assert.deepEqual(await audit(`objectType=recruiter_organisation&objectId=${id}`), [
      'recruiters.apply',
      'recruiters.attempt.start',
      'recruiters.attempt.submit',
      'recruiters.attempt.start',
      'recruiters.attempt.submit',
      'recruiters.attempt.start',
      'recruiters.attempt.submit',
      'recruiters.list',
      'recruiters.suspend',
      'recruiters.reinstate',
    ]);
    assert.deepEqual(await audit(`objectType=recruiter_complaint&objectId=${complaint.id}`), [
      'recruiters.complaint.file',
      'recruiters.complaint.investigate',
      'recruiters.complaint.suspension',
    ]);
    assert.deepEqual(await audit(`objectType=recruiter_appeal&objectId=${appeal.id}`), [
      'recruiters.appeal.file',
      'recruiters.appeal.upheld',
    ]);
    const complaintAudit = JSON.stringify(
      await get<AuditPage>(userActor('admin'), '/api/audit?objectType=recruiter_complaint'),
    );
    assert.ok(
      !complaintAudit.includes('grace@example.org'),
      'the complainant’s contact stays out of the trail',
    );
  });

  test('a reviewer warns, then lifts the warning with written reasons, without an appeal', async () => {
    // Applied by the operator (who acts for any organisation), so that no account is registered from this address.
    const applied = await send<ApplicationResult>(
      OPERATOR,
      '/api/recruiters/organisations',
      application('Warned Staffing'),
      201,
    );
    const id = applied.organisation.id;
    const attempt = await send<StartedAttempt>(
      OPERATOR,
      `/api/recruiters/organisations/${id}/attempts`,
      null,
      201,
    );
    await send(OPERATOR, `/api/recruiters/organisations/${id}/attempts/${attempt.id}/submit`, {
      answers: answers(attempt, 15),
    });
    await send(authorityGbr, `/api/recruiters/organisations/${id}/review`, { decision: 'list' });
    // Listed: nothing to lift.
    await send(
      secretariat,
      `/api/recruiters/organisations/${id}/reinstate`,
      { note: 'Nothing to lift.' },
      409,
    );
    const receipt = await send<ComplaintReceipt>(
      PUBLIC_ACTOR,
      '/api/recruiters/complaints',
      {
        organisationId: id,
        complainantKind: 'employer',
        anonymous: true,
        facts: 'Late reply to a candidate.',
      },
      201,
    );
    const complaint = (await get<Queue>(secretariat, '/api/recruiters/registers/GBR/queue')).complaints.find(
      (c) => c.reference === receipt.reference,
    );
    assert.ok(complaint);
    await send(secretariat, `/api/recruiters/complaints/${complaint.id}/actions`, { action: 'investigate' });
    await send(secretariat, `/api/recruiters/complaints/${complaint.id}/actions`, {
      action: 'warning',
      note: 'Answer candidates within a week.',
    });
    await send(
      userActor('stakeholder'),
      `/api/recruiters/organisations/${id}/reinstate`,
      { note: 'We did.' },
      403,
    );
    await send(authorityKen, `/api/recruiters/organisations/${id}/reinstate`, { note: 'Not mine.' }, 403);
    const blank = await requestAs(
      app,
      secretariat,
      `/api/recruiters/organisations/${id}/reinstate?lang=fr`,
      jsonBody({ note: '  ' }),
    );
    assert.equal(blank.status, 400);
    assert.match(((await blank.json()) as { detail: string }).detail, /Motivez par écrit la réintégration/);
    const lifted = await send<Organisation>(authorityGbr, `/api/recruiters/organisations/${id}/reinstate`, {
      note: 'Replies now within two days.',
    });
    assert.equal(lifted.status, 'listed');
    assert.deepEqual(
      lifted.history.map((h) => [h.step, h.statusAfter, h.note]),
      [
        ['apply', 'applied', null],
        ['pass_test', 'test_passed', null],
        ['list', 'listed', null],
        ['warn', 'warned', 'Answer candidates within a week.'],
        ['reinstate', 'listed', 'Replies now within two days.'],
      ],
    );
    const trail = await get<AuditPage>(
      userActor('admin'),
      `/api/audit?objectType=recruiter_organisation&objectId=${id}`,
    );
    assert.ok(JSON.stringify(trail).includes('"recruiters.reinstate"'));
  });

  test('a member acts only for its own organisation', async () => {
    const first = await apply('First Agency', 'first@first-agency.example.org');
    const second = await apply('Second Agency', 'second@second-agency.example.org');
    const attempt = await send<StartedAttempt>(
      first.member,
      `/api/recruiters/organisations/${first.id}/attempts`,
      null,
      201,
    );
    await send(second.member, `/api/recruiters/organisations/${first.id}/attempts`, null, 403);
    await send(
      second.member,
      `/api/recruiters/organisations/${first.id}/attempts/${attempt.id}/submit`,
      { answers: answers(attempt, 15) },
      403,
    );
    await send(
      second.member,
      `/api/recruiters/organisations/${first.id}/reconfirm`,
      { commitsToCode: true, chargesNoFees: true },
      403,
    );
    await send(
      second.member,
      `/api/recruiters/organisations/${first.id}/appeals`,
      { complaintId: 1, statement: 'Not our organisation at all.' },
      403,
    );
    // A member of one organisation sees another's declarations only once listed, and then only the public part.
    await get(second.member, `/api/recruiters/organisations/${first.id}`, 404);
    const mine = await get<OrganisationList>(second.member, '/api/recruiters/mine');
    assert.deepEqual(
      mine.organisations.map((o) => o.id),
      [second.id],
    );
    // Submitted through the other's attempt path: the attempt is not one of this organisation.
    await send(
      second.member,
      `/api/recruiters/organisations/${second.id}/attempts/${attempt.id}/submit`,
      { answers: {} },
      404,
    );
  });

  test('a second submission of the same attempt, even concurrent, is counted once', async () => {
    const { member, id } = await apply('Concurrent Staffing', 'c@concurrent.example.org');
    const attempt = await send<StartedAttempt>(
      member,
      `/api/recruiters/organisations/${id}/attempts`,
      null,
      201,
    );
    const path = `/api/recruiters/organisations/${id}/attempts/${attempt.id}/submit`;
    const body = jsonBody({ answers: answers(attempt, 5) });
    const both = await Promise.all([requestAs(app, member, path, body), requestAs(app, member, path, body)]);
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
    const org = (await get<OrganisationList>(member, '/api/recruiters/mine')).organisations[0];
    assert.equal(org?.details?.attempts.filter((a) => a.submittedAt).length, 1);
    assert.equal(org?.details?.standing.failures, 1);
  });

  test('bad applications and complaints are refused naming the field', async () => {
    const unknown = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruiters/organisations?lang=fr',
      jsonBody({ ...application('Bad Countries', 'bad@bad.example.org'), countries: ['GBR', 'XXX'] }),
    );
    assert.equal(unknown.status, 400);
    const problem = (await unknown.json()) as {
      title: string;
      detail?: string;
      errors: Array<{ field: string }>;
    };
    assert.deepEqual(
      problem.errors.map((e) => e.field),
      ['countries.1'],
    );
    const none = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruiters/organisations',
      jsonBody(application('No Account')),
    );
    assert.equal(none.status, 400);
    assert.equal(((await none.json()) as { errors: Array<{ field: string }> }).errors[0]?.field, 'account');
    const fees = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruiters/organisations',
      jsonBody({ ...application('Fees Agency', 'fees@fees.example.org'), chargesNoFees: false }),
    );
    assert.equal(fees.status, 400);
    await get(PUBLIC_ACTOR, '/api/recruiters/complaints/RC-ZZZZ-ZZZZ', 404);
  });
});

describe('the knowledge test’s wait', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    await requestAs(
      app,
      OPERATOR,
      '/api/recruiters/registers/GBR',
      jsonBody({ questionsPerTest: 5, passMark: 4 }, 'PUT'),
    );
  });
  after(async () => {
    await db.close();
  });

  test('after the third failure, three months to wait; then three attempts again', async () => {
    const res = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruiters/organisations',
      jsonBody(application('Patient Agency', 'patient@patient.example.org')),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const applied = (await res.json()) as ApplicationResult;
    const member = memberOf(applied);
    let clock = new Date('2025-01-31T12:00:00Z');
    const ctx = () => ({ ...operatorContext(db, { actor: member, now: () => clock }) });
    for (let i = 0; i < 3; i++) {
      const attempt = await startAttempt(ctx(), applied.organisation.id);
      assert.equal(attempt.questions.length, 5);
      await submitAttempt(ctx(), {
        organisationId: applied.organisation.id,
        attemptId: attempt.id,
        answers: answers(attempt, 3),
      });
    }
    clock = new Date('2025-04-30T11:59:00Z');
    await assert.rejects(
      startAttempt(ctx(), applied.organisation.id),
      (err: { code: string; message: string }) => {
        assert.equal(err.code, 'conflict');
        assert.match(err.message, /2025-04-30/);
        return true;
      },
    );
    clock = new Date('2025-04-30T12:00:00Z');
    const fourth = await startAttempt(ctx(), applied.organisation.id);
    const result = await submitAttempt(ctx(), {
      organisationId: applied.organisation.id,
      attemptId: fourth.id,
      answers: answers(fourth, 1),
    });
    assert.deepEqual([result.standing.failures, result.standing.remaining], [1, 2]);
  });
});
