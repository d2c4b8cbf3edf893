import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { BANK_PATH } from '../src/modules/recruiters/bank.ts';
import type {
  ApplicationResult,
  AttemptResult,
  QuestionBank,
  StartedAttempt,
} from '../src/modules/recruiters/schemas.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs } from './actors.ts';

const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
const correct = new Map(bank.questions.map((q) => [q.id, q.correct]));

async function send<T>(app: Hono, actor: Actor, path: string, body: unknown, status: number): Promise<T> {
  const res = await requestAs(app, actor, path, body === null ? { method: 'POST' } : jsonBody(body));
  const text = await res.text();
  assert.equal(res.status, status, `POST ${path}: ${text}`);
  return JSON.parse(text) as T;
}

/**
 * An organisation listed on a destination's register as a real one gets there: its register opened, its
 * application with a new account, the knowledge test passed, listed by the operator. Returns it and its member.
 */
export async function listedOrganisation(
  app: Hono,
  register: string,
  name: string,
): Promise<{ id: number; member: Actor }> {
  await requestAs(app, OPERATOR, `/api/recruiters/registers/${register}`, jsonBody({}, 'PUT'));
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}@recruiter.example.org`;
  const applied = await send<ApplicationResult>(
    app,
    PUBLIC_ACTOR,
    '/api/recruiters/organisations',
    {
      register,
      kind: 'agency',
      name,
      legalEntity: `${name} Ltd`,
      countries: [register],
      associatedBusinesses: [],
      referees: [{ name: 'A Referee', organisation: 'A hospital', email: 'referee@hospital.example.org' }],
      commitsToCode: true,
      chargesNoFees: true,
      account: { email, name: `Recruiter of ${name}`, password: 'a long enough passphrase 42' },
    },
    201,
  );
  const user = applied.session?.user;
  assert.ok(user);
  const member: Actor = {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    grants: [],
    via: 'session',
  };
  const id = applied.organisation.id;
  const attempt = await send<StartedAttempt>(
    app,
    member,
    `/api/recruiters/organisations/${id}/attempts`,
    null,
    201,
  );
  const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, correct.get(q.id) ?? 0]));
  const scored = await send<AttemptResult>(
    app,
    member,
    `/api/recruiters/organisations/${id}/attempts/${attempt.id}/submit`,
    { answers },
    200,
  );
  assert.equal(scored.attempt.passed, true);
  await send(app, OPERATOR, `/api/recruiters/organisations/${id}/review`, { decision: 'list' }, 200);
  return { id, member };
}
