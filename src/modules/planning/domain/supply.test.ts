import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSupplyPath, projectSupply } from './supply.ts';
import { assertClose, type CellSpec, cellPath, makeInputs } from './supply-inputs.test-helper.ts';

/** S(t) = G/a + (S0 − G/a)(1 − a)^t, the closed form of S[t+1] = S[t](1 − a) + G. */
const closedForm = (s0: number, a: number, g: number, t: number) => g / a + (s0 - g / a) * (1 - a) ** t;

describe('projectSupply', () => {
  it('reproduces the closed form of projection.md: S0 = 1000, a = 0.05, G = 80 gives S(10) = 1240.7578…, steady state 1600', () => {
    const years = 2000;
    const path = projectSupply(makeInputs([{ stock: 1000, graduates: 80, otherExitRate: 0.05 }], years));
    const s = cellPath(path.headcount, 0, years);
    for (let t = 0; t <= years; t++)
      assertClose(s[t] as number, closedForm(1000, 0.05, 80, t), 1e-9, `S(${t})`);
    // 1600 − 600 × 0.95^10 = 1600 − 600 × 0.59873693923837890625 (0.95^10 exactly)
    assertClose(s[10] as number, 1240.7578364569727, 1e-9, 'S(10)');
    assertClose(s[years] as number, 1600, 1e-9, 'steady state');
    assert.equal(path.clamped[0], 0);
  });

  it('matches the closed form in every cell of a run of many cells and parameter sets, every year', () => {
    const years = 40;
    const specs: CellSpec[] = [];
    const expected: Array<{ s0: number; a: number; g: number }> = [];
    for (let i = 0; i < 300; i++) {
      const s0 = 50 + 37 * i;
      const [ret, death, emig, other] = [0.01 + (i % 7) * 0.005, 0.002, (i % 5) * 0.01, 0.004 * (i % 3)];
      const immRate = (i % 4) * 0.003;
      const [grads, entry, imm, ret2] = [20 + (i % 11) * 15, 0.6 + (i % 4) * 0.1, (i % 6) * 4, (i % 3) * 2];
      specs.push({
        stock: s0,
        graduates: grads,
        entryRate: entry,
        immigration: imm,
        immigrationRate: immRate,
        returns: ret2,
        retirementRate: ret,
        deathRate: death,
        emigrationRate: emig,
        otherExitRate: other,
        fteRatio: 0.8 + (i % 5) * 0.05,
      });
      // Net rate a = exits − immigration rate; yearly entries G = graduates × entry + immigrants + returners.
      expected.push({ s0, a: ret + death + emig + other - immRate, g: grads * entry + imm + ret2 });
    }
    const inputs = makeInputs(specs, years);
    const path = projectSupply(inputs);
    expected.forEach(({ s0, a, g }, c) => {
      const f = inputs.fteRatio[c] as number;
      for (let t = 0; t <= years; t++) {
        const want = closedForm(s0, a, g, t);
        const i = c * (years + 1) + t;
        assertClose(path.headcount[i] as number, want, 1e-9 * Math.max(1, want), `cell ${c} S(${t})`);
        assertClose(path.fte[i] as number, want * f, 1e-9 * Math.max(1, want), `cell ${c} FTE(${t})`);
      }
    });
    assert.equal(
      path.clamped.every((x) => x === 0),
      true,
    );
  });

  it('holds a stock at zero when exits exceed it, flags that cell only, and lets inflows rebuild it', () => {
    const years = 3;
    // Exit rates summing to 1.5 a year: 100 − 150 = −50 is held at 0; then 0 + 10 = 10; then 10 − 15 + 10 = 5.
    const path = projectSupply(
      makeInputs(
        [
          { stock: 100, retirementRate: 0.5, emigrationRate: 0.6, otherExitRate: 0.4, returns: [0, 10, 10] },
          { stock: 100, otherExitRate: 0.1 },
        ],
        years,
      ),
    );
    assert.deepEqual(cellPath(path.headcount, 0, years), [100, 0, 10, 5]);
    assert.deepEqual(Array.from(path.clamped), [1, 0]);
  });

  it('adds immigration as counts or as a rate of the stock', () => {
    const years = 3;
    const path = projectSupply(
      makeInputs(
        [
          { stock: 2000, otherExitRate: 0.05, immigration: 50 },
          { stock: 2000, otherExitRate: 0.05, immigrationRate: 0.025 },
        ],
        years,
      ),
    );
    // Counts: 2000 + 50 − 100 = 1950; 1950 + 50 − 97.5 = 1902.5; 1902.5 + 50 − 95.125 = 1857.375.
    assert.deepEqual(cellPath(path.headcount, 0, years), [2000, 1950, 1902.5, 1857.375]);
    // Rate: S × (1 + 0.025 − 0.05) = S × 0.975: 1950, 1901.25, 1853.71875.
    const rate = cellPath(path.headcount, 1, years);
    [2000, 1950, 1901.25, 1853.71875].forEach((want, t) => {
      assertClose(rate[t] as number, want, 1e-9, `S(${t})`);
    });
  });

  it('takes graduates year by year, scaled by the entry rate', () => {
    const years = 3;
    const path = projectSupply(
      makeInputs([{ stock: 100, otherExitRate: 0.1, graduates: [10, 20, 30], entryRate: 0.5 }], years),
    );
    // 100 × 0.9 + 5 = 95; 95 × 0.9 + 10 = 95.5; 95.5 × 0.9 + 15 = 100.95.
    const s = cellPath(path.headcount, 0, years);
    [100, 95, 95.5, 100.95].forEach((want, t) => {
      assertClose(s[t] as number, want, 1e-9, `S(${t})`);
    });
  });

  it('reads rates given per cell and year', () => {
    const years = 2;
    const base = makeInputs([{ stock: 1000 }, { stock: 500 }], years);
    // Cell 0 loses 10 % then 20 %; cell 1 loses 0 % then 50 %.
    const path = projectSupply({ ...base, retirementRate: Float64Array.from([0.1, 0.2, 0, 0.5]) });
    assert.deepEqual(cellPath(path.headcount, 0, years), [1000, 900, 720]);
    assert.deepEqual(cellPath(path.headcount, 1, years), [500, 500, 250]);
  });

  it('caps emigrants at the yearly cap, and a NaN cap is no cap', () => {
    const years = 2;
    const path = projectSupply(
      makeInputs(
        [
          { stock: 1000, emigrationRate: 0.1, emigrationCap: 30 },
          { stock: 1000, emigrationRate: 0.1, emigrationCap: [Number.NaN, 50] },
        ],
        years,
      ),
    );
    // 1000 − 30 = 970; 970 − 30 = 940.
    assert.deepEqual(cellPath(path.headcount, 0, years), [1000, 970, 940]);
    // 1000 − 100 = 900; 900 − min(90, 50) = 850.
    assert.deepEqual(cellPath(path.headcount, 1, years), [1000, 900, 850]);
  });

  it('writes into a given path and returns it', () => {
    const inputs = makeInputs([{ stock: 10, graduates: 1 }], 2);
    const out = createSupplyPath(1, 2);
    assert.equal(projectSupply(inputs, out), out);
    assert.deepEqual(Array.from(out.headcount), [10, 11, 12]);
    assert.throws(() => projectSupply(inputs, createSupplyPath(2, 2)), RangeError);
  });

  it('refuses arrays of the wrong length, naming them', () => {
    const inputs = makeInputs([{ stock: 10 }, { stock: 20 }], 3);
    assert.throws(
      () => projectSupply({ ...inputs, graduates: new Float64Array(5) }),
      /graduates must have 6/,
    );
    assert.throws(
      () => projectSupply({ ...inputs, deathRate: new Float64Array(4) }),
      /deathRate must have 2 entries \(per cell\) or 6/,
    );
    assert.throws(() => projectSupply({ ...inputs, years: 2.5 }), /years must be a non-negative integer/);
  });
});
