import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagOf, isFutureMonth, yearlyTotals } from './declarations.ts';

test('red origins, amber ones without their agreement and agreements that do not govern are flagged', () => {
  assert.equal(flagOf({ agreement: null }, 'red', []), 'red_origin');
  assert.equal(flagOf({ agreement: 4 }, 'red', [4]), 'red_origin');
  assert.equal(flagOf({ agreement: null }, 'amber', [4]), 'amber_without_agreement');
  assert.equal(flagOf({ agreement: 4 }, 'amber', [4]), null);
  assert.equal(flagOf({ agreement: 5 }, 'amber', [4]), 'agreement_not_governing');
  assert.equal(flagOf({ agreement: 5 }, 'green', []), 'agreement_not_governing');
  assert.equal(flagOf({ agreement: null }, 'green', []), null);
});

test('placements are summed by origin, occupation and year', () => {
  const totals = yearlyTotals([
    { month: '2024-01', origin: 'KEN', occupation: 'nursing-personnel', placed: 3 },
    { month: '2024-11', origin: 'KEN', occupation: 'nursing-personnel', placed: 4 },
    { month: '2025-01', origin: 'KEN', occupation: 'nursing-personnel', placed: 1 },
    { month: '2024-02', origin: 'IND', occupation: 'nursing-personnel', placed: 10 },
    { month: '2024-02', origin: 'KEN', occupation: 'medical-doctors', placed: 0 },
  ]);
  assert.deepEqual(
    totals.map((t) => `${t.year} ${t.origin} ${t.occupation} ${t.placed}`),
    [
      '2024 IND nursing-personnel 10',
      '2024 KEN medical-doctors 0',
      '2024 KEN nursing-personnel 7',
      '2025 KEN nursing-personnel 1',
    ],
  );
});

test('a month after the current one is in the future', () => {
  assert.equal(isFutureMonth('2026-12', '2026-12-03'), false);
  assert.equal(isFutureMonth('2027-01', '2026-12-03'), true);
  assert.equal(isFutureMonth('2019-05', '2026-12-03'), false);
});
