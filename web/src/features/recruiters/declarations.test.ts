import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awaitingReview, declarationBody, lastMonth, lineErrors, newLine } from './declarations.ts';

test('the month before, across a year', () => {
  assert.equal(lastMonth(new Date('2026-12-03T07:00:00Z')), '2026-11');
  assert.equal(lastMonth(new Date('2027-01-31T23:59:00Z')), '2026-12');
});

test('the body: counts as numbers, an agreement only when one is chosen', () => {
  const a = { ...newLine(1, '2025-06'), origin: 'NGA', placed: '3' };
  const b = {
    ...newLine(2, '2025-06'),
    origin: 'IND',
    occupation: 'medical-doctors',
    placed: '12',
    agreement: '7',
  };
  assert.deepEqual(declarationBody([a, b]), {
    lines: [
      { month: '2025-06', origin: 'NGA', occupation: 'nursing-personnel', placed: 3 },
      { month: '2025-06', origin: 'IND', occupation: 'medical-doctors', placed: 12, agreement: 7 },
    ],
  });
});

test('field errors go to their line and field; two on one field are joined; others are kept apart', () => {
  const { lines, other } = lineErrors(
    [
      { field: 'lines.1.month', message: '2031-01 is after this month' },
      { field: 'lines.1.month', message: 'the same month, origin, occupation and agreement as line 1' },
      { field: 'lines.0.origin', message: 'not a country code known here' },
      { field: 'lines.5.origin', message: 'no such line' },
      { field: 'lines.0.colour', message: 'no such field' },
      { field: 'lines', message: 'at least one line' },
    ],
    2,
  );
  assert.deepEqual(lines, [
    { origin: 'not a country code known here' },
    { month: '2031-01 is after this month; the same month, origin, occupation and agreement as line 1' },
  ]);
  assert.deepEqual(
    other.map((e) => e.field),
    ['lines.5.origin', 'lines.0.colour', 'lines'],
  );
  assert.deepEqual(lineErrors([], 1), { lines: [{}], other: [] });
});

test('the review queue: pending first, then queried, newest month first; the others left out', () => {
  const d = (id: number, review: string, month: string) => ({ id, review, month });
  assert.deepEqual(
    awaitingReview([
      d(1, 'not_needed', '2025-06'),
      d(2, 'queried', '2025-07'),
      d(3, 'pending', '2025-01'),
      d(4, 'accepted', '2025-08'),
      d(5, 'pending', '2025-05'),
    ]).map((x) => x.id),
    [5, 3, 2],
  );
});
