import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureDefinition } from '../../../../test/fixtures/questionnaires.ts';
import {
  addRow,
  afterSave,
  change,
  conflictsOf,
  type Draft,
  draftKey,
  editableRows,
  effectiveAnswers,
  emptyDraft,
  issuesOf,
  type PrefillResult,
  parseDraft,
  parseNumber,
  previousAnswers,
  type Report,
  rebase,
  removeRow,
  reviewComments,
  rowOrigins,
  sectionProgress,
  serialiseDraft,
  setCell,
  type TableQuestion,
  toggleOption,
  unreported,
} from './state.ts';

const def = fixtureDefinition('test-nri-2027');
const next = fixtureDefinition('test-nri-2028');
const stockTable = def.sections[2]?.questions[1] as TableQuestion;

const report = (version: number, answers: Report['answers']) => ({ version, answers }) as Report;

describe('unsaved answers', () => {
  test('a change remembers the stored answer it replaces; changing it back leaves nothing pending', () => {
    const stored = { 'authority.designated': 'no' };
    let d = change(emptyDraft(3), stored, 'authority.designated', 'yes');
    assert.deepEqual(d, {
      version: 3,
      pending: { 'authority.designated': 'yes' },
      base: { 'authority.designated': 'no' },
    });
    d = change(d, stored, 'authority.designated', 'partly');
    assert.equal(d.base['authority.designated'], 'no', 'the base stays the stored answer');
    assert.deepEqual(effectiveAnswers(stored, d), { 'authority.designated': 'partly' });
    d = change(d, stored, 'authority.designated', 'no');
    assert.deepEqual(d.pending, {});
    const cleared = change(emptyDraft(3), stored, 'authority.designated', null);
    assert.deepEqual(effectiveAnswers(stored, cleared), {});
  });

  test('after a save, what was typed while it was under way stays pending on the new version', () => {
    let d = change(emptyDraft(1), {}, 'data.total', 10);
    const sent = { ...d.pending };
    d = change(d, {}, 'data.comment', 'typed meanwhile');
    const after = afterSave(d, sent, report(2, { 'data.total': 10 }));
    assert.deepEqual(after, {
      version: 2,
      pending: { 'data.comment': 'typed meanwhile' },
      base: { 'data.comment': null },
    });
    const retyped = change(change(emptyDraft(1), {}, 'data.total', 10), {}, 'data.total', 11);
    assert.deepEqual(afterSave(retyped, { 'data.total': 10 }, report(2, { 'data.total': 10 })).pending, {
      'data.total': 11,
    });
  });

  test('a conflict is a question both versions changed, differently; each is kept or taken as chosen', () => {
    const stored = { 'data.total': 5, 'data.comment': 'old' };
    let d: Draft = change(emptyDraft(4), stored, 'data.total', 10);
    d = change(d, stored, 'data.comment', 'mine');
    d = change(d, stored, 'authority.designated', 'yes');
    const current = report(6, {
      'data.total': 12,
      'data.comment': 'old',
      'authority.designated': 'yes',
      'recruitment.law': 'law',
    });
    assert.deepEqual(conflictsOf(d, current.answers), [{ question: 'data.total', mine: 10, theirs: 12 }]);
    const keep = rebase(d, current, { 'data.total': 'mine' });
    assert.deepEqual(keep, {
      version: 6,
      pending: { 'data.total': 10, 'data.comment': 'mine' },
      base: { 'data.total': 12, 'data.comment': 'old' },
    });
    assert.deepEqual(conflictsOf(keep, current.answers), [], 'resolved');
    assert.deepEqual(rebase(d, current, { 'data.total': 'theirs' }).pending, { 'data.comment': 'mine' });
    assert.deepEqual(rebase(d, current, {}).pending['data.total'], 10, 'unchosen: nothing typed is lost');
  });

  test('unsaved answers survive a reload through sessionStorage text; anything else is not a draft', () => {
    const d = change(emptyDraft(2), {}, 'data.comment', '<script>x</script>');
    const text = serialiseDraft(d);
    assert.ok(text);
    assert.deepEqual(parseDraft(text), d);
    assert.equal(serialiseDraft(emptyDraft(2)), null);
    for (const bad of [
      null,
      '',
      '{',
      '[]',
      '{"version":"2","pending":{},"base":{}}',
      '{"version":2,"pending":{}}',
    ])
      assert.equal(parseDraft(bad), null, String(bad));
    assert.equal(draftKey(7), 'hwmo.report.7.unsaved');
  });
});

describe('sections and issues from the domain', () => {
  test('completion per section follows the conditions; issues are the server’s own', () => {
    const answers = { 'authority.designated': 'yes', 'data.total': 4 };
    const issues = issuesOf(def, answers);
    assert.deepEqual(
      issues.map((i) => `${i.question} ${i.code}`),
      ['authority.organisation required', 'recruitment.law required', 'data.stock required'],
    );
    assert.deepEqual(sectionProgress(def, answers, issues), [
      { id: 'authority', asked: 3, answered: 1, issues: 1 },
      { id: 'recruitment', asked: 3, answered: 0, issues: 1 },
      { id: 'data', asked: 4, answered: 1, issues: 1 },
    ]);
    const no = { 'authority.designated': 'no' };
    assert.equal(sectionProgress(def, no, issuesOf(def, no))[0]?.asked, 1, 'the follow-ups are not asked');
    const sum = issuesOf(def, {
      'data.total': 10,
      'data.stock': { rows: [{ occupation: 'dentists', country: 'IND', year: 2024, count: 4 }] },
    }).find((i) => i.code === 'sum');
    assert.deepEqual(sum?.params, { total: 4, expected: 10, tolerance: 0, equals: 'data.total' });
  });
});

