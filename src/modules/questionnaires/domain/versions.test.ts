import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureDefinition } from '../../../../test/fixtures/questionnaires.ts';
import type { QuestionnaireDefinition } from '../schemas.ts';
import { carryAnswers, diffQuestionnaires, mapQuestions, unknownRenames } from './versions.ts';

const v2027 = fixtureDefinition('test-nri-2027');
const v2028 = fixtureDefinition('test-nri-2028');

const brief = (prev: QuestionnaireDefinition, next: QuestionnaireDefinition) =>
  diffQuestionnaires(prev, next).map((c) => [c.kind, c.question, c.previous ?? null, c.section ?? null]);

describe('diffQuestionnaires', () => {
  test('a version compared with itself has no changes', () => {
    assert.deepEqual(diffQuestionnaires(v2027, structuredClone(v2027)), []);
  });
  test('lists what changed from 2027 to 2028, in the new order, removals last', () => {
    assert.deepEqual(brief(v2027, v2028), [
      ['reworded', 'authority.designated', null, 'authority'],
      ['retyped', 'authority.date', null, 'authority'],
      ['options', 'recruitment.law', null, 'recruitment'],
      ['renamed', 'recruitment.agencies-licensed', 'recruitment.agencies', 'recruitment'],
      ['added', 'data.inflow', null, 'data'],
      ['moved', 'data.note', null, 'other'],
      ['removed', 'data.comment', null, 'data'],
    ]);
  });
  test('one kind each: help text, table columns, a rename naming a question the old version lacks', () => {
    const next = structuredClone(v2027);
    const q = next.sections[0]?.questions[0];
    if (q) q.help = { ...q.text, en: 'See article 7.' };
    const table = next.sections[2]?.questions[1];
    if (table?.type === 'table') table.columns = table.columns.slice(0, 3);
    next.renamed = { 'data.total': 'data.sum' };
    assert.deepEqual(brief(v2027, next), [
      ['reworded', 'authority.designated', null, 'authority'],
      ['options', 'data.stock', null, 'data'],
    ]);
    assert.deepEqual(unknownRenames(v2027, next), [['data.total', 'data.sum']]);
    assert.deepEqual(unknownRenames(v2027, v2028), []);
  });
});

describe('mapQuestions and carryAnswers', () => {
  test('maps carried-over questions of the same type, through renames; not retyped, added or removed ones', () => {
    const map = mapQuestions(v2027, v2028);
    assert.equal(map.get('recruitment.agencies-licensed'), 'recruitment.agencies');
    assert.equal(map.get('authority.designated'), 'authority.designated');
    assert.equal(map.get('data.note'), 'data.note');
    assert.equal(map.has('authority.date'), false);
    assert.equal(map.has('data.inflow'), false);
    assert.equal(map.has('data.comment'), false);
    assert.equal(map.size, 8);
  });
  test('carries answers onto the new ids, leaving retyped and removed ones behind', () => {
    const carried = carryAnswers(v2027, v2028, {
      'authority.designated': 'yes',
      'authority.date': '2024-03-01',
      'recruitment.agencies': 12,
      'data.comment': 'gone',
      'data.note': { attachments: [4] },
    });
    assert.deepEqual(carried, {
      'authority.designated': 'yes',
      'recruitment.agencies-licensed': 12,
      'data.note': { attachments: [4] },
    });
  });
});
