import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeRefusal } from './scope.ts';

const areas = [
  { area: 'GHA', firstRow: 2 },
  { area: 'KEN', firstRow: 5 },
  { area: 'NGA', firstRow: 9 },
];

test('every area allowed: no refusal', () => {
  assert.equal(
    scopeRefusal(areas, () => true, 'import data', 'a.csv'),
    null,
  );
});

test('the refusal names each refused area with its file and first row, and only those', () => {
  const r = scopeRefusal(areas, (a) => a === 'GHA', 'import data', 'a.csv');
  assert.ok(r);
  assert.equal(r.message, 'You may not import data for areas KEN (a.csv, row 5), NGA (a.csv, row 9)');
  assert.match(r.detail, /2 of the 3 area\(s\)/);
  assert.deepEqual(
    r.errors.map((e) => [e.row, e.message]),
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
  const r = scopeRefusal(many, () => false, 'import data', 'a.csv');
  assert.ok(r);
  assert.match(r.message, /A09 \(a\.csv, row 11\) and 2 other area\(s\)$/);
  assert.equal(r.errors.length, 12);
});
