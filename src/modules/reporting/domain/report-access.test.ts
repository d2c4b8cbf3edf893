import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, type Grant, PUBLIC, type Role } from '../../../platform/auth/actor.ts';
import type { ReportState, RoundState } from '../schemas.ts';
import {
  allowedOn,
  canAct,
  canEditReport,
  canReadReport,
  nextState,
  type ReportFacts,
  roundLabel,
} from './report-access.ts';

let ids = 0;
function user(role: Role, area: string | null = null, id = ++ids): Actor {
  const grants: Grant[] = [{ role, area }];
  return {
    kind: 'user',
    userId: id,
    email: `${role}@example.org`,
    name: role,
    grants,
    via: 'session',
    sessionId: id,
  };
}
const OPERATOR: Actor = { kind: 'operator', name: 'root@host' };
const GHA_AUTHORITY = user('national_authority', 'GHA');
const KEN_AUTHORITY = user('national_authority', 'KEN');
const SECRETARIAT = user('secretariat');
const STAKEHOLDER = user('stakeholder', null, 501);
const OTHER_STAKEHOLDER = user('stakeholder', null, 502);
const DATA_MANAGER = user('data_manager', 'GHA');

const national = (state: ReportState, roundState: RoundState = 'open'): ReportFacts => ({
  kind: 'national',
  area: 'GHA',
  authorUserId: null,
  state,
  roundState,
});
const stakeholder = (state: ReportState): ReportFacts => ({
  kind: 'stakeholder',
  area: null,
  authorUserId: 501,
  state,
  roundState: 'open',
});

test('a report moves draft → submitted → returned → resubmitted → accepted → published, and no other way', () => {
  assert.equal(nextState('draft', 'submit'), 'submitted');
  assert.equal(nextState('submitted', 'return'), 'returned');
  assert.equal(nextState('returned', 'submit'), 'resubmitted');
  assert.equal(nextState('resubmitted', 'accept'), 'accepted');
  assert.equal(nextState('accepted', 'publish'), 'published');
  assert.equal(nextState('draft', 'accept'), null);
  assert.equal(nextState('draft', 'publish'), null);
  assert.equal(nextState('accepted', 'return'), null);
  assert.equal(nextState('published', 'submit'), null);
});

test('a draft is read by its area’s authority, the secretariat and the operator; a published report by all', () => {
  const draft = national('draft');
  assert.equal(canReadReport(GHA_AUTHORITY, draft), true);
  assert.equal(canReadReport(SECRETARIAT, draft), true);
  assert.equal(canReadReport(OPERATOR, draft), true);
  assert.equal(canReadReport(KEN_AUTHORITY, draft), false, 'Kenya’s authority does not read Ghana’s draft');
  assert.equal(canReadReport(DATA_MANAGER, draft), false);
  assert.equal(canReadReport(PUBLIC, draft), false);
  assert.equal(canReadReport(PUBLIC, national('accepted')), false);
  assert.equal(canReadReport(PUBLIC, national('published')), true);
  assert.equal(canReadReport(KEN_AUTHORITY, national('published')), true);
});

test('a stakeholder report is its author’s alone until published', () => {
  assert.equal(canReadReport(STAKEHOLDER, stakeholder('draft')), true);
  assert.equal(canReadReport(OTHER_STAKEHOLDER, stakeholder('draft')), false);
  assert.equal(canEditReport(OTHER_STAKEHOLDER, stakeholder('draft')), false);
  assert.equal(canEditReport(STAKEHOLDER, stakeholder('draft')), true);
  assert.equal(canReadReport(OTHER_STAKEHOLDER, stakeholder('published')), true);
});

test('authors write while a report is a draft or returned and the round is open; the secretariat never writes', () => {
  assert.equal(canEditReport(GHA_AUTHORITY, national('draft')), true);
  assert.equal(canEditReport(GHA_AUTHORITY, national('returned')), true);
  assert.equal(canEditReport(GHA_AUTHORITY, national('submitted')), false);
  assert.equal(canEditReport(GHA_AUTHORITY, national('draft', 'closed')), false);
  assert.equal(canEditReport(SECRETARIAT, national('draft')), false);
  assert.equal(canEditReport(KEN_AUTHORITY, national('draft')), false);
});

test('the authority submits; the secretariat returns, accepts, publishes and imports the figures', () => {
  assert.equal(canAct(GHA_AUTHORITY, national('draft'), 'submit'), true);
  assert.equal(canAct(GHA_AUTHORITY, national('submitted'), 'accept'), false);
  assert.equal(canAct(SECRETARIAT, national('draft'), 'submit'), false);
  assert.deepEqual(allowedOn(SECRETARIAT, national('resubmitted')), {
    edit: false,
    submit: false,
    return: true,
    accept: true,
    publish: false,
    comment: true,
    importFigures: false,
  });
  assert.deepEqual(allowedOn(SECRETARIAT, national('accepted')), {
    edit: false,
    submit: false,
    return: false,
    accept: false,
    publish: true,
    comment: false,
    importFigures: true,
  });
  assert.equal(allowedOn(SECRETARIAT, stakeholder('accepted')).importFigures, false);
  assert.deepEqual(Object.values(allowedOn(PUBLIC, national('published'))), [
    false,
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
});

test('a round is named as WHO names it', () => {
  assert.equal(roundLabel(2027), '2027/28');
  assert.equal(roundLabel(2099), '2099/00');
  assert.equal(roundLabel(2008), '2008/09');
});
