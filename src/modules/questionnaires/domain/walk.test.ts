import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureDefinition } from '../../../../test/fixtures/questionnaires.ts';
import type { Question, QuestionnaireDefinition } from '../schemas.ts';
import { allQuestions, checkDefinition, definitionProblems, findQuestion, questionNumber } from './walk.ts';

const base = () => fixtureDefinition('test-nri-2027');

/** The fixture with one question replaced by what `change` makes of it. */
function withQuestion(id: string, change: (q: Question) => unknown): QuestionnaireDefinition {
  const def = base();
  for (const section of def.sections)
    section.questions = section.questions.map((q) =>
      q.id === id ? (change(structuredClone(q)) as Question) : q,
    );
  return def;
}

describe('allQuestions, findQuestion, questionNumber', () => {
  test('lists every question in order with its section and number', () => {
    const placed = allQuestions(base());
    assert.deepEqual(
      placed.map((p) => [p.number, p.section.id, p.question.id]),
      [
        ['1.1', 'authority', 'authority.designated'],
        ['1.2', 'authority', 'authority.organisation'],
        ['1.3', 'authority', 'authority.date'],
        ['2.1', 'recruitment', 'recruitment.law'],
        ['2.2', 'recruitment', 'recruitment.stakeholders'],
        ['2.3', 'recruitment', 'recruitment.agencies'],
        ['3.1', 'data', 'data.total'],
        ['3.2', 'data', 'data.stock'],
        ['3.3', 'data', 'data.note'],
        ['3.4', 'data', 'data.comment'],
      ],
    );
    assert.equal(placed[7]?.path, 'sections.2.questions.1');
  });
  test('finds a question by id, and nothing for an unknown id', () => {
    assert.equal(findQuestion(base(), 'data.stock')?.type, 'table');
    assert.equal(findQuestion(base(), 'data.stocks'), undefined);
    assert.equal(questionNumber(base(), 'recruitment.agencies'), '2.3');
    assert.equal(questionNumber(base(), 'nope'), undefined);
  });
});

