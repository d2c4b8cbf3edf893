import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ApprovalUnit,
  actionsFor,
  groupByArea,
  headlineApproval,
  inScope,
  needsComment,
} from './state.ts';

const none = { submit: false, decide: false };
const submitter = { submit: true, decide: false };
const approver = { submit: false, decide: true };
const both = { submit: true, decide: true };

test('a submitter may submit what is not submitted, returned or unapproved, and nothing else', () => {
  assert.deepEqual(actionsFor('not_submitted', submitter), ['submit']);
  assert.deepEqual(actionsFor('returned', submitter), ['submit']);
  assert.deepEqual(actionsFor('unapproved', submitter), ['submit']);
  assert.deepEqual(actionsFor('submitted', submitter), []);
  assert.deepEqual(actionsFor('approved', submitter), []);
});

test('an approver approves or returns what was submitted and unapproves what was approved', () => {
  assert.deepEqual(actionsFor('submitted', approver), ['approve', 'return']);
  assert.deepEqual(actionsFor('approved', approver), ['unapprove']);
  assert.deepEqual(actionsFor('not_submitted', approver), []);
  assert.deepEqual(actionsFor('submitted', both), ['approve', 'return']);
  assert.deepEqual(actionsFor('submitted', none), []);
});

test('returning and unapproving need a comment', () => {
  assert.deepEqual((['submit', 'approve', 'return', 'unapprove'] as const).filter(needsComment), [
    'return',
    'unapprove',
  ]);
});

const unit = (
  area: string,
  areaName: string,
  year: number,
  source: string | null,
  may = none,
): ApprovalUnit => ({
  area,
  areaName,
  year,
  source,
  state: 'not_submitted',
  allowedActions: ['submit'],
  may,
  changed: null,
  comment: null,
  submitted: null,
  approved: null,
  changesSince: null,
  observations: 1,
});

test('units group per country by name, newest year first, all datasets before one', () => {
  const groups = groupByArea([
    unit('KEN', 'Kenya', 2019, null),
    unit('GHA', 'Ghana', 2019, null),
    unit('GHA', 'Ghana', 2020, 'OECD'),
    unit('GHA', 'Ghana', 2020, null),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.area, g.units.map((u) => `${u.year}/${u.source ?? '*'}`)]),
    [
      ['GHA', ['2020/*', '2020/OECD', '2019/*']],
      ['KEN', ['2019/*']],
    ],
  );
  assert.equal(inScope(unit('GHA', 'Ghana', 2020, null, submitter)), true);
  assert.equal(inScope(unit('GHA', 'Ghana', 2020, null)), false);
});

test('the profile names the newest approval, all datasets first', () => {
  assert.equal(headlineApproval([]), null);
  const a = headlineApproval([
    { year: 2019, source: null, role: 'admin', at: '2026-01-01T00:00:00Z' },
    { year: 2020, source: 'OECD', role: 'data_approver', at: '2026-02-01T00:00:00Z' },
    { year: 2020, source: null, role: 'national_authority', at: '2026-03-01T00:00:00Z' },
  ]);
  assert.equal(a?.role, 'national_authority');
});
