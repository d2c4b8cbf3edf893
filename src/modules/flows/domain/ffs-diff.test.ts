import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ffsDiff } from './ffs-diff.ts';

// Input and printed output: migest reference page ffs_diff.html.
const byRow = (v: number[]): number[][] => [0, 1, 2, 3].map((i) => v.slice(i * 4, i * 4 + 4));
const stockStart = byRow([100, 10, 10, 0, 20, 55, 25, 10, 10, 40, 140, 65, 20, 25, 20, 200]);
const stockEnd = byRow([75, 25, 5, 15, 20, 45, 30, 15, 30, 40, 150, 35, 10, 50, 5, 200]);

describe('ffsDiff: migest examples', () => {
  test('decrease = "zero"', () => {
    assert.deepEqual(
      ffsDiff({ stockStart, stockEnd }, { decrease: 'zero' }),
      byRow([0, 15, 0, 15, 0, 0, 5, 5, 20, 0, 0, 0, 0, 25, 0, 0]),
    );
  });

  test('decrease = "return" (the default)', () => {
    const expected = byRow([0, 15, 0, 25, 0, 0, 5, 5, 25, 0, 0, 15, 0, 25, 30, 0]);
    assert.deepEqual(ffsDiff({ stockStart, stockEnd }, { decrease: 'return' }), expected);
    assert.deepEqual(ffsDiff({ stockStart, stockEnd }), expected);
  });
});

describe('ffsDiff: options and failures', () => {
  test('native-born cells are used only when asked for', () => {
    const f = ffsDiff({ stockStart, stockEnd }, { decrease: 'zero', includeNativeBorn: true });
    assert.deepEqual(
      f.map((row, i) => row[i]),
      [0, 0, 10, 0],
    );
    const r = ffsDiff({ stockStart, stockEnd }, { decrease: 'return', includeNativeBorn: true });
    assert.equal(r[0]?.[0], 25);
  });

  test('negative foreign-born stocks and size mismatches are refused', () => {
    const bad = stockStart.map((row) => [...row]);
    (bad[1] as number[])[0] = -3;
    assert.throws(() => ffsDiff({ stockStart: bad, stockEnd }), /stockStart\[1\]\[0\] is negative/);
    assert.throws(() => ffsDiff({ stockStart, stockEnd: stockEnd.slice(0, 3) }), /must be 4 × 4/);
  });
});
