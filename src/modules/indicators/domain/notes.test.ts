import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeSelection,
  NOTE_TEMPLATES,
  type Note,
  note,
  PARAM_KINDS,
  sentence,
  type Template,
} from './notes.ts';

const placeholders = (t: Template) =>
  (typeof t === 'string' ? [t] : [t.one, t.other]).flatMap((s) =>
    [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]),
  );

describe('notes', () => {
  test('every placeholder names a known kind of parameter, and plural templates count', () => {
    for (const [code, template] of Object.entries(NOTE_TEMPLATES)) {
      for (const p of placeholders(template)) assert.ok(p && p in PARAM_KINDS, `${code}: {{${p}}}`);
      if (typeof template !== 'string') assert.ok(placeholders(template).includes('count'), code);
    }
  });

  test('the English message fills the template: selections in words, numbers rounded, lists joined', () => {
    const n = note('no-headcount', {
      occupation: 'dentists',
      selection: { kind: 'latest', upTo: 2021, window: 10 },
    });
    assert.deepEqual(n, {
      code: 'no-headcount',
      params: { occupation: 'dentists', selection: { kind: 'latest', upTo: 2021, window: 10 } },
      message: 'no headcount of dentists in 2011–2021',
    });
    assert.equal(
      note('density-published-disagrees', { published: 1.23456, computed: 2, year: 2020 }).message,
      'the published 1.23 differs from headcount / population, 2, for 2020',
    );
    assert.equal(
      note('destinations-different-years', { years: [2016, 2018] }).message,
      'destinations report different years: 2016, 2018',
    );
  });

  test('plural templates take their form from count', () => {
    assert.match(
      note('abroad-lower-bound', { count: 1, areas: ['USA'] }).message,
      /the 1 destination that reports \(USA\)/,
    );
    assert.match(
      note('abroad-lower-bound', { count: 2, areas: ['USA', 'GBR'] }).message,
      /the 2 destinations that report \(USA, GBR\)/,
    );
  });

  test('nested notes are kept whole in params and spelled out in the message', () => {
    const inner = note('no-population-for-headcount', { year: 2019 });
    const outer = note('all-of', {
      notes: [note('for-cadre', { occupation: 'dentists', note: inner }), inner],
    });
    assert.deepEqual(
      (outer.params.notes as readonly Note[]).map((n) => n.code),
      ['for-cadre', 'no-population-for-headcount'],
    );
    assert.equal(
      outer.message,
      'dentists: no population for 2019, the year of the headcount; no population for 2019, the year of the headcount',
    );
    assert.equal(
      sentence([note('ssl-off'), note('no-sci')]),
      'A criterion fails: not on the list; no UHC service coverage index.',
    );
  });

  test('selections in words', () => {
    assert.equal(describeSelection({ kind: 'exact', year: 2018 }), 'in 2018');
    assert.equal(describeSelection({ kind: 'latest', upTo: null, window: null }), 'in any year');
    assert.equal(
      describeSelection({ kind: 'latest', upTo: null, window: 5 }),
      'within 5 years of the latest',
    );
    assert.equal(describeSelection({ kind: 'latest', upTo: 2020, window: null }), 'up to 2020');
  });
});
