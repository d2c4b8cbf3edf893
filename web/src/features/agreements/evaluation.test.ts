import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEvaluation } from './evaluation.ts';

test('an interrupted time series as the evaluation computes it: points by period, markers, estimates, caveats', () => {
  const e = readEvaluation({
    ok: true,
    confidence: 0.95,
    ols: {
      coefficients: {
        intercept: { estimate: 100, lower: 90, upper: 110 },
        levelChange: { estimate: 40.5, lower: 12, upper: 69 },
        slopeChange: { estimate: -3, lower: -8, upper: 2 },
      },
    },
    beforeAfter: { meanBefore: 120, meanAfter: 170, difference: 50 },
    chart: {
      points: [
        { period: '2018', observed: 110, fitted: 111, counterfactual: null },
        { period: '2019', observed: null, fitted: 115, counterfactual: null },
        { period: '2020', observed: 160, fitted: 158, counterfactual: 119 },
      ],
      markers: [{ kind: 'entry-into-force', date: '2020-01-01', period: '2020' }],
    },
    placebo: { summary: 'The change is larger than in 4 of 5 placebo dates.' },
    caveats: [{ code: 'few-points-after', text: 'Only 1 year after the entry into force.' }, { code: 'x' }],
  });
  assert.ok(e);
  assert.deepEqual(e.series.observed, [
    { x: 2018, y: 110 },
    { x: 2020, y: 160 },
  ]);
  assert.equal(e.series.fitted.length, 3);
  assert.deepEqual(e.series.counterfactual, [{ x: 2020, y: 119 }]);
  assert.deepEqual(e.markers, [{ kind: 'entry-into-force', date: '2020-01-01', x: 2020 }]);
  assert.deepEqual(e.level, { estimate: 40.5, lower: 12, upper: 69 });
  assert.deepEqual(e.slope, { estimate: -3, lower: -8, upper: 2 });
  assert.equal(e.confidence, 0.95);
  assert.deepEqual(e.beforeAfter, { meanBefore: 120, meanAfter: 170, difference: 50 });
  assert.deepEqual(e.placebo, ['The change is larger than in 4 of 5 placebo dates.']);
  assert.deepEqual(e.caveats, ['Only 1 year after the entry into force.']);
});

test('series given apart, and estimates with an interval as a pair', () => {
  const e = readEvaluation({
    chart: {
      observed: [
        { year: 2019, value: 5 },
        { year: 2020, value: 9 },
      ],
      fitted: [{ year: 2019, value: 5.5 }],
      counterfactual: 'not a list',
      markers: [{ kind: 'entry-into-force', date: '2019-07-01' }, { date: 12 }],
    },
    estimates: { level: { estimate: 3, ci: [1, 5] } },
  });
  assert.ok(e);
  assert.equal(e.series.observed.length, 2);
  assert.deepEqual(e.series.counterfactual, []);
  assert.equal(e.markers.length, 1);
  assert.ok(Math.abs((e.markers[0]?.x ?? 0) - 2019.5) < 0.01);
  assert.deepEqual(e.level, { estimate: 3, lower: 1, upper: 5 });
  assert.equal(e.slope, null);
});

test('an answer of no recognised shape is null, whatever it is', () => {
  for (const raw of [null, 'text', 42, [], {}, { chart: 'x' }, { chart: { points: [{ period: 'soon' }] } }])
    assert.equal(readEvaluation(raw), null, JSON.stringify(raw));
});
