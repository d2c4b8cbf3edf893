import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyLevers, DEFAULT_WORKING_LIFE } from './levers.ts';
import type { ScenarioInputs } from './model.ts';
import { projectSupply } from './supply.ts';
import { cellPath, makeInputs } from './supply-inputs.test-helper.ts';

const YEARS = 3;
const base = () =>
  makeInputs(
    [
      {
        stock: 1000,
        graduates: [100, 100, 100],
        entryRate: 0.9,
        immigration: 20,
        returns: 5,
        retirementRate: 0.04,
        deathRate: 0.002,
        emigrationRate: 0.05,
        otherExitRate: 0.02,
        fteRatio: 0.9,
      },
      { stock: 50, graduates: 10, retirementRate: 0.02, emigrationRate: 0.1, fteRatio: 1 },
    ],
    YEARS,
  );

function snapshot(x: ScenarioInputs): string {
  return JSON.stringify(
    Object.entries(x).map(([k, v]) => [k, v instanceof Float64Array ? Array.from(v) : v]),
  );
}

describe('applyLevers', () => {
  it('scales graduates year by year with the training scale, the last value holding', () => {
    const s = applyLevers(base(), { trainingScale: [1, 1.5] });
    assert.deepEqual(Array.from(s.graduates), [100, 150, 150, 10, 15, 15]);
  });

  it('cuts other exits and emigration by the retention share, then changes emigration', () => {
    const s = applyLevers(base(), { retention: 0.5, emigrationChange: -0.2 });
    assert.deepEqual(Array.from(s.otherExitRate), [0.01, 0]);
    // 0.05 × 0.5 × 0.8 = 0.02; 0.1 × 0.5 × 0.8 = 0.04.
    assert.ok(Math.abs((s.emigrationRate[0] as number) - 0.02) < 1e-15);
    assert.ok(Math.abs((s.emigrationRate[1] as number) - 0.04) < 1e-15);
    assert.deepEqual(Array.from(s.retirementRate), [0.04, 0.02]);
    assert.deepEqual(Array.from(s.deathRate), [0.002, 0]);
  });

  it('turns an emigration cap into a yearly cap of every cell that the projection applies', () => {
    const s = applyLevers(base(), { emigrationCap: [100, 3] });
    assert.deepEqual(Array.from(s.emigrationCap ?? []), [100, 3, 3, 100, 3, 3]);
    const path = projectSupply(s);
    // Cell 1: 50 + 10 − 1 (retirement) − min(5, 100) = 54; then emigration min(5.4, 3) = 3: 54 + 10 − 1.08 − 3.
    const c1 = cellPath(path.headcount, 1, YEARS);
    assert.equal(c1[1], 54);
    assert.ok(Math.abs((c1[2] as number) - 59.92) < 1e-12);
  });

  it('adds extra immigrants to the counts', () => {
    const s = applyLevers(base(), { immigrationExtra: 30 });
    assert.deepEqual(Array.from(s.immigration), [50, 50, 50, 30, 30, 30]);
  });

  it('changes the FTE ratio', () => {
    const s = applyLevers(base(), { fteChange: 0.1 });
    assert.ok(Math.abs((s.fteRatio[0] as number) - 0.99) < 1e-15);
    assert.equal(s.fteRatio[1], 1.1);
  });

  it('scales the retirement rate by working life: 5 years later over 40 gives 40/45 of it', () => {
    assert.equal(DEFAULT_WORKING_LIFE, 40);
    const later = applyLevers(base(), { retirementAgeShift: 5 });
    assert.ok(Math.abs((later.retirementRate[0] as number) - (0.04 * 40) / 45) < 1e-15);
    const earlier = applyLevers(base(), { retirementAgeShift: -10 }, { workingLife: 30 });
    // 0.02 × 30 / 20 = 0.03.
    assert.ok(Math.abs((earlier.retirementRate[1] as number) - 0.03) < 1e-15);
    assert.throws(
      () => applyLevers(base(), { retirementAgeShift: -40 }),
      /retirementAgeShift must be more than −40/,
    );
  });

  it('leaves the baseline arrays as they were, and gives new ones', () => {
    const inputs = base();
    const before = snapshot(inputs);
    const s = applyLevers(inputs, {
      trainingScale: 2,
      retention: 0.3,
      emigrationChange: 0.5,
      emigrationCap: 10,
      immigrationExtra: 4,
      fteChange: -0.1,
      retirementAgeShift: 3,
    });
    assert.equal(snapshot(inputs), before);
    for (const key of [
      'stock',
      'graduates',
      'retirementRate',
      'immigration',
      'fteRatio',
      'returns',
    ] as const) {
      assert.notEqual(s[key], inputs[key], key);
    }
  });

  it('without levers gives the same projection as the baseline', () => {
    const inputs = base();
    assert.deepEqual(projectSupply(applyLevers(inputs, {})).headcount, projectSupply(inputs).headcount);
  });

  it('refuses values out of range', () => {
    assert.throws(() => applyLevers(base(), { retention: 1.2 }), /retention must be between 0 and 1/);
    assert.throws(
      () => applyLevers(base(), { trainingScale: [] }),
      /trainingScale must have at least one value/,
    );
    assert.throws(() => applyLevers(base(), { emigrationCap: -1 }), /emigrationCap must be non-negative/);
  });
});
