import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import referenceJson from '../../../../test/fixtures/its/reference.json' with { type: 'json' };
import seriesJson from '../../../../test/fixtures/its/series.json' with { type: 'json' };
import {
  beforeAfter,
  type Coefficients,
  type Effect,
  type ItsFit,
  type ItsOptions,
  type ItsResult,
  interruptedTimeSeries,
  placeboCheck,
  type SeriesPoint,
  TERMS,
} from './its.ts';

// The series and what scripts/its-reference.py (statsmodels) computed from them.
const TOLERANCE = 1e-6;

const PointSchema = z.object({ period: z.string(), value: z.number().nullable() });
const CaseSchema = z.object({
  intervention: z.string(),
  points: z.array(PointSchema),
  placebos: z.array(z.object({ partner: z.string(), points: z.array(PointSchema) })),
  horizons: z.array(z.number().int()),
  hacLags: z.number().int(),
});
const Vector = z.array(z.number());
const Interval = z.object({ lower: Vector, upper: Vector });
const CoefficientsRef = z.object({
  params: Vector,
  bse: Vector,
  tvalues: Vector,
  pvalues: Vector,
  ci95: Interval,
  ci90: Interval,
});
const EffectRef = z.object({
  k: z.number(),
  effect: z.number(),
  se: z.number(),
  t: z.number(),
  p: z.number(),
  lower: z.number(),
  upper: z.number(),
});
const ReferenceCase = z.object({
  t: Vector,
  t0: z.number(),
  nobs: z.number(),
  dfResid: z.number(),
  rsquared: z.number(),
  ols: CoefficientsRef,
  hac: CoefficientsRef.extend({ maxlags: z.number() }),
  hacCorrected: CoefficientsRef.extend({ maxlags: z.number() }),
  fitted: Vector,
  counterfactual: Vector,
  effects: z.array(EffectRef),
  hacEffects: z.array(EffectRef),
  beforeAfter: z.object({
    nPre: z.number(),
    nPost: z.number(),
    meanPre: z.number(),
    meanPost: z.number(),
    difference: z.number(),
    ratio: z.number(),
    t: z.number(),
    p: z.number(),
    df: z.number(),
    lower: z.number(),
    upper: z.number(),
  }),
  placebos: z.array(z.object({ partner: z.string(), ols: CoefficientsRef })),
});
type ReferenceCase = z.infer<typeof ReferenceCase>;
type CoefficientsRef = z.infer<typeof CoefficientsRef>;

const series = z.record(z.string(), CaseSchema).parse(seriesJson);
const reference = z.object({ cases: z.record(z.string(), ReferenceCase) }).parse(referenceJson).cases;

function pick<T>(record: Record<string, T>, key: string): T {
  const value = record[key];
  assert.ok(value !== undefined, `missing ${key}`);
  return value;
}

/** Each compared quantity as [label, ours, statsmodels']. */
type Pairs = [string, number | null, number][];

function coefficientPairs(
  prefix: string,
  ours: Coefficients,
  ref: CoefficientsRef,
  confidence: 95 | 90,
): Pairs {
  const ci = confidence === 95 ? ref.ci95 : ref.ci90;
  return TERMS.flatMap((term, i): Pairs => {
    const e = ours[term];
    const at = (v: number[]) => v[i] ?? Number.NaN;
    return [
      [`${prefix}.${term}.estimate`, e.estimate, at(ref.params)],
      [`${prefix}.${term}.se`, e.se, at(ref.bse)],
      [`${prefix}.${term}.t`, e.t, at(ref.tvalues)],
      [`${prefix}.${term}.p`, e.p, at(ref.pvalues)],
      [`${prefix}.${term}.ci${confidence}.lower`, e.lower, at(ci.lower)],
      [`${prefix}.${term}.ci${confidence}.upper`, e.upper, at(ci.upper)],
    ];
  });
}

function effectPairs(prefix: string, ours: readonly Effect[], ref: ReferenceCase['effects']): Pairs {
  assert.equal(ours.length, ref.length);
  return ref.flatMap((r, i): Pairs => {
    const e = ours[i];
    assert.ok(e);
    assert.equal(e.k, r.k);
    return [
      [`${prefix}[${r.k}].effect`, e.estimate, r.effect],
      [`${prefix}[${r.k}].se`, e.se, r.se],
      [`${prefix}[${r.k}].t`, e.t, r.t],
      [`${prefix}[${r.k}].p`, e.p, r.p],
      [`${prefix}[${r.k}].lower`, e.lower, r.lower],
      [`${prefix}[${r.k}].upper`, e.upper, r.upper],
    ];
  });
}

