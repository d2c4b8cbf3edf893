import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDefinition } from '../../../test/fixtures/questionnaires.ts';
import { LANGS } from '../../platform/i18n/langs.ts';
import { render } from '../../platform/i18n/messages.ts';
import { validateAnswers } from './domain/validate.ts';
import { issueText } from './messages.ts';
import { ANSWER_ISSUE_CODES, type AnswerIssue, type Answers } from './schemas.ts';

const def = fixtureDefinition('test-nri-2027');

test('issueText words an issue with its question number, row, column title and values', () => {
  const [issue] = validateAnswers(
    def,
    { 'data.stock': { rows: [{ occupation: 'dentists', country: 'IND', year: 2024, count: -4 }] } },
    { forSubmit: false },
  );
  assert.ok(issue);
  const say = issueText(issue, def);
  const cases = [
    ['en', 'Question 3.2, row 1, column “Number”: a number of at least 0 is needed, not “-4”.'],
    ['fr', 'Question 3.2, ligne 1, colonne « Nombre » : il faut un nombre d’au moins 0, et non « -4 ».'],
    ['es', 'Pregunta 3.2, fila 1, columna «Número»: se necesita un número de al menos 0, no «-4».'],
    ['ru', 'Вопрос 3.2, строка 1, столбец «Число»: нужно число не меньше 0, а не «-4».'],
    ['zh', '问题 3.2，第 1 行，“人数”列：需要不小于 0 的数字，而不是“-4”。'],
    ['ar', 'السؤال 3.2، الصف 1، العمود «العدد»: المطلوب رقم لا يقل عن 0، وليس «-4».'],
  ] as const;
  for (const [lang, expected] of cases) assert.equal(render(say, lang), expected, lang);
});

test('issueText: sums name the question they must equal, by its number', () => {
  const answers: Answers = {
    'data.total': 10,
    'data.stock': { rows: [{ occupation: 'dentists', country: 'IND', year: 2024, count: 4 }] },
  };
  const sum = validateAnswers(def, answers, { forSubmit: true }).find((i) => i.code === 'sum');
  assert.ok(sum);
  assert.equal(
    render(issueText(sum, def), 'en'),
    'Question 3.2, column “Number”: the column adds up to 4, but Question 3.1 gives 10.',
  );
});

test('issueText words every issue code in every language, with nothing left unrendered', () => {
  const samples: AnswerIssue[] = [
    { question: 'authority.designated', code: 'required', params: {} },
    { question: 'data.stock', code: 'required', row: 2, column: 'count', params: {} },
    { question: 'authority.designated', code: 'type', params: { expected: 'yes-no-partly', value: '1' } },
    { question: 'authority.designated', code: 'option', params: { value: 'maybe' } },
    { question: 'recruitment.law', code: 'option', params: { value: 'decree' } },
    {
      question: 'data.stock',
      code: 'option',
      row: 1,
      column: 'country',
      params: { value: 'cu', expected: 'area' },
    },
    { question: 'recruitment.agencies', code: 'range', params: { value: 11, min: 0, max: 10 } },
    { question: 'recruitment.agencies', code: 'range', params: { value: 11, max: 10 } },
    { question: 'authority.date', code: 'range', params: { value: '2009-01-01', min: '2010-05-21' } },
    { question: 'recruitment.agencies', code: 'integer', params: { value: 2.5 } },
    { question: 'authority.date', code: 'date', params: { value: '2024-02-30' } },
    { question: 'data.comment', code: 'length', params: { max: 200, length: 201 } },
    { question: 'recruitment.stakeholders', code: 'choices', params: { value: 4, min: 1, max: 3 } },
    { question: 'data.note', code: 'choices', params: { value: 3, max: 2 } },
    { question: 'data.stock', code: 'rows', params: { min: 1, count: 0 } },
    { question: 'data.stock', code: 'rows', params: { max: 50, count: 51 } },
    {
      question: 'data.stock',
      code: 'sum',
      column: 'count',
      params: { total: 4, expected: 5, tolerance: 1, equals: 'data.total' },
    },
    { question: 'data.other', code: 'unknown-question', params: {} },
    { question: 'data.stock', code: 'unknown-question', row: 1, column: 'extra', params: {} },
    { question: 'authority.date', code: 'hidden', params: {} },
  ];
  assert.deepEqual(
    ANSWER_ISSUE_CODES.filter((code) => !samples.some((s) => s.code === code)),
    [],
    'every code has a sample',
  );
  for (const issue of samples)
    for (const lang of LANGS) {
      const words = render(issueText(issue, def), lang);
      assert.doesNotMatch(words, /\{\{|\$t\(|expected_|undefined/, `${lang} ${issue.code}: ${words}`);
      if (issue.question !== 'data.other') assert.match(words, /\d+\.\d+/, `${lang}: the question's number`);
    }
  const distinct = new Set(samples.map((s) => render(issueText(s, def), 'en')));
  assert.equal(distinct.size, samples.length, 'each issue is worded its own way');
});
