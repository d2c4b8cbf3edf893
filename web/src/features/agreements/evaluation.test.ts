import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evaluation as Answer } from '../../../../src/modules/agreements/schemas.ts';
import { readEvaluation } from './evaluation.ts';

const estimate = (e: number, lower: number, upper: number) => ({
  estimate: e,
  se: 1,
  t: 2,
  p: 0.04,
  lower,
  upper,
});
const coefficients = {
  intercept: estimate(100, 90, 110),
  trend: estimate(5, 4, 6),
  levelChange: estimate(40.5, 12, 69),
  slopeChange: estimate(-3, -8, 2),
};
const comparison = {
  estimate: 40.5,
  p: 0.04,
  asLargeAndSignificant: 1,
  compared: 4,
  share: 0.25,
  permutationP: 0.4,
};

const answer: Answer = {
  agreement: { id: 1, title: 'UK–Kenya memorandum of understanding' },
  measure: 'inflow',
  occupation: 'nursing-personnel',
  confidence: 0.95,
  hacLags: null,
  intervention: { date: '2021-07-26', basis: 'in_force' },
  end: null,
  evaluations: [
    {
      destination: 'GBR',
      origin: 'NPL',
      series: null,
      fit: { ok: false, reason: 'no-data', text: 'No data' },
      beforeAfter: null,
      placebos: null,
      caveats: [],
      chart: { points: [], markers: [] },
    },
    {
      destination: 'GBR',
      origin: 'KEN',
      series: {
        source: 'USER',
        partnerBasis: 'training',
        firstYear: 2019,
        lastYear: 2021,
        years: 2,
        points: [
          { year: 2019, value: 110 },
          { year: 2020, value: null },
          { year: 2021, value: 160 },
        ],
      },
      fit: {
        ok: true,
        n: 2,
        nBefore: 1,
        nAfter: 1,
        df: 1,
        firstPeriod: '2019',
        lastPeriod: '2021',
        interventionPeriod: '2021',
        rSquared: 0.9,
        sigma: 1,
        ols: { coefficients, effects: [] },
        hac: null,
      },
      beforeAfter: {
        nBefore: 1,
        nAfter: 1,
        meanBefore: 110,
        meanAfter: 160,
        difference: 50,
        ratio: 1.45,
        welch: null,
      },
      placebos: {
        partners: [],
        levelChange: comparison,
        slopeChange: { ...comparison, asLargeAndSignificant: 3 },
      },
      caveats: [{ code: 'few-points', text: 'Only 2 years of data.', params: {} }],
      chart: {
        points: [
          { period: '2019', observed: 110, fitted: 111, counterfactual: null },
          { period: '2020', observed: null, fitted: 135, counterfactual: null },
          { period: '2021', observed: 160, fitted: 158, counterfactual: 119 },
        ],
        markers: [{ kind: 'entry-into-force', date: '2021-07-26', period: '2021' }],
      },
    },
  ],
};

test('the first pair with a series: its points by year, markers, estimates, placebo counts and caveats', () => {
  const e = readEvaluation(answer);
  assert.ok(e);
  assert.deepEqual(e.pair, { destination: 'GBR', origin: 'KEN', source: 'USER' });
  assert.deepEqual(e.series.observed, [
    { x: 2019, y: 110 },
    { x: 2021, y: 160 },
  ]);
  assert.equal(e.series.fitted.length, 3);
  assert.deepEqual(e.series.counterfactual, [{ x: 2021, y: 119 }]);
  assert.deepEqual(e.markers, [{ kind: 'entry-into-force', date: '2021-07-26', x: 2021 }]);
  assert.deepEqual(e.level, { estimate: 40.5, lower: 12, upper: 69 });
  assert.deepEqual(e.slope, { estimate: -3, lower: -8, upper: 2 });
  assert.deepEqual(
    e.placebo.map((p) => [p.term, p.count, p.compared]),
    [
      ['level', 1, 4],
      ['slope', 3, 4],
    ],
  );
  assert.deepEqual(e.beforeAfter, { meanBefore: 110, meanAfter: 160, difference: 50 });
  assert.equal(e.failure, null);
  assert.deepEqual(e.caveats, ['Only 2 years of data.']);
});

test('no pair with a series is no evaluation; a pair the model could not fit says why', () => {
  assert.equal(readEvaluation({ ...answer, evaluations: answer.evaluations.slice(0, 1) }), null);
  const [empty, kenya] = answer.evaluations;
  assert.ok(empty && kenya);
  const unfit = readEvaluation({
    ...answer,
    evaluations: [
      { ...kenya, fit: { ok: false, reason: 'too-few-points', text: 'Too few years.' }, placebos: null },
    ],
  });
  assert.ok(unfit);
  assert.equal(unfit.failure, 'Too few years.');
  assert.equal(unfit.level, null);
  assert.deepEqual(unfit.placebo, []);
});
