import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Uncertainty } from './model.ts';
import { lognormalParameters, monteCarlo } from './montecarlo.ts';
import { projectSupply } from './supply.ts';
import { type CellSpec, makeInputs } from './supply-inputs.test-helper.ts';

const YEARS = 10;
const SPECS: CellSpec[] = [
  {
    stock: 1000,
    graduates: 80,
    entryRate: 0.9,
    immigration: 10,
    returns: 5,
    retirementRate: 0.025,
    deathRate: 0.002,
    emigrationRate: 0.03,
    otherExitRate: 0.015,
    fteRatio: 0.9,
  },
  {
    stock: 25_000,
    graduates: 900,
    retirementRate: 0.03,
    emigrationRate: 0.01,
    otherExitRate: 0.01,
    fteRatio: 0.8,
  },
  { stock: 40, graduates: 1, emigrationRate: 0.2, otherExitRate: 0.05 },
];
const INPUTS = makeInputs(SPECS, YEARS);
const UNCERTAINTY: Uncertainty = {
  graduates: { kind: 'lognormal', cv: 0.2 },
  retirementRate: { kind: 'lognormal', cv: 0.1 },
  emigrationRate: { kind: 'lognormal', cv: 0.4 },
  otherExitRate: { kind: 'range', low: 0.8, high: 1.2 },
  fteRatio: { kind: 'range', low: 0.9, high: 1.1 },
};
const Q = [0.05, 0.5, 0.95];
const W = YEARS + 1;
const at = (q: number, cell: number, t: number, cells = SPECS.length) => (q * cells + cell) * W + t;

