import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureDefinition } from '../../../../test/fixtures/questionnaires.ts';
import type { AnswerIssue, Answers } from '../schemas.ts';
import { isIsoDate, isUnanswered, validateAnswers } from './validate.ts';

const def = fixtureDefinition('test-nri-2027');

const row = (occupation: unknown, country: unknown, year: unknown, count: unknown) =>
  ({ occupation, country, year, count }) as Record<string, string | number | null>;

/** A complete national report of the fixture: nothing to say about it, even for submission. */
const COMPLETE: Answers = {
  'authority.designated': 'yes',
  'authority.organisation': 'Ministry of Health',
  'authority.date': '2024-03-01',
  'recruitment.law': 'law',
  'recruitment.stakeholders': ['ministry', 'unions'],
  'recruitment.agencies': 12,
  'data.total': 150,
  'data.stock': {
    rows: [row('medical-doctors', 'CUB', 2024, 100), row('nursing-personnel', 'NGA', 2024, 50)],
  },
  'data.note': { attachments: [3] },
  'data.comment': 'From the register.',
};

const brief = (issues: AnswerIssue[]) =>
  issues.map((i) => [i.question, i.code, i.row ?? null, i.column ?? null, i.params]);

describe('validateAnswers: what is wrong in what is answered', () => {
  test('a complete report has no issues, for saving or for submission', () => {
    assert.deepEqual(validateAnswers(def, COMPLETE, { forSubmit: false }), []);
    assert.deepEqual(validateAnswers(def, COMPLETE, { forSubmit: true }), []);
  });

  const cases: Array<[string, Answers, Array<[string, string, number | null, string | null, object]>]> = [
    [
      'a yes/no/partly answer that is none of them',
      { 'authority.designated': 'maybe' },
      [['authority.designated', 'option', null, null, { value: 'maybe' }]],
    ],
    [
      'a yes/no/partly answer of the wrong type',
      { 'authority.designated': 1 },
      [['authority.designated', 'type', null, null, { expected: 'yes-no-partly', value: '1' }]],
    ],
    [
      'an unknown option code',
      { 'recruitment.law': 'decree' },
      [['recruitment.law', 'option', null, null, { value: 'decree' }]],
    ],
    [
      'an unknown code among multiple choices',
      { 'recruitment.stakeholders': ['ministry', 'press'] },
      [['recruitment.stakeholders', 'option', null, null, { value: 'press' }]],
    ],
    [
      'more choices than allowed',
      { 'recruitment.stakeholders': ['ministry', 'regulators', 'recruiters', 'unions'] },
      [['recruitment.stakeholders', 'choices', null, null, { value: 4, min: 1, max: 3 }]],
    ],
    [
      'a number below its minimum',
      { 'recruitment.agencies': -4 },
      [['recruitment.agencies', 'range', null, null, { value: -4, min: 0 }]],
    ],
    [
      'a number that must be whole',
      { 'recruitment.agencies': 2.5 },
      [['recruitment.agencies', 'integer', null, null, { value: 2.5 }]],
    ],
    [
      'a number given as text',
      { 'recruitment.agencies': '12' },
      [['recruitment.agencies', 'type', null, null, { expected: 'number', value: '12' }]],
    ],
    [
      'a date that is no calendar date',
      { 'authority.designated': 'yes', 'authority.date': '2024-02-30' },
      [['authority.date', 'date', null, null, { value: '2024-02-30' }]],
    ],
    [
      'a date before its minimum',
      { 'authority.designated': 'yes', 'authority.date': '2009-01-01' },
      [['authority.date', 'range', null, null, { value: '2009-01-01', min: '2010-05-21' }]],
    ],
    [
      'a text longer than allowed',
      { 'data.comment': 'x'.repeat(201) },
      [['data.comment', 'length', null, null, { max: 200, length: 201 }]],
    ],
    [
      'more files than allowed',
      { 'data.note': { attachments: [1, 2, 3] } },
      [['data.note', 'choices', null, null, { max: 2, value: 3 }]],
    ],
    [
      'an answer to a question the questionnaire does not have',
      { 'data.other': 'x' },
      [['data.other', 'unknown-question', null, null, {}]],
    ],
    [
      'a table answer that is no table',
      { 'data.stock': 'many' },
      [['data.stock', 'type', null, null, { expected: 'table', value: 'many' }]],
    ],
    [
      'table cells of the wrong type, out of range, and codes that are none',
      {
        'data.stock': {
          rows: [
            row('medical-doctors', 'CUB', 2024, 100),
            row('doctors!', 'cu', 1990, -4),
            row('dentists', 'IND', '2024', 1.5),
          ],
        },
      },
      [
        ['data.stock', 'option', 2, 'occupation', { value: 'doctors!', expected: 'occupation' }],
        ['data.stock', 'option', 2, 'country', { value: 'cu', expected: 'area' }],
        ['data.stock', 'range', 2, 'year', { value: 1990, min: 2000, max: 2030 }],
        ['data.stock', 'range', 2, 'count', { value: -4, min: 0 }],
        ['data.stock', 'type', 3, 'year', { expected: 'number', value: '2024' }],
        ['data.stock', 'integer', 3, 'count', { value: 1.5 }],
      ],
    ],
    [
      'a required cell left empty, and a column the table does not have (empty rows are skipped)',
      {
        'data.stock': {
          rows: [row(null, null, null, null), { ...row('dentists', 'IND', 2024, null), extra: 'x' }],
        },
      },
      [
        ['data.stock', 'unknown-question', 2, 'extra', {}],
        ['data.stock', 'required', 2, 'count', {}],
      ],
    ],
  ];
  for (const [name, answers, expected] of cases)
    test(`reports ${name}`, () => {
      assert.deepEqual(brief(validateAnswers(def, answers, { forSubmit: false })), expected);
    });

  test('occupations are checked against the codes given', () => {
    const answers: Answers = { 'data.stock': { rows: [row('medical-doctor', 'CUB', 2024, 1)] } };
    const occupations = new Set(['medical-doctors', 'nursing-personnel']);
    assert.deepEqual(brief(validateAnswers(def, answers, { forSubmit: false, occupations })), [
      ['data.stock', 'option', 1, 'occupation', { value: 'medical-doctor', expected: 'occupation' }],
    ]);
    assert.deepEqual(validateAnswers(def, COMPLETE, { forSubmit: false, occupations }), []);
  });

  test('too many rows', () => {
    const rows = Array.from({ length: 51 }, (_, i) => row('dentists', 'IND', 2000 + (i % 30), 1));
    assert.deepEqual(brief(validateAnswers(def, { 'data.stock': { rows } }, { forSubmit: false })), [
      ['data.stock', 'rows', null, null, { max: 50, count: 51 }],
    ]);
  });
});