describe('checkDefinition', () => {
  test('the fixture questionnaires pass', () => {
    for (const name of ['test-nri-2027', 'test-nri-2028', 'test-stakeholder-2027'] as const)
      assert.deepEqual(checkDefinition(fixtureDefinition(name)), [], name);
  });

  const cases: Array<[string, () => QuestionnaireDefinition, string, string]> = [
    [
      'a question id used twice',
      () => withQuestion('data.comment', (q) => ({ ...(q as object), id: 'authority.organisation' })),
      'duplicate-question',
      'sections',
    ],
    [
      'a section id used twice',
      () => {
        const d = base();
        (d.sections[1] as { id: string }).id = 'authority';
        return d;
      },
      'duplicate-section',
      'sections',
    ],
    [
      'a condition naming no question',
      () =>
        withQuestion('authority.date', (q) => ({
          ...(q as object),
          showIf: { question: 'authority.x', in: ['yes'] },
        })),
      'condition-unknown',
      'sections.0.questions.2.showIf.question',
    ],
    [
      'a condition naming a later question',
      () =>
        withQuestion('authority.date', (q) => ({
          ...(q as object),
          showIf: { question: 'data.total', in: [3] },
        })),
      'condition-later',
      'sections.0.questions.2.showIf.question',
    ],
    [
      'a condition naming itself',
      () =>
        withQuestion('authority.date', (q) => ({
          ...(q as object),
          showIf: { question: 'authority.date', in: ['x'] },
        })),
      'condition-later',
      'sections.0.questions.2.showIf.question',
    ],
    [
      'a condition value yes/no/partly cannot take',
      () =>
        withQuestion('authority.date', (q) => ({
          ...(q as object),
          showIf: { question: 'authority.designated', in: ['yes', 'maybe'] },
        })),
      'condition-value',
      'sections.0.questions.2.showIf.in.1',
    ],
    [
      'a condition value that is no option code',
      () =>
        withQuestion('recruitment.agencies', (q) => ({
          ...(q as object),
          showIf: { question: 'recruitment.law', in: ['statute'] },
        })),
      'condition-value',
      'sections.1.questions.2.showIf.in.0',
    ],
    [
      'a condition on a table',
      () =>
        withQuestion('data.note', (q) => ({
          ...(q as object),
          showIf: { question: 'data.stock', in: ['x'] },
        })),
      'condition-type',
      'sections.2.questions.2.showIf.question',
    ],
    [
      'a number condition outside the question’s range',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          showIf: { question: 'data.total', in: [-1] },
        })),
      'condition-value',
      'sections.2.questions.1.showIf.in.0',
    ],
    [
      'an option code used twice',
      () =>
        withQuestion('recruitment.law', (q) => {
          const c = q as Extract<Question, { type: 'single-choice' }>;
          c.options.push(structuredClone(c.options[0] as (typeof c.options)[number]));
          return c;
        }),
      'duplicate-option',
      'sections.1.questions.0.options',
    ],
    [
      'a sum on a column that is not a number',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          sums: [{ column: 'country', equals: 'data.total', tolerance: 0 }],
        })),
      'sum-column',
      'sections.2.questions.1.sums.0.column',
    ],
    [
      'a sum on a column the table lacks',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          sums: [{ column: 'total', equals: 'data.total', tolerance: 0 }],
        })),
      'sum-column',
      'sections.2.questions.1.sums.0.column',
    ],
    [
      'a sum equal to a question that is not a number',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          sums: [{ column: 'count', equals: 'data.comment', tolerance: 0 }],
        })),
      'sum-question',
      'sections.2.questions.1.sums.0.equals',
    ],
    [
      'a pre-fill into a column the table lacks',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          prefill: {
            source: 'foreign-trained-stock',
            columns: { occupation: 'occupation', value: 'number' },
          },
        })),
      'prefill-column',
      'sections.2.questions.1.prefill.columns.value',
    ],
    [
      'a pre-fill of a field its source does not give',
      () =>
        withQuestion('data.stock', (q) => ({
          ...(q as object),
          prefill: { source: 'foreign-trained-stock', columns: { signed: 'year' } },
        })),
      'prefill-field',
      'sections.2.questions.1.prefill.columns.signed',
    ],
    [
      'a minimum above the maximum',
      () => withQuestion('recruitment.agencies', (q) => ({ ...(q as object), min: 10, max: 5 })),
      'range',
      'sections.1.questions.2',
    ],
    [
      'more choices required than options',
      () => withQuestion('recruitment.stakeholders', (q) => ({ ...(q as object), min: 5, max: 6 })),
      'choices',
      'sections.1.questions.1',
    ],
    [
      'a single-choice column without options',
      () =>
        withQuestion('data.stock', (q) => {
          const t = q as Extract<Question, { type: 'table' }>;
          t.columns.push({ id: 'kind', type: 'single-choice', required: false, text: t.text });
          return t;
        }),
      'column-options',
      'sections.2.questions.1.columns.4.options',
    ],
    [
      'a column id used twice',
      () =>
        withQuestion('data.stock', (q) => {
          const t = q as Extract<Question, { type: 'table' }>;
          t.columns.push(structuredClone(t.columns[0] as (typeof t.columns)[number]));
          return t;
        }),
      'duplicate-column',
      'sections.2.questions.1.columns',
    ],
    [
      'a rename of a question it does not have',
      () => ({ ...base(), renamed: { 'data.gone': 'data.total' } }),
      'renamed-unknown',
      'renamed.data.gone',
    ],
  ];
  for (const [name, make, code, path] of cases)
    test(`refuses ${name}`, () => {
      const problems = definitionProblems(make());
      assert.deepEqual(
        problems.map((p) => [p.code, p.path]),
        [[code, path]],
      );
      const [line] = checkDefinition(make());
      assert.ok(line?.startsWith(`${path}: `), line);
    });
});