describe('monteCarlo', () => {
  it('gives identical results for the same seed and different ones for another seed', () => {
    const options = { draws: 200, seed: 7, quantiles: Q };
    const a = monteCarlo(INPUTS, UNCERTAINTY, options);
    const b = monteCarlo(INPUTS, UNCERTAINTY, options);
    assert.deepEqual(a.headcount, b.headcount);
    assert.deepEqual(a.fte, b.fte);
    const c = monteCarlo(INPUTS, UNCERTAINTY, { ...options, seed: 8 });
    assert.notDeepEqual(a.headcount, c.headcount);
    // The base year is known: every quantile is the stock.
    for (let q = 0; q < Q.length; q++) assert.equal(c.headcount[at(q, 1, 0)], 25_000);
  });

  it('has medians on the deterministic path as the spread goes to zero (cv 1e-6: within 1e-4 relative)', () => {
    const tiny: Uncertainty = Object.fromEntries(
      Object.keys(UNCERTAINTY).map((k) => [k, { kind: 'lognormal', cv: 1e-6 }]),
    );
    const mc = monteCarlo(INPUTS, tiny, { draws: 101, seed: 1, quantiles: Q });
    const det = projectSupply(INPUTS);
    for (let c = 0; c < SPECS.length; c++) {
      for (let t = 0; t <= YEARS; t++) {
        const want = det.headcount[c * W + t] as number;
        const median = mc.headcount[at(1, c, t)] as number;
        assert.ok(Math.abs(median - want) <= 1e-4 * want, `cell ${c} year ${t}: ${median} vs ${want}`);
        const fte = mc.fte[at(1, c, t)] as number;
        assert.ok(Math.abs(fte - (det.fte[c * W + t] as number)) <= 1e-4 * want);
      }
    }
  });

  it('draws log-normal multipliers of mean 1 with the given cv, and range multipliers uniformly', () => {
    // A cell that is its graduates: no stock, no exits, one year, so S(1) = 100 × the multiplier of each draw.
    const inputs = makeInputs([{ stock: 0, graduates: 100 }], 1);
    const draws = 20_001;
    const q = [0.1, 0.5, 0.9];
    const cv = 0.5;
    const log = monteCarlo(
      inputs,
      { graduates: { kind: 'lognormal', cv } },
      { draws, seed: 3, quantiles: q },
    );
    const { meanlog, sdlog } = lognormalParameters(cv);
    assert.ok(Math.abs(meanlog - -0.5 * Math.log(1.25)) < 1e-15);
    assert.ok(Math.abs(sdlog - Math.sqrt(Math.log(1.25))) < 1e-15);
    // Quantiles of 100·exp(meanlog + sdlog·z), z at ±1.2816 (the normal's 10 % and 90 % points) and 0.
    [-1.2815515655446004, 0, 1.2815515655446004].forEach((z, i) => {
      const want = 100 * Math.exp(meanlog + sdlog * z);
      const got = log.headcount[i * 2 + 1] as number;
      assert.ok(Math.abs(got / want - 1) < 0.02, `quantile ${q[i]}: ${got} vs ${want}`);
    });
    const range = monteCarlo(
      inputs,
      { graduates: { kind: 'range', low: 0.8, high: 1.2 } },
      { draws, seed: 3, quantiles: q },
    );
    // 100 × (0.8 + 0.4p) at p = 0.1, 0.5, 0.9.
    [84, 100, 116].forEach((want, i) => {
      assert.ok(Math.abs((range.headcount[i * 2 + 1] as number) - want) < 0.5, `range quantile ${q[i]}`);
    });
  });

  it('keeps the mean of the multiplier at 1: the sample mean of many draws is within its standard error', () => {
    // With no exits and graduates only, the mean over draws is the mean of the product of two multipliers.
    const inputs = makeInputs([{ stock: 0, graduates: 1 }], 1);
    const draws = 40_001;
    // All 40 001 values come back as quantiles at every (k / (n − 1)), whose mean is the sample mean.
    const qs = Array.from({ length: draws }, (_, k) => k / (draws - 1));
    const cv = 0.3;
    const r = monteCarlo(
      inputs,
      { graduates: { kind: 'lognormal', cv }, entryRate: { kind: 'lognormal', cv } },
      { draws, seed: 11, quantiles: qs },
    );
    let sum = 0;
    for (let k = 0; k < draws; k++) sum += r.headcount[k * 2 + 1] as number;
    const mean = sum / draws;
    // Var of the product of two independent mean-1 factors: (1 + cv²)² − 1; standard error of the mean.
    const se = Math.sqrt(((1 + cv * cv) ** 2 - 1) / draws);
    assert.ok(Math.abs(mean - 1) < 4 * se, `mean ${mean}, se ${se}`);
  });

  it('orders the quantile bands, in headcount and FTE, every cell and year', () => {
    const r = monteCarlo(INPUTS, UNCERTAINTY, { draws: 300, seed: 5, quantiles: [0.95, 0.05, 0.5] });
    assert.deepEqual(r.quantiles, [0.95, 0.05, 0.5]);
    for (let c = 0; c < SPECS.length; c++) {
      for (let t = 1; t <= YEARS; t++) {
        for (const a of [r.headcount, r.fte]) {
          const [hi, lo, mid] = [0, 1, 2].map((q) => a[at(q, c, t)] as number) as [number, number, number];
          assert.ok(lo < mid && mid < hi, `cell ${c} year ${t}: ${lo} ${mid} ${hi}`);
        }
      }
    }
  });

  it("gives a cell the same result whatever the other cells of the run, by index or by the cell's key", () => {
    const alone = monteCarlo(makeInputs([SPECS[0] as CellSpec], YEARS), UNCERTAINTY, {
      draws: 150,
      seed: 9,
      quantiles: Q,
    });
    const changedOthers = makeInputs([SPECS[0] as CellSpec, { stock: 5, graduates: 500 }], YEARS);
    const withOthers = monteCarlo(changedOthers, UNCERTAINTY, { draws: 150, seed: 9, quantiles: Q });
    for (let q = 0; q < Q.length; q++) {
      for (let t = 0; t <= YEARS; t++) {
        assert.equal(withOthers.headcount[at(q, 0, t, 2)], alone.headcount[at(q, 0, t, 1)]);
        assert.equal(withOthers.fte[at(q, 0, t, 2)], alone.fte[at(q, 0, t, 1)]);
      }
    }
    // Moved to the second place, the cell keeps its draws through its key.
    const moved = monteCarlo(makeInputs([{ stock: 5 }, SPECS[0] as CellSpec], YEARS), UNCERTAINTY, {
      draws: 150,
      seed: 9,
      quantiles: Q,
      cellKeys: [77, 0],
    });
    for (let q = 0; q < Q.length; q++) {
      for (let t = 0; t <= YEARS; t++) {
        assert.equal(moved.headcount[at(q, 1, t, 2)], alone.headcount[at(q, 0, t, 1)]);
      }
    }
  });

  it('reports the share of draws held at zero, and progress after each cell', () => {
    // Stock 100 losing 95 % ± 20 % a year: draws above 100 % are clamped; exactly half the range.
    const inputs = makeInputs(
      [
        { stock: 100, otherExitRate: 1 },
        { stock: 100, otherExitRate: 0.1 },
      ],
      2,
    );
    const calls: Array<[number, number]> = [];
    const r = monteCarlo(
      inputs,
      { otherExitRate: { kind: 'range', low: 0.8, high: 1.2 } },
      { draws: 4000, seed: 2, quantiles: [0.5] },
      (done, total) => calls.push([done, total]),
    );
    assert.ok(Math.abs((r.clampedShare[0] as number) - 0.5) < 0.03, `share ${r.clampedShare[0]}`);
    assert.equal(r.clampedShare[1], 0);
    assert.deepEqual(calls, [
      [1, 2],
      [2, 2],
    ]);
  });

  it('refuses bad options and spreads', () => {
    const ok = { draws: 10, seed: 1, quantiles: Q };
    assert.throws(() => monteCarlo(INPUTS, {}, { ...ok, draws: 0 }), /draws must be a positive integer/);
    assert.throws(() => monteCarlo(INPUTS, {}, { ...ok, seed: -1 }), /seed must be an integer/);
    assert.throws(
      () => monteCarlo(INPUTS, {}, { ...ok, quantiles: [1.5] }),
      /quantiles must lie between 0 and 1/,
    );
    assert.throws(() => monteCarlo(INPUTS, {}, { ...ok, cellKeys: [1] }), /cellKeys must have 3 entries/);
    assert.throws(
      () => monteCarlo(INPUTS, { graduates: { kind: 'lognormal', cv: -0.1 } }, ok),
      /graduates: cv must be ≥ 0/,
    );
    assert.throws(
      () => monteCarlo(INPUTS, { returns: { kind: 'range', low: 1.2, high: 0.8 } }, ok),
      /returns: the range must have 0 ≤ low ≤ high/,
    );
  });
});
