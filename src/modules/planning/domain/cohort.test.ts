import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectCohort } from './cohort.ts';
import type { CohortInputs } from './model.ts';
import { projectSupply } from './supply.ts';
import { assertClose, makeInputs } from './supply-inputs.test-helper.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** One cell, every age group with exit rate q, entrants by group constant over the years. */
function oneCell(opts: {
  ageStarts: number[];
  retirementAge?: number;
  stock: number[];
  q: number | number[];
  entrants?: number[];
  years: number;
  fteRatio?: number[];
}): CohortInputs {
  const groups = opts.ageStarts.length;
  const entrants = new Float64Array(groups * opts.years);
  opts.entrants?.forEach((e, g) => {
    entrants.fill(e, g * opts.years, (g + 1) * opts.years);
  });
  return {
    cells: 1,
    years: opts.years,
    ageStarts: opts.ageStarts,
    ...(opts.retirementAge === undefined ? {} : { retirementAge: opts.retirementAge }),
    stock: Float64Array.from(opts.stock),
    exitRate: Float64Array.from({ length: groups }, (_, g) =>
      typeof opts.q === 'number' ? opts.q : (opts.q[g] as number),
    ),
    entrants,
    fteRatio: Float64Array.from(opts.fteRatio ?? [1]),
  };
}

const at = (p: { years: number }, g: number, t: number) => g * (p.years + 1) + t;

