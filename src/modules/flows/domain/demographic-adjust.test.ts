import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nbScaleGlobal, rescaleIntegerSum, roundHalfEven } from './demographic-adjust.ts';

// migest documents no printed output for these helpers (their examples are commented out), so the tests pin the
// behaviour of the R code they follow.
describe('rescaleIntegerSum', () => {
  test('rounds like R (halves to even) and puts the remainder on the largest cell', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999].map(roundHalfEven), [0, 2, 2, -0, -2, 2]);
    // 10, 20, 30 scaled to 61: 10.1667, 20.3333, 30.5 → 10, 20, 30 (30.5 → 30), remainder 1 on the 30
    assert.deepEqual(Array.from(rescaleIntegerSum([10, 20, 30], 61)), [10, 20, 31]);
  });

  test('ties for the largest cell go to the first one (migest draws one at random)', () => {
    // 30.43, 10.14, 30.43 round to 30, 10, 30; the remainder 1 goes to the first 30
    assert.deepEqual(Array.from(rescaleIntegerSum([30, 10, 30], 71)), [31, 10, 30]);
  });

  test('a non-integer total leaves the fraction on the largest cell', () => {
    const r = rescaleIntegerSum([1000, 555, 800, 200], 2551.5);
    assert.equal(
      r.reduce((a, b) => a + b, 0),
      2551.5,
    );
    assert.equal((r[0] as number) % 1, 0.5);
  });
});

describe('nbScaleGlobal', () => {
  const n = 4;
  const P1 = [1000, 100, 10, 0, 55, 555, 50, 5, 80, 40, 800, 40, 20, 25, 20, 200];
  const P2 = [950, 100, 60, 0, 80, 505, 75, 5, 90, 30, 800, 40, 40, 45, 0, 180];
  const total = (x: Float64Array) => x.reduce((a, b) => a + b, 0);

  test('moves half the gap onto each native-born diagonal so stock change equals births − deaths', () => {
    const s1 = Float64Array.from(P1);
    const s2 = Float64Array.from(P2);
    const gap = nbScaleGlobal(
      { start: s1, end: s2, n },
      { births: Float64Array.from([10, 10, 10, 10]), deaths: Float64Array.from([5, 5, 5, 5]) },
    );
    assert.equal(gap, 20);
    assert.equal(total(s2) - total(s1), 20);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j) assert.equal(s1[i * n + j], P1[i * n + j]);
    assert.equal(s1[0] as number, 996);
  });

  test('an odd gap is split into halves (the "odd number" branch of migest does not fire for integers)', () => {
    const s1 = Float64Array.from(P1);
    const s2 = Float64Array.from(P2);
    const gap = nbScaleGlobal(
      { start: s1, end: s2, n },
      { births: Float64Array.from([10, 10, 10, 10]), deaths: Float64Array.from([32, 5, 5, 5]) },
    );
    assert.equal(gap, -7);
    assert.equal(total(s2) - total(s1), -7);
    assert.equal((s1[0] as number) % 1, 0.5);
  });

  test('a non-integer gap with remainder below 0.5 first adds one person to the end table, as migest codes it', () => {
    const s1 = Float64Array.from(P1);
    const s2 = Float64Array.from(P2);
    const gap = nbScaleGlobal(
      { start: s1, end: s2, n },
      { births: Float64Array.from([10.25, 0, 0, 0]), deaths: Float64Array.from([0, 0, 0, 0]) },
    );
    assert.equal(gap, 10.25);
    assert.ok(Math.abs(total(s2) - total(s1) - 10.25) < 1e-9);
    // end native-born: 2435 + 1 (the branch), then + (10.25 − 1) / 2
    const nativeEnd = [0, 5, 10, 15].reduce((a, p) => a + (s2[p] as number), 0);
    assert.equal(nativeEnd, 2435 + 1 + (10.25 - 1) / 2);
  });
});
