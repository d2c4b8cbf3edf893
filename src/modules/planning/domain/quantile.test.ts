import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuantileScratch, quantiles, selectInPlace } from './quantile.ts';

/** Type 7 quantile from a full sort, the reference. */
function sortedQuantile(values: readonly number[], p: number): number {
  const s = [...values].sort((x, y) => x - y);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  const lo = s[k] as number;
  const hi = s[Math.min(k + 1, s.length - 1)] as number;
  return lo + (h - k) * (hi - lo);
}

/** mulberry32, to make varied test data. */
function data(seed: number, n: number, levels?: number): number[] {
  let a = seed >>> 0;
  return Array.from({ length: n }, () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return levels === undefined ? u * 1000 - 200 : Math.floor(u * levels);
  });
}

describe('selectInPlace', () => {
  it('puts the k-th smallest at k with smaller values before and larger after, also with many ties', () => {
    for (const [seed, n, levels] of [
      [1, 1, undefined],
      [2, 2, undefined],
      [3, 101, undefined],
      [4, 1000, 3],
      [5, 257, 1],
      [6, 500, undefined],
    ] as const) {
      const values = data(seed, n, levels);
      const sorted = [...values].sort((x, y) => x - y);
      for (const k of [0, Math.floor(n / 3), n - 1]) {
        const a = Float64Array.from(values);
        selectInPlace(a, k, 0, n - 1);
        assert.equal(a[k], sorted[k], `n ${n} k ${k}`);
        for (let i = 0; i < k; i++) assert.ok((a[i] as number) <= (a[k] as number));
        for (let i = k + 1; i < n; i++) assert.ok((a[i] as number) >= (a[k] as number));
      }
    }
  });

  it('stays within the given range', () => {
    const a = Float64Array.from([9, 8, 3, 1, 2, 0]);
    selectInPlace(a, 3, 2, 4);
    assert.deepEqual(Array.from(a), [9, 8, 1, 2, 3, 0]);
  });
});

describe('quantiles', () => {
  const probs = [0, 0.025, 0.05, 0.25, 0.5, 0.5, 0.75, 0.95, 0.975, 1];

  it('agrees with type 7 quantiles of a sorted copy, for spread, tied, skewed and tiny values', () => {
    const skewed = data(12, 1000).map((x) => Math.exp(x / 20));
    const clamped = data(13, 500).map((x) => Math.max(0, x));
    const subnormal = data(14, 50, 7).map((x) => x * 5e-324);
    const outlier = [...data(15, 300), 1e300];
    for (const values of [
      data(7, 1000),
      data(8, 999, 5),
      data(9, 2),
      data(10, 1),
      data(11, 37),
      skewed,
      clamped,
      subnormal,
      outlier,
      Array.from({ length: 20 }, () => 4.5),
    ]) {
      const n = values.length;
      const given = Float64Array.from([-1e9, ...values, 1e9]);
      const copy = given.slice();
      const out = new Float64Array(probs.length);
      quantiles(given, 1, n, probs, out, new QuantileScratch(1000));
      probs.forEach((p, q) => {
        const want = sortedQuantile(values, p);
        assert.ok(
          Math.abs((out[q] as number) - want) <= 1e-12 * Math.abs(want),
          `n ${n} p ${p}: ${out[q]} ≠ ${want}`,
        );
      });
      assert.deepEqual(given, copy, 'the input is not changed');
    }
  });

  it('interpolates between order statistics: the median of 1, 2, 3, 4 is 2.5 and the 0.9 quantile 3.7', () => {
    const out = new Float64Array(2);
    quantiles(Float64Array.from([4, 1, 3, 2]), 0, 4, [0.5, 0.9], out, new QuantileScratch(4));
    assert.equal(out[0], 2.5);
    assert.ok(Math.abs((out[1] as number) - 3.7) < 1e-12);
  });

  it('refuses a slice longer than its scratch', () => {
    assert.throws(
      () => quantiles(new Float64Array(5), 0, 5, [0.5], new Float64Array(1), new QuantileScratch(4)),
      RangeError,
    );
  });
});
