import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDefinition } from '../../../../test/fixtures/questionnaires.ts';
import type { Answers, QuestionnaireDefinition } from '../schemas.ts';
import { isVisible, visibleQuestions } from './visibility.ts';

const def = fixtureDefinition('test-nri-2027');

/** The fixture with a third level: the date is asked only when a chained condition holds. */
function chained(): QuestionnaireDefinition {
  const d = structuredClone(def);
  const section = d.sections[0];
  const date = section?.questions[2];
  if (date) date.showIf = { question: 'authority.organisation', in: ['Ministry of Health'] };
  return d;
}

test('isVisible: a condition holding, not holding, unanswered, and questions without one', () => {
  const cases: Array<[string, Answers, string, boolean]> = [
    ['no condition', {}, 'authority.designated', true],
    ['condition unanswered', {}, 'authority.organisation', false],
    ['condition holds (yes)', { 'authority.designated': 'yes' }, 'authority.organisation', true],
    ['condition holds (partly)', { 'authority.designated': 'partly' }, 'authority.organisation', true],
    ['condition fails (no)', { 'authority.designated': 'no' }, 'authority.organisation', false],
    ['condition asks yes only', { 'authority.designated': 'partly' }, 'authority.date', false],
    ['cleared answer', { 'authority.designated': null }, 'authority.organisation', false],
    ['unknown question', { 'authority.designated': 'yes' }, 'authority.nope', false],
  ];
  for (const [name, answers, id, expected] of cases)
    assert.equal(isVisible(def, answers, id), expected, name);
});

test('isVisible: a question under a hidden question is hidden, even when its own condition holds', () => {
  const d = chained();
  const answers: Answers = { 'authority.designated': 'yes', 'authority.organisation': 'Ministry of Health' };
  assert.equal(isVisible(d, answers, 'authority.date'), true);
  assert.equal(isVisible(d, { ...answers, 'authority.designated': 'no' }, 'authority.date'), false);
  assert.equal(isVisible(d, { ...answers, 'authority.organisation': 'Other' }, 'authority.date'), false);
});

test('isVisible: a multiple-choice condition holds when any chosen code is listed', () => {
  const d = structuredClone(def);
  const q = d.sections[1]?.questions[2];
  if (q) q.showIf = { question: 'recruitment.stakeholders', in: ['recruiters'] };
  assert.equal(
    isVisible(d, { 'recruitment.stakeholders': ['ministry', 'recruiters'] }, 'recruitment.agencies'),
    true,
  );
  assert.equal(isVisible(d, { 'recruitment.stakeholders': ['ministry'] }, 'recruitment.agencies'), false);
});

test('visibleQuestions lists the questions asked', () => {
  assert.deepEqual([...visibleQuestions(def, { 'authority.designated': 'no' })].slice(0, 2), [
    'authority.designated',
    'recruitment.law',
  ]);
});