/** Every quantity the reference holds for a case, beside ours. */
function allPairs(name: string, ref: ReferenceCase): Pairs {
  const input = pick(series, name);
  const options: ItsOptions = {
    intervention: input.intervention,
    horizons: input.horizons,
    hacLags: input.hacLags,
  };
  const fit = fitted(interruptedTimeSeries(input.points, options));
  const fit90 = fitted(interruptedTimeSeries(input.points, { ...options, confidence: 0.9 }));
  const corrected = fitted(
    interruptedTimeSeries(input.points, { ...options, hacSmallSampleCorrection: true }),
  );
  assert.ok(fit.hac && fit90.hac && corrected.hac);
  const observedPoints = fit.chart.points.filter((p) => p.observed !== null);
  assert.deepEqual(
    observedPoints.map((p) => p.t),
    ref.t,
  );
  const ba = fit.beforeAfter;
  assert.ok(ba.welch);
  const pairs: Pairs = [
    ['n', fit.n, ref.nobs],
    ['df', fit.df, ref.dfResid],
    ['t0', fit.t0, ref.t0],
    ['rSquared', fit.rSquared, ref.rsquared],
    ...coefficientPairs('ols', fit.ols.coefficients, ref.ols, 95),
    ...coefficientPairs('ols@90', fit90.ols.coefficients, ref.ols, 90),
    ...coefficientPairs('hac', fit.hac.coefficients, ref.hac, 95),
    ...coefficientPairs('hac@90', fit90.hac.coefficients, ref.hac, 90),
    ...coefficientPairs('hacCorrected', corrected.hac.coefficients, ref.hacCorrected, 95),
    ...effectPairs('effect', fit.ols.effects, ref.effects),
    ...effectPairs('hacEffect', fit.hac.effects, ref.hacEffects),
    ...observedPoints.map((p, i): [string, number, number] => [
      `fitted[${p.t}]`,
      p.fitted,
      ref.fitted[i] ?? NaN,
    ]),
    ...ref.t.flatMap((t, i): Pairs => {
      const p = fit.chart.points[t];
      return t >= ref.t0
        ? [[`counterfactual[${t}]`, p?.counterfactual ?? null, ref.counterfactual[i] ?? NaN]]
        : [];
    }),
    ['beforeAfter.nBefore', ba.nBefore, ref.beforeAfter.nPre],
    ['beforeAfter.nAfter', ba.nAfter, ref.beforeAfter.nPost],
    ['beforeAfter.meanBefore', ba.meanBefore, ref.beforeAfter.meanPre],
    ['beforeAfter.meanAfter', ba.meanAfter, ref.beforeAfter.meanPost],
    ['beforeAfter.difference', ba.difference, ref.beforeAfter.difference],
    ['beforeAfter.ratio', ba.ratio, ref.beforeAfter.ratio],
    ['beforeAfter.t', ba.welch.t, ref.beforeAfter.t],
    ['beforeAfter.p', ba.welch.p, ref.beforeAfter.p],
    ['beforeAfter.df', ba.welch.df, ref.beforeAfter.df],
    ['beforeAfter.lower', ba.welch.lower, ref.beforeAfter.lower],
    ['beforeAfter.upper', ba.welch.upper, ref.beforeAfter.upper],
  ];
  for (const placebo of ref.placebos) {
    const points = input.placebos.find((p) => p.partner === placebo.partner)?.points ?? [];
    const placeboFit = fitted(interruptedTimeSeries(points, options));
    pairs.push(
      ...coefficientPairs(`placebo.${placebo.partner}`, placeboFit.ols.coefficients, placebo.ols, 95),
    );
  }
  return pairs;
}

/** The labels of the quantities further apart than the tolerance (a missing value is always a mismatch). */
function mismatches(pairs: Pairs, tolerance = TOLERANCE): string[] {
  return pairs
    .filter(([, ours, theirs]) => ours === null || !(Math.abs(ours - theirs) <= tolerance))
    .map(([label, ours, theirs]) => `${label}: ${ours} vs ${theirs}`);
}

