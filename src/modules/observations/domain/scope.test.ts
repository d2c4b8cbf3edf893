import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../../platform/i18n/messages.ts';
import { scopeRefusal } from './scope.ts';

const areas = [
  { area: 'GHA', firstRow: 2 },
  { area: 'KEN', firstRow: 5 },
  { area: 'NGA', firstRow: 9 },
];

test('every area allowed: no refusal', () => {
  assert.equal(
    scopeRefusal(areas, () => true, { kind: 'import' }, 'a.csv'),
    null,
  );
});

test('the refusal names each refused area with its file and first row, and only those', () => {
  const r = scopeRefusal(areas, (a) => a === 'GHA', { kind: 'import' }, 'a.csv');
  assert.ok(r);
  assert.equal(render(r.message), 'You may not import data for areas KEN, NGA');
  assert.match(render(r.detail), /2 of the 3 areas it touches are outside/);
  assert.deepEqual(
    r.errors.map((e) => [e.row, render(e.message)]),
    [
      [5, 'KEN is outside your areas'],
      [9, 'NGA is outside your areas'],
    ],
  );
});

test('a long list is cut at ten areas and says how many more', () => {
  const many = Array.from({ length: 12 }, (_, i) => ({
    area: `A${String(i).padStart(2, '0')}`,
    firstRow: i + 2,
  }));
  const r = scopeRefusal(many, () => false, { kind: 'import' }, 'a.csv');
  assert.ok(r);
  assert.match(render(r.message), /A09 and 2 other areas$/);
  assert.match(render(r.message, 'ru'), /A09 и ещё 2 территориям$/);
  assert.equal(r.errors.length, 12);
});
