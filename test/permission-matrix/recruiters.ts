import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { BANK_PATH } from '../../src/modules/recruiters/bank.ts';
import type {
  AttemptResult,
  Complaint,
  ComplaintReceipt,
  Organisation,
  QuestionBank,
  StartedAttempt,
} from '../../src/modules/recruiters/schemas.ts';
import type { Role } from '../../src/platform/auth/actor.ts';
import { OPERATOR, requestAs, userActor } from '../actors.ts';
import { insertActorUser } from './reports-fixture.ts';
import type { MatrixArea, MatrixFixtureMaker, MatrixRow } from './types.ts';

const json = (value: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

async function asOperator<T>(app: Hono, path: string, init?: RequestInit): Promise<T> {
  const res = await requestAs(app, OPERATOR, path, init);
  const body = await res.text();
  if (res.status >= 300) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${body}`);
  return JSON.parse(body) as T;
}

function application(area: string, name: string, email?: string) {
  return {
    register: area,
    kind: 'agency',
    name,
    legalEntity: `${name} Ltd`,
    countries: ['PHL'],
    referees: [{ name: 'A Referee', organisation: 'A Trust', email: 'referee@example.org' }],
    commitsToCode: true,
    chargesNoFees: true,
    ...(email
      ? { account: { email, name: `Applicant ${name}`, password: 'a long enough passphrase 42' } }
      : {}),
  };
}

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
const PUBLIC_CHANGE = { access: 'public', public: true, own: 'all', other: 'all', readOnly: false } as const;
/** The register's reviewers: anywhere, or the destination's own national authority. */
const REVIEW = {
  access: 'recruiters.review',
  public: false,
  own: ['admin', 'secretariat', 'national_authority'],
  other: ['admin', 'secretariat'],
} as const;
/** Only the organisation's members (and the operator): no role makes anyone one. */
const MEMBERS = { access: 'signed-in', public: false, own: [], other: [], readOnly: false } as const;

const id = (f: { ids: Record<string, number> }, name: string, area: MatrixArea) =>
  f.ids[`recruiters.${name}.${area}`] ?? 0;

/** The recruiters' register routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/recruiters/registers': { ...READ, example: () => ({ path: '/api/recruiters/registers' }) },
  'PUT /api/recruiters/registers/:iso3': {
    ...REVIEW,
    readOnly: false,
    example: (a) => ({ path: `/api/recruiters/registers/${a}`, init: json({ reconfirmMonths: 12 }, 'PUT') }),
  },
  'GET /api/recruiters/registers/:iso3/queue': {
    ...REVIEW,
    readOnly: false,
    example: (a) => ({ path: `/api/recruiters/registers/${a}/queue` }),
  },
  'GET /api/recruiters/organisations': {
    ...READ,
    example: (a) => ({ path: `/api/recruiters/organisations?register=${a}` }),
  },
  'GET /api/recruiters/organisations/:id': {
    ...READ,
    example: (a, f) => ({ path: `/api/recruiters/organisations/${id(f, 'listed', a)}` }),
  },
  'POST /api/recruiters/organisations': {
    ...PUBLIC_CHANGE,
    example: (a) => ({
      path: '/api/recruiters/organisations',
      init: json(application(a, `Matrix applicant ${a}`, `matrix-applicant-${a.toLowerCase()}@example.org`)),
    }),
  },
  'GET /api/recruiters/mine': {
    access: 'signed-in',
    public: false,
    own: 'all',
    other: 'all',
    readOnly: false,
    example: () => ({ path: '/api/recruiters/mine' }),
  },
  'POST /api/recruiters/organisations/:id/attempts': {
    ...MEMBERS,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'applied', a)}/attempts`,
      init: { method: 'POST' },
    }),
  },
  'POST /api/recruiters/organisations/:id/attempts/:attempt/submit': {
    ...MEMBERS,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'testing', a)}/attempts/${id(f, 'attempt', a)}/submit`,
      init: json({ answers: {} }),
    }),
  },
  'POST /api/recruiters/organisations/:id/review': {
    ...REVIEW,
    readOnly: false,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'passed', a)}/review`,
      init: json({ decision: 'list', note: 'References checked.' }),
    }),
  },
  'POST /api/recruiters/organisations/:id/reinstate': {
    ...REVIEW,
    readOnly: false,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'sanctioned', a)}/reinstate`,
      init: json({ note: 'The suspension has run its course.' }),
    }),
  },
  'POST /api/recruiters/organisations/:id/reconfirm': {
    ...MEMBERS,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'listed', a)}/reconfirm`,
      init: json({ commitsToCode: true, chargesNoFees: true }),
    }),
  },
  'POST /api/recruiters/organisations/:id/appeals': {
    ...MEMBERS,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${id(f, 'sanctioned', a)}/appeals`,
      init: json({
        complaintId: id(f, 'sanction', a),
        statement: 'The fee was refunded before the complaint.',
      }),
    }),
  },
  'POST /api/recruiters/complaints': {
    ...PUBLIC_CHANGE,
    example: (a, f) => ({
      path: '/api/recruiters/complaints',
      init: json({
        organisationId: id(f, 'listed', a),
        complainantKind: 'health_worker',
        anonymous: true,
        facts: 'I was asked to pay a placement fee.',
      }),
    }),
  },
  'GET /api/recruiters/complaints/:reference': {
    ...READ,
    example: () => ({ path: '/api/recruiters/complaints/RC-0000-0000' }),
  },
  'POST /api/recruiters/complaints/:id/actions': {
    ...REVIEW,
    readOnly: false,
    example: (a, f) => ({
      path: `/api/recruiters/complaints/${id(f, 'complaint', a)}/actions`,
      init: json({ action: 'investigate' }),
    }),
  },
  'POST /api/recruiters/appeals/:id/decide': {
    ...REVIEW,
    readOnly: false,
    example: (a, f) => ({
      path: `/api/recruiters/appeals/${id(f, 'appeal', a)}/decide`,
      init: json({ decision: 'dismissed', note: 'The sanction stands.' }),
    }),
  },
};

/** The roles of the matrix's actors, whose `app_user` rows an application by them refers to. */
const MATRIX_USERS: ReadonlyArray<[Role, string?]> = [
  ['stakeholder'],
  ['data_approver', 'GHA'],
  ['data_manager', 'GHA'],
  ['national_authority', 'GHA'],
  ['secretariat'],
  ['admin'],
];

/**
 * For GHA and KEN: an open register, and in it an organisation at each step the examples need — `applied`,
 * `testing` (with its open `attempt`), `passed` (the test passed), `listed` (with a received `complaint`), one suspended
 * that appealed (its `appeal`), and `sanctioned` (suspended by its `sanction` complaint, not yet appealed).
 */
export const makeFixtures: MatrixFixtureMaker = async ({ db, app }) => {
  for (const [role, area] of MATRIX_USERS) await insertActorUser(db, userActor(role, area));
  // Their ids were given, not drawn: the accounts that applications create are numbered after them.
  await db.query(
    "SELECT setval(pg_get_serial_sequence('app_user', 'id'), (SELECT max(id) FROM app_user) + 100)",
  );
  const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
  const correct = new Map(bank.questions.map((q) => [q.id, q.correct]));
  const made: Record<string, number> = {};
  const base = '/api/recruiters/organisations';
  for (const area of ['GHA', 'KEN'] as const) {
    await asOperator(app, `/api/recruiters/registers/${area}`, json({}, 'PUT'));
    const apply = async (name: string) =>
      (
        await asOperator<{ organisation: Organisation }>(
          app,
          base,
          json(application(area, `${name} ${area}`)),
        )
      ).organisation.id;
    const start = (org: number) =>
      asOperator<StartedAttempt>(app, `${base}/${org}/attempts`, { method: 'POST' });
    const pass = async (org: number) => {
      const attempt = await start(org);
      const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, correct.get(q.id) ?? 0]));
      await asOperator<AttemptResult>(app, `${base}/${org}/attempts/${attempt.id}/submit`, json({ answers }));
    };
    const list = async (name: string) => {
      const org = await apply(name);
      await pass(org);
      await asOperator(app, `${base}/${org}/review`, json({ decision: 'list' }));
      return org;
    };
    const complain = async (org: number) => {
      const receipt = await asOperator<ComplaintReceipt>(
        app,
        '/api/recruiters/complaints',
        json({
          organisationId: org,
          complainantKind: 'health_worker',
          facts: 'A placement fee was asked of me.',
        }),
      );
      const complaint = (await asOperator<Organisation>(app, `${base}/${org}`)).details?.complaints.find(
        (c) => c.reference === receipt.reference,
      );
      if (!complaint) throw new Error(`complaint ${receipt.reference} not shown`);
      return complaint.id;
    };
    made[`recruiters.applied.${area}`] = await apply('Applied');
    const testing = await apply('Testing');
    made[`recruiters.testing.${area}`] = testing;
    made[`recruiters.attempt.${area}`] = (await start(testing)).id;
    const passed = await apply('Passed');
    await pass(passed);
    made[`recruiters.passed.${area}`] = passed;
    const listed = await list('Listed');
    made[`recruiters.listed.${area}`] = listed;
    made[`recruiters.complaint.${area}`] = await complain(listed);
    const sanctioned = await list('Appealed');
    const sanction = await complain(sanctioned);
    for (const action of ['investigate', 'suspension'])
      await asOperator<Complaint>(
        app,
        `/api/recruiters/complaints/${sanction}/actions`,
        json({ action, note: 'Fee confirmed.' }),
      );
    const appealed = await asOperator<Organisation>(
      app,
      `${base}/${sanctioned}/appeals`,
      json({ complaintId: sanction, statement: 'The fee was refunded before the complaint.' }),
    );
    const appeal = appealed.details?.complaints.find((c) => c.id === sanction)?.appeal;
    if (!appeal) throw new Error('appeal not shown');
    made[`recruiters.appeal.${area}`] = appeal.id;
    const second = await list('Suspended');
    const secondSanction = await complain(second);
    for (const action of ['investigate', 'suspension'])
      await asOperator<Complaint>(
        app,
        `/api/recruiters/complaints/${secondSanction}/actions`,
        json({ action, note: 'Fee confirmed.' }),
      );
    made[`recruiters.sanctioned.${area}`] = second;
    made[`recruiters.sanction.${area}`] = secondSanction;
  }
  return made;
};
