import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summariseFlows } from './summary.ts';

// The 4 × 4 matrix of indicators.md §1.4, also the prior of migest's net_matrix_ipf example (sum_region printed there).
const m = [
  [0, 100, 30, 70],
  [50, 0, 45, 5],
  [60, 35, 0, 40],
  [20, 25, 20, 0],
];

describe('summariseFlows', () => {
  test('in, out, net and turnover per region, as migest sum_region prints them', () => {
    const s = summariseFlows(m, { areas: ['A', 'B', 'C', 'D'] });
    assert.deepEqual(
      s.regions.map((r) => [r.area, r.out, r.in, r.turnover, r.net]),
      [
        ['A', 200, 130, 330, -70],
        ['B', 100, 160, 260, 60],
        ['C', 135, 95, 230, -40],
        ['D', 65, 115, 180, 50],
      ],
    );
    assert.equal(s.totalFlows, 500);
    assert.equal(s.totalTurnover, 1000);
    assert.equal(s.totalAbsNet, 220);
  });

  test('migration effectiveness index 100 × Σ|net| / Σ turnover = 22.0', () => {
    assert.equal(summariseFlows(m).migrationEffectivenessIndex, 22);
  });

  test('the diagonal is not a flow unless asked for; crude intensity needs a population', () => {
    const withStayers = m.map((row, i) => row.map((v, j) => (i === j ? 1000 : v)));
    assert.equal(summariseFlows(withStayers).totalFlows, 500);
    assert.equal(summariseFlows(withStayers, { includeDiagonal: true }).totalFlows, 4500);
    assert.equal(summariseFlows(m, { population: 10_000 }).crudeMigrationIntensity, 5);
    assert.equal(summariseFlows(m).crudeMigrationIntensity, undefined);
    assert.equal(
      summariseFlows([
        [0, 0],
        [0, 0],
      ]).migrationEffectivenessIndex,
      null,
    );
    assert.throws(() => summariseFlows(m, { areas: ['A'] }), /4 × 4/);
    assert.throws(
      () =>
        summariseFlows([
          [0, 1],
          [Number.NaN, 0],
        ]),
      /not a finite number/,
    );
  });
});