describe('projectCohort', () => {
  it('ages a cohort with constant exits: S[a+k, t+k] = S[a, t](1 − q)^k', () => {
    const ages = range(20, 65);
    const stock = ages.map((a) => (a === 30 ? 1000 : 0));
    const path = projectCohort(oneCell({ ageStarts: ages, retirementAge: 65, stock, q: 0.02, years: 10 }));
    for (let k = 0; k <= 10; k++) {
      assertClose(path.byAge[at(path, 30 - 20 + k, k)] as number, 1000 * 0.98 ** k, 1e-9, `age ${30 + k}`);
      assertClose(path.headcount[k] as number, 1000 * 0.98 ** k, 1e-9, `total ${k}`);
    }
    // By hand: 0.98^5 = 0.9039207968, so 903.9207968 at age 35 in year 5.
    assertClose(path.byAge[at(path, 15, 5)] as number, 903.9207968, 1e-9, 'age 35, year 5');
    assert.equal(path.byAge[at(path, 14, 5)], 0);
  });

  it('reaches the stationary population of constant entrants at one age', () => {
    // 100 entrants a year at 25, ages 25–64, q = 0.05, retirement at 65. After 40 years nobody of the base
    // stock is left and S[25 + k] = 100 × 0.95^k; the total is 100 (1 − 0.95^40) / 0.05 = 2000 (1 − 0.1285121566)
    // = 1742.975686869…, and 100 × 0.95^40 = 12.85121566… retire each year.
    const ages = range(25, 65);
    const path = projectCohort(
      oneCell({
        ageStarts: ages,
        retirementAge: 65,
        stock: ages.map(() => 50),
        q: 0.05,
        entrants: ages.map((a) => (a === 25 ? 100 : 0)),
        years: 45,
      }),
    );
    for (let k = 0; k < 40; k++) {
      assertClose(path.byAge[at(path, k, 45)] as number, 100 * 0.95 ** k, 1e-9, `age ${25 + k}`);
    }
    assertClose(path.headcount[45] as number, 1742.975686869794, 1e-9, 'stationary total');
    assertClose(path.headcount[40] as number, 1742.975686869794, 1e-9, 'stationary from year 40');
    assertClose(path.retirements[44] as number, 12.851215656510313, 1e-9, 'yearly retirements');
  });

  it('passes a fifth of a five-year band up each year, and retires those leaving the last band', () => {
    // Bands 20–24, 25–29, 30–34, retirement at 35, no exits. 1000 in the first band:
    // year 1: 800 / 200 / 0; year 2: 640 / 320 / 40; year 3: 512 / 384 / 96 with 8 retired.
    const path = projectCohort(
      oneCell({ ageStarts: [20, 25, 30], retirementAge: 35, stock: [1000, 0, 0], q: 0, years: 3 }),
    );
    const band = (g: number) => [0, 1, 2, 3].map((t) => path.byAge[at(path, g, t)]);
    assert.deepEqual(band(0), [1000, 800, 640, 512]);
    assert.deepEqual(band(1), [0, 200, 320, 384]);
    assert.deepEqual(band(2), [0, 0, 40, 96]);
    assert.deepEqual(Array.from(path.retirements), [0, 0, 8]);
    assert.deepEqual(Array.from(path.headcount), [1000, 1000, 1000, 992]);
  });

  it('gives FTE by age group', () => {
    const path = projectCohort(
      oneCell({
        ageStarts: [25, 45],
        retirementAge: 65,
        stock: [100, 200],
        q: 0,
        years: 0,
        fteRatio: [1, 0.5],
      }),
    );
    assert.deepEqual(Array.from(path.fte), [200]);
  });

  it('adds up to projectSupply when the rates do not depend on age, in single years and in bands', () => {
    const years = 15;
    for (const ageStarts of [range(20, 66), [20, 25, 30, 40, 50, 60]]) {
      const groups = ageStarts.length;
      const stock = ageStarts.map((_, g) => 100 + 30 * g);
      const entrants = ageStarts.map((_, g) => (g === 0 ? 60 : g === 2 ? 15 : 0));
      // An open last group: no retirement by age, so the exit rate is the only way out, as in the supply model.
      const cohort = projectCohort(oneCell({ ageStarts, stock, q: 0.04, entrants, years, fteRatio: [0.9] }));
      const supply = projectSupply(
        makeInputs(
          [{ stock: stock.reduce((a, b) => a + b), graduates: 75, otherExitRate: 0.04, fteRatio: 0.9 }],
          years,
        ),
      );
      for (let t = 0; t <= years; t++) {
        assertClose(
          cohort.headcount[t] as number,
          supply.headcount[t] as number,
          1e-9,
          `${groups} groups, year ${t}`,
        );
        assertClose(cohort.fte[t] as number, supply.fte[t] as number, 1e-9, `${groups} groups, FTE ${t}`);
      }
    }
  });

  it('adds up to projectSupply with retirement at an age, given the retirement rate it implies each year', () => {
    const years = 12;
    const ageStarts = [25, 35, 45, 55, 60];
    const cohort = projectCohort(
      oneCell({
        ageStarts,
        retirementAge: 65,
        stock: [300, 280, 250, 120, 90],
        q: [0.06, 0.03, 0.02, 0.02, 0.03],
        entrants: [40, 5, 0, 0, 0],
        years,
      }),
    );
    // Age-specific rates make the aggregate exit rate vary by year; projectSupply takes it per year.
    const base = makeInputs([{ stock: 1040, graduates: 45 }], years);
    const retirementRate = new Float64Array(years);
    const otherExitRate = new Float64Array(years);
    const q = [0.06, 0.03, 0.02, 0.02, 0.03];
    for (let t = 0; t < years; t++) {
      const total = cohort.headcount[t] as number;
      retirementRate[t] = (cohort.retirements[t] as number) / total;
      let exits = 0;
      for (let g = 0; g < ageStarts.length; g++)
        exits += (cohort.byAge[at(cohort, g, t)] as number) * (q[g] as number);
      otherExitRate[t] = exits / total;
    }
    const supply = projectSupply({ ...base, retirementRate, otherExitRate });
    for (let t = 0; t <= years; t++) {
      assertClose(supply.headcount[t] as number, cohort.headcount[t] as number, 1e-9, `year ${t}`);
    }
    assert.ok((cohort.retirements[0] as number) > 0);
  });

  it('refuses age groups and rates it cannot use', () => {
    const ok = { ageStarts: [20, 30], retirementAge: 65, stock: [1, 1], q: 0.1, years: 1 };
    assert.throws(() => projectCohort(oneCell({ ...ok, ageStarts: [30, 20] })), /ageStarts must rise/);
    assert.throws(
      () => projectCohort(oneCell({ ...ok, retirementAge: 30 })),
      /retirementAge must be at least/,
    );
    assert.throws(() => projectCohort(oneCell({ ...ok, q: 1.5 })), /exitRate\[0\] must be between 0 and 1/);
    assert.throws(
      () => projectCohort({ ...oneCell(ok), stock: new Float64Array(3) }),
      /stock must have 2 entries/,
    );
  });
});