function fitted(result: ItsResult): ItsFit {
  assert.ok(result.ok, result.ok ? '' : `failed: ${result.reason}`);
  return result;
}

const years = (from: number, values: readonly (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ period: String(from + i), value }));

describe('interrupted time series against statsmodels', () => {
  for (const name of Object.keys(reference)) {
    test(`${name}: every estimate, standard error, t, p value and interval within ${TOLERANCE}`, (t) => {
      const pairs = allPairs(name, pick(reference, name));
      assert.deepEqual(mismatches(pairs), []);
      const byQuantity = new Map<string, number>();
      for (const [label, ours, theirs] of pairs) {
        const quantity = label
          .replace(/\[\d+\]/g, '')
          .replace(/\.(intercept|trend|levelChange|slopeChange)/, '');
        const diff = Math.abs((ours ?? Number.NaN) - theirs);
        byQuantity.set(quantity, Math.max(byQuantity.get(quantity) ?? 0, diff));
      }
      for (const [quantity, diff] of byQuantity)
        t.diagnostic(`${name}: max |ours - statsmodels| ${quantity}: ${diff.toExponential(2)}`);
    });
  }

  test('the comparison fails when a reference value moves by more than the tolerance', () => {
    const ref = structuredClone(pick(reference, 'yearly'));
    const pairs = allPairs('yearly', ref);
    assert.deepEqual(mismatches(pairs), []);
    const moved = structuredClone(ref);
    moved.ols.params[2] = (moved.ols.params[2] ?? 0) + 2 * TOLERANCE;
    assert.deepEqual(
      mismatches(allPairs('yearly', moved)).map((m) => m.split(':')[0]),
      ['ols.levelChange.estimate', 'ols@90.levelChange.estimate'],
    );
    const slightly = structuredClone(ref);
    slightly.hac.pvalues[3] = (slightly.hac.pvalues[3] ?? 0) + TOLERANCE / 2;
    assert.deepEqual(mismatches(allPairs('yearly', slightly)), []);
    const p = structuredClone(ref);
    p.beforeAfter.p += 2 * TOLERANCE;
    assert.deepEqual(
      mismatches(allPairs('yearly', p)).map((m) => m.split(':')[0]),
      ['beforeAfter.p'],
    );
  });
});

describe('placebo check', () => {
  const input = pick(series, 'yearly');
  const ref = pick(reference, 'yearly');
  const options: ItsOptions = { intervention: input.intervention };
  const treated = fitted(interruptedTimeSeries(input.points, options));

  test('counts the partners without an agreement whose change is as large and as significant', () => {
    const check = placeboCheck(treated, input.placebos, options);
    const expected = (i: number) => {
      const estimate = ref.ols.params[i] ?? Number.NaN;
      const p = ref.ols.pvalues[i] ?? Number.NaN;
      return ref.placebos.filter(
        (pl) => Math.abs(pl.ols.params[i] ?? 0) >= Math.abs(estimate) && (pl.ols.pvalues[i] ?? 1) <= p,
      ).length;
    };
    const m = ref.placebos.length;
    assert.equal(m, 4);
    assert.equal(check.levelChange.compared, m);
    assert.equal(check.levelChange.asLargeAndSignificant, expected(2));
    assert.equal(check.slopeChange.asLargeAndSignificant, expected(3));
    assert.equal(check.levelChange.share, expected(2) / m);
    assert.equal(check.slopeChange.permutationP, (expected(3) + 1) / (m + 1));
    assert.deepEqual(check.caveats, []);
  });

  test('with Newey–West options, the Newey–West p values are compared', () => {
    const hacOptions: ItsOptions = { ...options, hacLags: 1 };
    const check = placeboCheck(
      fitted(interruptedTimeSeries(input.points, hacOptions)),
      input.placebos,
      hacOptions,
    );
    assert.ok(
      Math.abs((check.levelChange.p ?? Number.NaN) - (ref.hac.pvalues[2] ?? Number.NaN)) <= TOLERANCE,
    );
    const zw = check.placebos.find((p) => p.partner === 'ZW');
    assert.ok(zw?.ok);
    assert.ok(
      Math.abs((zw.slopeChange.p ?? Number.NaN) - (ref.placebos[3]?.ols.pvalues[3] ?? Number.NaN)) >
        TOLERANCE,
    );
  });

  test('a placebo with the treated series itself counts, and a failed placebo is listed but not compared', () => {
    const check = placeboCheck(
      treated,
      [
        { partner: 'KE', points: input.points },
        { partner: 'XX', points: years(2019, [1, 2, 3]) },
      ],
      options,
    );
    assert.equal(check.levelChange.asLargeAndSignificant, 1);
    assert.equal(check.levelChange.compared, 1);
    assert.deepEqual(check.placebos[1], { partner: 'XX', ok: false, reason: 'too-few-points' });
    assert.deepEqual(check.caveats, [{ code: 'few-placebos', n: 1, min: 3 }]);
  });
});

