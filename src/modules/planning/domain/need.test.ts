import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extrapolatePopulation, needByRatio, needByServiceTargets, needByThreshold } from './need.ts';

const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

describe('needByThreshold and needByRatio', () => {
  it('gives 4 450 workers for a million people at 44.5 per 10 000, and 1 000 at one per 1 000', () => {
    assert.deepEqual(Array.from(needByThreshold(Float64Array.from([1_000_000, 2_000]), 44.5)), [4450, 8.9]);
    assert.deepEqual(Array.from(needByRatio(Float64Array.from([1_000_000]), 1000)), [1000]);
    assert.throws(() => needByRatio(new Float64Array(1), 0), /populationPerWorker must be positive/);
    assert.throws(() => needByThreshold(new Float64Array(1), -1), /perTenThousand must be non-negative/);
  });
});

describe('needByServiceTargets', () => {
  it('divides the minutes of the services by the available minutes of one FTE', () => {
    // 100 000 people. Antenatal care: 4 % pregnant × 90 % coverage × 4 visits × 20 min = 288 000 min.
    // Outpatient: everyone × 80 % × 2 visits × 15 min = 2 400 000 min. Together 2 688 000 min.
    // Available: 220 working days × 8 h × 60 min = 105 600 min. Need: 2 688 000 / 105 600 = 280/11 = 25.4545… FTE.
    const need = needByServiceTargets({
      population: Float64Array.from([100_000, 200_000]),
      services: [
        { populationShare: 0.04, coverage: 0.9, servicesPerPersonPerYear: 4, minutesPerService: 20 },
        { coverage: 0.8, servicesPerPersonPerYear: 2, minutesPerService: 15 },
      ],
      availableMinutesPerFte: 220 * 8 * 60,
    });
    close(need[0] as number, 280 / 11);
    close(need[1] as number, 560 / 11);
  });

  it('refuses negative targets and no working time', () => {
    const population = Float64Array.from([1]);
    assert.throws(
      () =>
        needByServiceTargets({
          population,
          services: [{ coverage: -1, servicesPerPersonPerYear: 1, minutesPerService: 1 }],
          availableMinutesPerFte: 1,
        }),
      /services\[0\]\.coverage must be non-negative/,
    );
    assert.throws(
      () => needByServiceTargets({ population, services: [], availableMinutesPerFte: 0 }),
      /availableMinutesPerFte must be positive/,
    );
  });
});

describe('extrapolatePopulation', () => {
  it('uses the series where it covers the years, geometric between its points', () => {
    const r = extrapolatePopulation([2030, 2020, 2025], [1210, 1000, 1100], 2020, 10);
    assert.equal(r.method, 'series');
    assert.equal(r.extrapolated, 0);
    close(r.values[0] as number, 1000);
    // 2022: 1000 × 1.1^(2/5); 2025 exactly 1100; 2027: 1100 × 1.1^(2/5).
    close(r.values[2] as number, 1000 * 1.1 ** 0.4);
    close(r.values[5] as number, 1100);
    close(r.values[7] as number, 1100 * 1.1 ** 0.4);
    close(r.values[10] as number, 1210);
  });

  it('extends beyond the series by the growth of its last five years', () => {
    // Last observation 2023 (1 100); the earliest within five years is 2018 (900), so the yearly growth is
    // (1100 / 900)^(1/5) = 1.040950…, not the (1100 / 800)^(1/8) from 2015.
    const r = extrapolatePopulation([2015, 2018, 2020, 2023], [800, 900, 1000, 1100], 2022, 3);
    assert.equal(r.method, 'geometric-trend');
    assert.equal(r.extrapolated, 2);
    const g = (1100 / 900) ** (1 / 5);
    close(g, 1.0409504, 1e-7);
    close(r.values[1] as number, 1100);
    close(r.values[2] as number, 1100 * g);
    close(r.values[3] as number, 1100 * g * g);
    // 2022 lies inside the series: 1000 × 1.1^(2/3).
    close(r.values[0] as number, 1000 * 1.1 ** (2 / 3));
  });

  it('extends before the series by the growth of its first years, and holds a single point', () => {
    const r = extrapolatePopulation([2026, 2027], [1000, 1020], 2025, 1);
    assert.equal(r.method, 'geometric-trend');
    close(r.values[0] as number, 1000 / 1.02);
    const one = extrapolatePopulation([2024], [5e6], 2025, 2);
    assert.equal(one.method, 'constant');
    assert.deepEqual(Array.from(one.values), [5e6, 5e6, 5e6]);
  });

  it('refuses series it cannot use', () => {
    assert.throws(() => extrapolatePopulation([], [], 2025, 1), /empty/);
    assert.throws(() => extrapolatePopulation([2020, 2020], [1, 2], 2025, 1), /year 2020 is given twice/);
    assert.throws(() => extrapolatePopulation([2020], [0], 2025, 1), /population in 2020 must be positive/);
    assert.throws(() => extrapolatePopulation([2020], [1, 2], 2025, 1), /same length/);
  });
});