describe('validateAnswers: hidden questions', () => {
  test('an answer to a question not asked is neither checked nor required', () => {
    const answers: Answers = { ...COMPLETE, 'authority.designated': 'no', 'authority.date': 'not a date' };
    delete answers['authority.organisation'];
    assert.deepEqual(validateAnswers(def, answers, { forSubmit: true }), []);
    assert.deepEqual(
      brief(validateAnswers(def, { ...answers, 'authority.designated': 'yes' }, { forSubmit: true })),
      [
        ['authority.organisation', 'required', null, null, {}],
        ['authority.date', 'date', null, null, { value: 'not a date' }],
      ],
    );
  });
});

describe('validateAnswers for submission', () => {
  test('without it, missing answers are not issues', () => {
    assert.deepEqual(validateAnswers(def, {}, { forSubmit: false }), []);
  });
  test('required visible answers, blank ones included', () => {
    assert.deepEqual(
      brief(
        validateAnswers(
          def,
          { 'authority.designated': 'partly', 'authority.organisation': '  ' },
          { forSubmit: true },
        ),
      ),
      [
        ['authority.organisation', 'required', null, null, {}],
        ['recruitment.law', 'required', null, null, {}],
        ['data.total', 'required', null, null, {}],
        ['data.stock', 'required', null, null, {}],
      ],
    );
  });
  test('a table sum that differs from the number it must equal, and one within tolerance', () => {
    const answers: Answers = { ...COMPLETE, 'data.total': 149 };
    assert.deepEqual(brief(validateAnswers(def, answers, { forSubmit: true })), [
      ['data.stock', 'sum', null, 'count', { total: 150, expected: 149, tolerance: 0, equals: 'data.total' }],
    ]);
    assert.deepEqual(validateAnswers(def, answers, { forSubmit: false }), []);
    const tolerant = structuredClone(def);
    const table = tolerant.sections[2]?.questions[1];
    if (table?.type === 'table') table.sums = [{ column: 'count', equals: 'data.total', tolerance: 1 }];
    assert.deepEqual(validateAnswers(tolerant, answers, { forSubmit: true }), []);
  });
  test('a table with fewer rows than needed', () => {
    const d = structuredClone(def);
    const table = d.sections[2]?.questions[1];
    if (table?.type === 'table') {
      table.minRows = 3;
      table.required = false;
    }
    assert.deepEqual(brief(validateAnswers(d, COMPLETE, { forSubmit: true })), [
      ['data.stock', 'rows', null, null, { min: 3, count: 2 }],
    ]);
    const empty = { ...COMPLETE, 'data.stock': { rows: [] }, 'data.total': 0 };
    assert.deepEqual(brief(validateAnswers(d, empty, { forSubmit: true })), [
      ['data.stock', 'rows', null, null, { min: 3, count: 0 }],
    ]);
  });
});

test('isIsoDate and isUnanswered', () => {
  const dates: Array<[string, boolean]> = [
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['01/02/2024', false],
  ];
  for (const [value, ok] of dates) assert.equal(isIsoDate(value), ok, value);
  const answers: Array<[Parameters<typeof isUnanswered>[0], boolean]> = [
    [undefined, true],
    [null, true],
    [' ', true],
    [[], true],
    [{ rows: [{ a: null, b: '' }] }, true],
    [{ attachments: [] }, true],
    [0, false],
    ['no', false],
    [{ rows: [{ a: 1 }] }, false],
  ];
  for (const [answer, expected] of answers)
    assert.equal(isUnanswered(answer), expected, JSON.stringify(answer));
});