describe('before and after', () => {
  test('no Welch test with one point on a side or no variance', () => {
    assert.equal(beforeAfter([1, 2, 3], [5]).welch, null);
    assert.equal(beforeAfter([2, 2], [3, 3]).welch, null);
    assert.equal(beforeAfter([0, 0], [3, 4]).ratio, null);
  });
});

describe('caveats and refusals', () => {
  const kenya = pick(series, 'yearly').points;
  const codes = (r: ItsResult) => r.caveats.map((c) => c.code);

  test('the recorded yearly series has none', () => {
    assert.deepEqual(codes(interruptedTimeSeries(kenya, { intervention: '2021-07-26' })), []);
  });

  test('too few points before or after the agreement', () => {
    const before = interruptedTimeSeries(kenya, { intervention: '2012-03-01' });
    assert.deepEqual(before.caveats, [{ code: 'few-points-before', n: 2, min: 3 }]);
    const after = interruptedTimeSeries(kenya, { intervention: '2023-03-01' });
    assert.deepEqual(after.caveats, [{ code: 'few-points-after', n: 2, min: 3 }]);
    assert.ok(before.ok && after.ok);
  });

  test('too few points in all', () => {
    const r = interruptedTimeSeries(years(2015, [10, 12, 11, 15, 30, 34, 39]), {
      intervention: '2018-01-01',
    });
    assert.deepEqual(r.caveats, [{ code: 'few-points', n: 7, min: 8 }]);
    assert.equal(fitted(r).df, 3);
  });

  test('gaps, and Newey–West rows taken in order across them', () => {
    const monthly = pick(series, 'monthly');
    const r = interruptedTimeSeries(monthly.points, { intervention: monthly.intervention, hacLags: 3 });
    assert.deepEqual(codes(r), ['gaps', 'hac-rows-not-consecutive']);
    assert.deepEqual(r.caveats[0], { code: 'gaps', missing: ['2020-04', '2020-05'] });
    const absent = interruptedTimeSeries(
      kenya.filter((p) => p.period !== '2014'),
      { intervention: '2021-07-26' },
    );
    assert.deepEqual(absent.caveats, [{ code: 'gaps', missing: ['2014'] }]);
    assert.equal(fitted(absent).chart.points[4]?.observed, null);
  });

  test('a constant series: an exact fit with no t or p values', () => {
    const r = fitted(
      interruptedTimeSeries(years(2010, new Array(10).fill(5)), { intervention: '2015-01-01' }),
    );
    assert.deepEqual(r.caveats, [{ code: 'constant-series' }]);
    assert.equal(r.rSquared, null);
    assert.equal(r.ols.coefficients.levelChange.se, 0);
    assert.equal(r.ols.coefficients.levelChange.p, null);
    assert.ok(Math.abs(r.ols.coefficients.intercept.estimate - 5) < 1e-12);
    const check = placeboCheck(r, [], { intervention: '2015-01-01' });
    assert.deepEqual(
      check.caveats.map((c) => c.code),
      ['few-placebos', 'treated-p-undefined'],
    );
    assert.equal(check.levelChange.share, null);
  });

  test('an end date is marked on the chart and said to be ignored', () => {
    const r = fitted(interruptedTimeSeries(kenya, { intervention: '2021-07-26', end: '2023-05-02' }));
    assert.deepEqual(r.caveats, [{ code: 'end-date-ignored', end: '2023-05-02' }]);
    assert.deepEqual(r.chart.markers, [
      { kind: 'entry-into-force', date: '2021-07-26', period: '2021' },
      { kind: 'end', date: '2023-05-02', period: '2023' },
    ]);
  });

  test('horizons past the last observation', () => {
    const r = fitted(interruptedTimeSeries(kenya, { intervention: '2021-07-26', horizons: [3, 4, 6] }));
    assert.deepEqual(r.caveats, [{ code: 'horizon-beyond-data', horizons: [4, 6] }]);
    assert.equal(r.ols.effects[2]?.period, '2027');
  });

  test('the default horizons are every period from the entry into force to the end', () => {
    const r = fitted(interruptedTimeSeries(kenya, { intervention: '2021-07-26' }));
    assert.deepEqual(
      r.ols.effects.map((e) => [e.k, e.period]),
      [
        [0, '2021'],
        [1, '2022'],
        [2, '2023'],
        [3, '2024'],
      ],
    );
    assert.equal(r.hac, null);
    const e = r.ols.effects[3];
    assert.ok(e);
    assert.ok(Math.abs(e.predicted - (r.chart.points[14]?.fitted ?? 0)) < 1e-9);
  });

  test('treating from the following period', () => {
    const r = fitted(interruptedTimeSeries(kenya, { intervention: '2021-07-26', treatFrom: 'following' }));
    assert.equal(r.interventionPeriod, '2022');
    assert.equal(r.nAfter, 3);
    const jan = fitted(interruptedTimeSeries(kenya, { intervention: '2021-01-01', treatFrom: 'following' }));
    assert.equal(jan.interventionPeriod, '2021');
  });

  test('an agreement outside the series is refused', () => {
    assert.deepEqual(interruptedTimeSeries(kenya, { intervention: '2030-01-01' }), {
      ok: false,
      reason: 'intervention-outside-series',
      caveats: [{ code: 'few-points-after', n: 0, min: 3 }],
    });
    const early = interruptedTimeSeries(kenya, { intervention: '2009-12-31' });
    assert.deepEqual(early.ok ? null : early.reason, 'intervention-outside-series');
  });

  test('four points or fewer, or a design that cannot be inverted, are refused', () => {
    const few = interruptedTimeSeries(years(2019, [1, 2, 4, 5]), { intervention: '2021-01-01' });
    assert.equal(few.ok ? null : few.reason, 'too-few-points');
    const onePointAfter = interruptedTimeSeries(years(2010, [3, 4, 6, 5, 7, 8, 9, 12]), {
      intervention: '2017-01-01',
    });
    assert.equal(onePointAfter.ok ? null : onePointAfter.reason, 'singular-design');
    assert.deepEqual(onePointAfter.caveats, [{ code: 'few-points-after', n: 1, min: 3 }]);
  });

  test('malformed input is refused, not thrown', () => {
    const reason = (r: ItsResult) => (r.ok ? null : r.reason);
    assert.equal(
      reason(interruptedTimeSeries([{ period: '2021-13', value: 1 }], { intervention: '2021-01-01' })),
      'invalid-period',
    );
    assert.equal(
      reason(
        interruptedTimeSeries(
          [
            { period: '2021', value: 1 },
            { period: '2021-02', value: 1 },
          ],
          { intervention: '2021-01-01' },
        ),
      ),
      'mixed-frequency',
    );
    assert.equal(
      reason(
        interruptedTimeSeries(years(2010, [1, 2]).concat(years(2011, [3])), { intervention: '2011-01-01' }),
      ),
      'duplicate-period',
    );
    assert.equal(
      reason(interruptedTimeSeries(years(2010, [1, Number.NaN]), { intervention: '2011-01-01' })),
      'invalid-value',
    );
    assert.equal(reason(interruptedTimeSeries(kenya, { intervention: '2021-02-30' })), 'invalid-date');
    assert.equal(
      reason(interruptedTimeSeries(kenya, { intervention: '2021-02-03', end: 'soon' })),
      'invalid-date',
    );
    assert.equal(
      reason(interruptedTimeSeries(kenya, { intervention: '2021-02-03', confidence: 1 })),
      'invalid-options',
    );
    assert.equal(
      reason(interruptedTimeSeries(kenya, { intervention: '2021-02-03', hacLags: 1.5 })),
      'invalid-options',
    );
    assert.equal(
      reason(interruptedTimeSeries(kenya, { intervention: '2021-02-03', horizons: [-1] })),
      'invalid-options',
    );
    assert.equal(reason(interruptedTimeSeries([], { intervention: '2021-02-03' })), 'too-few-points');
  });
});