describe('inputs', () => {
  test('numbers as typed: blank is none, separators and a decimal comma are read, the rest is kept', () => {
    assert.equal(parseNumber(''), null);
    assert.equal(parseNumber('  '), null);
    assert.equal(parseNumber('1 200'), 1200);
    assert.equal(parseNumber('12,5'), 12.5);
    assert.equal(parseNumber('-3'), -3);
    assert.equal(parseNumber('1,200.5'), '1,200.5');
    assert.equal(parseNumber('abc'), 'abc');
  });

  test('table rows are added up to the maximum, changed cell by cell and removed', () => {
    let t = addRow(stockTable, []);
    assert.deepEqual(t.rows, [{ occupation: null, country: null, year: null, count: null }]);
    t = setCell(t.rows, 0, 'count', 7);
    assert.equal(t.rows[0]?.count, 7);
    t = addRow(stockTable, t.rows);
    assert.equal(removeRow(t.rows, 0).rows.length, 1);
    const full = Array.from({ length: stockTable.maxRows }, () => ({}));
    assert.equal(addRow(stockTable, full).rows.length, stockTable.maxRows);
  });

  test('a table asking for at least some rows shows that many to fill, after the answered ones', () => {
    const two = { ...stockTable, minRows: 2 };
    const empty = { occupation: null, country: null, year: null, count: null };
    assert.deepEqual(editableRows(two, []), [empty, empty]);
    const answered = [{ occupation: 'medical-doctors', country: 'NGA', year: 2025, count: 41 }];
    assert.deepEqual(editableRows(two, answered), [...answered, empty]);
    assert.deepEqual(editableRows({ ...stockTable, minRows: 0 }, []), []);
    assert.equal(editableRows(two, [...answered, ...answered, ...answered]).length, 3);
  });

  test('multiple choices keep the options’ order', () => {
    const q = def.sections[1]?.questions[1];
    assert.ok(q);
    assert.deepEqual(toggleOption(q, ['unions'], 'ministry', true), ['ministry', 'unions']);
    assert.deepEqual(toggleOption(q, ['ministry', 'unions'], 'ministry', false), ['unions']);
  });

  test('review comments: blank ones are left out', () => {
    assert.deepEqual(reviewComments({ a: '  fix  ', b: ' ' }), [{ question: 'a', body: 'fix' }]);
  });
});

describe('pre-filled tables', () => {
  const withPrefill = {
    ...stockTable,
    prefill: {
      source: 'foreign-trained-stock',
      columns: { occupation: 'occupation', partner: 'country', year: 'year', value: 'count' },
    },
  } as TableQuestion;
  const prefill: PrefillResult = {
    tables: [
      {
        question: 'data.stock',
        rows: [
          {
            cells: { occupation: 'medical-doctors', country: 'NGA', year: 2030, count: 60 },
            source: 'GHMC',
            batch: 4,
            year: 2030,
          },
          {
            cells: { occupation: 'nursing-personnel', country: 'NGA', year: 2030, count: 9 },
            source: 'GHMC',
            batch: 4,
            year: 2030,
          },
        ],
      },
    ],
    differences: [
      {
        question: 'data.stock',
        key: 'medical-doctors|KEN|2030',
        kind: 'different',
        reported: 12,
        stored: 10,
        storedSource: 'NMC',
        storedBatch: 5,
        storedYear: 2030,
        explanation: 'Reported 12, stored 10',
      },
      {
        question: 'data.stock',
        key: 'nursing-personnel|NGA|2030',
        kind: 'only-stored',
        reported: null,
        stored: 9,
        storedSource: 'GHMC',
        storedBatch: 4,
        storedYear: 2030,
        explanation: 'Stored, not reported',
      },
    ],
  };
  test('each row says whether the data core holds it, with a different value, or not at all', () => {
    const rows = [
      { occupation: 'medical-doctors', country: 'NGA', year: 2030, count: 60 },
      { occupation: 'medical-doctors', country: 'KEN', year: 2030, count: 12 },
      { occupation: 'dentists', country: 'IND', year: 2030, count: 1 },
      { occupation: null, country: null, year: null, count: null },
    ];
    const o = rowOrigins(withPrefill, rows, prefill);
    assert.deepEqual(o[0], { kind: 'stored', source: 'GHMC', batch: 4, difference: null });
    assert.equal(o[1]?.kind, 'different');
    assert.equal(o[1]?.difference?.explanation, 'Reported 12, stored 10');
    assert.equal(o[2], null);
    assert.equal(o[3], null);
    assert.deepEqual(
      unreported(withPrefill, prefill).map((d) => d.key),
      ['nursing-personnel|NGA|2030'],
    );
    const { prefill: _, ...bare } = withPrefill;
    assert.deepEqual(rowOrigins(bare, rows, prefill), [null, null, null, null], 'no pre-fill, no origin');
    assert.deepEqual(rowOrigins(withPrefill, rows, null), [null, null, null, null], 'nothing stored');
  });
});

describe('across rounds', () => {
  test('the previous round’s answers under the questions carried over, renamed ones included', () => {
    const prev = previousAnswers(def, next, {
      'authority.designated': 'yes',
      'recruitment.law': 'law',
      'data.total': 3,
    });
    assert.equal(prev.get('authority.designated'), 'yes');
    assert.ok(prev.size >= 2);
    for (const id of prev.keys())
      assert.ok(
        next.sections.some((s) => s.questions.some((q) => q.id === id)),
        id,
      );
  });
});
