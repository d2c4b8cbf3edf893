import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Did an agreement change the flows? An interrupted time series on one partner's yearly or monthly series:
 *
 *     y_t = b0 + b1*t + b2*D_t + b3*(t - T0)*D_t + e_t
 *
 * fitted by ordinary least squares, where t counts periods from the first observed period (missing periods keep
 * their place), T0 is the first treated period and D_t = 1 from T0 on. b2 is the change of level at T0, b3 the
 * change of slope; the effect k periods after T0 is b2 + b3*k against the counterfactual b0 + b1*t.
 * Confidence intervals and p values use Student's t with n - 4 degrees of freedom, also for the Newey–West
 * covariance (as statsmodels does with `use_t=True`). Only the entry into force is modelled: a second date
 * (suspension, end) is shown on the chart but not estimated, and says so with the `end-date-ignored` caveat.
 */

export type Frequency = 'year' | 'month';

/** `period` is `YYYY` for a yearly series or `YYYY-MM` for a monthly one; `value: null` is a missing period. */
export interface SeriesPoint {
  period: string;
  value: number | null;
}

export interface ItsOptions {
  /** Entry into force, `YYYY-MM-DD`. */
  intervention: string;
  /** Suspension or end, `YYYY-MM-DD`: marked on the chart, not modelled. */
  end?: string;
  /**
   * `containing` (default): the period that contains the date is the first treated one;
   * `following`: the first period that starts on or after the date.
   */
  treatFrom?: 'containing' | 'following';
  /** Confidence level of every interval, 0.95 unless told. */
  confidence?: number;
  /** Periods after T0 at which the effect is reported; every observed post period's offset unless told. */
  horizons?: readonly number[];
  /** Newey–West covariance with Bartlett weights and this many lags (statsmodels `cov_type='HAC'`, `maxlags`). */
  hacLags?: number;
  /** statsmodels' `use_correction` for HAC: multiply by n / (n - 4). Off unless told, as in statsmodels. */
  hacSmallSampleCorrection?: boolean;
}

export const MIN_POINTS_EACH_SIDE = 3;
export const MIN_POINTS = 8;
export const MIN_PLACEBOS = 3;

export type ItsCaveat =
  | { code: 'few-points-before'; n: number; min: number }
  | { code: 'few-points-after'; n: number; min: number }
  | { code: 'few-points'; n: number; min: number }
  | { code: 'gaps'; missing: string[] }
  | { code: 'constant-series' }
  | { code: 'end-date-ignored'; end: string }
  | { code: 'horizon-beyond-data'; horizons: number[] }
  | { code: 'hac-rows-not-consecutive' };

export type ItsFailureReason =
  | 'invalid-period'
  | 'mixed-frequency'
  | 'duplicate-period'
  | 'invalid-value'
  | 'invalid-date'
  | 'invalid-options'
  | 'too-few-points'
  | 'intervention-outside-series'
  | 'singular-design';

export interface ItsFailure {
  ok: false;
  reason: ItsFailureReason;
  caveats: ItsCaveat[];
}

export type Term = 'intercept' | 'trend' | 'levelChange' | 'slopeChange';
export const TERMS: readonly Term[] = ['intercept', 'trend', 'levelChange', 'slopeChange'];

export interface Estimate {
  estimate: number;
  se: number;
  /** null when the standard error is 0 (a perfect fit). */
  t: number | null;
  p: number | null;
  lower: number;
  upper: number;
}

export type Coefficients = Record<Term, Estimate>;

export interface Effect extends Estimate {
  k: number;
  period: string;
  counterfactual: number;
  /** counterfactual + effect */
  predicted: number;
  /** effect / counterfactual; null when the counterfactual is 0. */
  relative: number | null;
}

export interface Covariance {
  coefficients: Coefficients;
  /** 4 × 4, in the order of TERMS. */
  matrix: number[][];
  effects: Effect[];
}

export interface HacCovariance extends Covariance {
  lags: number;
  smallSampleCorrection: boolean;
}

export interface WelchTest {
  t: number;
  df: number;
  p: number;
  /** Interval of the difference after − before. */
  lower: number;
  upper: number;
}

export interface BeforeAfter {
  nBefore: number;
  nAfter: number;
  meanBefore: number;
  meanAfter: number;
  difference: number;
  /** meanAfter / meanBefore; null when meanBefore is 0. */
  ratio: number | null;
  /** null with fewer than 2 points on a side or no variance on either. */
  welch: WelchTest | null;
}

export interface ChartPoint {
  period: string;
  t: number;
  observed: number | null;
  fitted: number;
  /** The pre-agreement trend carried on; null before T0. */
  counterfactual: number | null;
}

export interface ChartMarker {
  kind: 'entry-into-force' | 'end';
  date: string;
  period: string;
}

export interface ItsFit {
  ok: true;
  frequency: Frequency;
  confidence: number;
  firstPeriod: string;
  lastPeriod: string;
  interventionPeriod: string;
  t0: number;
  n: number;
  nBefore: number;
  nAfter: number;
  df: number;
  rSquared: number | null;
  /** Residual standard error. */
  sigma: number;
  ols: Covariance;
  hac: HacCovariance | null;
  beforeAfter: BeforeAfter;
  chart: { points: ChartPoint[]; markers: ChartMarker[] };
  caveats: ItsCaveat[];
}

export type ItsResult = ItsFit | ItsFailure;

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const P = 4;

interface Period {
  frequency: Frequency;
  index: number;
}

function parsePeriod(period: string): Period | null {
  const y = YEAR.exec(period);
  if (y) return { frequency: 'year', index: Number(y[1]) };
  const m = MONTH.exec(period);
  if (m) return { frequency: 'month', index: Number(m[1]) * 12 + Number(m[2]) - 1 };
  return null;
}

function periodLabel(frequency: Frequency, index: number): string {
  if (frequency === 'year') return String(index);
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

function validDate(date: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { year, month, day } : null;
}

/** The index of the first treated period for a date. */
function treatedIndex(
  frequency: Frequency,
  date: { year: number; month: number; day: number },
  rule: 'containing' | 'following',
): number {
  if (frequency === 'year') {
    const starts = date.month === 1 && date.day === 1;
    return rule === 'following' && !starts ? date.year + 1 : date.year;
  }
  const index = date.year * 12 + date.month - 1;
  return rule === 'following' && date.day !== 1 ? index + 1 : index;
}

function at(a: readonly number[], i: number): number {
  return a[i] ?? Number.NaN;
}

function cell(m: readonly (readonly number[])[], i: number, j: number): number {
  return m[i]?.[j] ?? Number.NaN;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += at(a, i) * at(b, i);
  return s;
}

/**
 * Least squares by modified Gram–Schmidt with one reorthogonalisation of the design's columns, giving the coefficients and
 * (X'X)^-1 = R^-1 R^-T; null when a column is, to rounding, a combination of the previous ones.
 */
function leastSquares(
  columns: readonly number[][],
  y: readonly number[],
): { beta: number[]; xtxInv: number[][] } | null {
  const p = columns.length;
  const q: number[][] = [];
  const r: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const col = columns[j] ?? [];
    const norm = Math.sqrt(dot(col, col));
    const v = [...col];
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const qi = q[i] ?? [];
        const c = dot(qi, v);
        (r[i] as number[])[j] = cell(r, i, j) + c;
        for (let k = 0; k < v.length; k++) v[k] = at(v, k) - c * at(qi, k);
      }
    }
    const rjj = Math.sqrt(dot(v, v));
    if (!(norm > 0) || rjj <= 1e-10 * norm) return null;
    (r[j] as number[])[j] = rjj;
    q.push(v.map((e) => e / rjj));
  }
  const rInv: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    (rInv[j] as number[])[j] = 1 / cell(r, j, j);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += cell(r, i, k) * cell(rInv, k, j);
      (rInv[i] as number[])[j] = -s / cell(r, i, i);
    }
  }
  const qty = q.map((qi) => dot(qi, y));
  const beta = Array.from({ length: p }, (_, i) => {
    let s = 0;
    for (let k = i; k < p; k++) s += cell(rInv, i, k) * at(qty, k);
    return s;
  });
  const xtxInv = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += cell(rInv, i, k) * cell(rInv, j, k);
      return s;
    }),
  );
  return { beta, xtxInv };
}

function sandwich(bread: readonly number[][], meat: readonly number[][], scale: number): number[][] {
  const p = bread.length;
  const bm = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = 0; k < p; k++) s += cell(bread, i, k) * cell(meat, k, j);
      return s;
    }),
  );
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = 0; k < p; k++) s += cell(bm, i, k) * cell(bread, k, j);
      return s * scale;
    }),
  );
}

/** Newey–West meat: Σ u² x x' + Σ_l (1 - l/(L+1)) Σ_t u_t u_{t-l} (x_t x_{t-l}' + x_{t-l} x_t'), rows in order. */
function neweyWestMeat(rows: readonly number[][], u: readonly number[], lags: number): number[][] {
  const p = rows[0]?.length ?? 0;
  const s: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let lag = 0; lag <= lags; lag++) {
    const w = 1 - lag / (lags + 1);
    for (let t = lag; t < rows.length; t++) {
      const a = rows[t] ?? [];
      const b = rows[t - lag] ?? [];
      const uu = at(u, t) * at(u, t - lag) * w;
      for (let i = 0; i < p; i++) {
        const si = s[i] as number[];
        for (let j = 0; j < p; j++) {
          si[j] =
            at(si, j) +
            (lag === 0 ? uu * at(a, i) * at(a, j) : uu * (at(a, i) * at(b, j) + at(b, i) * at(a, j)));
        }
      }
    }
  }
  return s;
}

/** Two-sided p value of a t statistic, from the lower tail so that small p values keep their precision. */
export function twoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** The Student t quantile for a two-sided interval of this confidence. */
export function criticalT(confidence: number, df: number): number {
  return tQuantile(1 - (1 - confidence) / 2, df);
}

function estimate(value: number, variance: number, df: number, crit: number): Estimate {
  const se = Math.sqrt(Math.max(0, variance));
  const t = se > 0 ? value / se : null;
  return {
    estimate: value,
    se,
    t,
    p: t === null ? null : twoSidedP(t, df),
    lower: value - crit * se,
    upper: value + crit * se,
  };
}

function covarianceResult(
  beta: readonly number[],
  matrix: number[][],
  df: number,
  crit: number,
  t0: number,
  horizons: readonly number[],
  label: (t: number) => string,
): Covariance {
  const coefficients = Object.fromEntries(
    TERMS.map((term, i) => [term, estimate(at(beta, i), cell(matrix, i, i), df, crit)]),
  ) as Coefficients;
  const effects = horizons.map((k): Effect => {
    const value = at(beta, 2) + at(beta, 3) * k;
    const variance = cell(matrix, 2, 2) + 2 * k * cell(matrix, 2, 3) + k * k * cell(matrix, 3, 3);
    const counterfactual = at(beta, 0) + at(beta, 1) * (t0 + k);
    return {
      k,
      period: label(t0 + k),
      ...estimate(value, variance, df, crit),
      counterfactual,
      predicted: counterfactual + value,
      relative: counterfactual === 0 ? null : value / counterfactual,
    };
  });
  return { coefficients, matrix, effects };
}

function mean(a: readonly number[]): number {
  return a.reduce((s, v) => s + v, 0) / a.length;
}

function sampleVariance(a: readonly number[], m: number): number {
  return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1);
}

/** Means before and after, and Welch's unequal-variance t test of after − before. */
export function beforeAfter(
  before: readonly number[],
  after: readonly number[],
  confidence = 0.95,
): BeforeAfter {
  const meanBefore = mean(before);
  const meanAfter = mean(after);
  const difference = meanAfter - meanBefore;
  let welch: WelchTest | null = null;
  if (before.length >= 2 && after.length >= 2) {
    const vb = sampleVariance(before, meanBefore) / before.length;
    const va = sampleVariance(after, meanAfter) / after.length;
    const se = Math.sqrt(vb + va);
    if (se > 0) {
      const df = (vb + va) ** 2 / (vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1));
      const t = difference / se;
      const crit = criticalT(confidence, df);
      welch = { t, df, p: twoSidedP(t, df), lower: difference - crit * se, upper: difference + crit * se };
    }
  }
  return {
    nBefore: before.length,
    nAfter: after.length,
    meanBefore,
    meanAfter,
    difference,
    ratio: meanBefore === 0 ? null : meanAfter / meanBefore,
    welch,
  };
}

function fail(reason: ItsFailureReason, caveats: ItsCaveat[] = []): ItsFailure {
  return { ok: false, reason, caveats };
}

/** The segmented regression of one series around an agreement's entry into force. */
export function interruptedTimeSeries(series: readonly SeriesPoint[], options: ItsOptions): ItsResult {
  const confidence = options.confidence ?? 0.95;
  const lags = options.hacLags;
  if (!(confidence > 0 && confidence < 1)) return fail('invalid-options');
  if (lags !== undefined && !(Number.isInteger(lags) && lags >= 0)) return fail('invalid-options');
  if (options.horizons?.some((k) => !(Number.isInteger(k) && k >= 0))) return fail('invalid-options');
  const date = validDate(options.intervention);
  if (!date || (options.end !== undefined && !validDate(options.end))) return fail('invalid-date');

  const observed = new Map<number, number>();
  const seen = new Set<number>();
  let frequency: Frequency | null = null;
  for (const point of series) {
    const period = parsePeriod(point.period);
    if (!period) return fail('invalid-period');
    if (frequency !== null && period.frequency !== frequency) return fail('mixed-frequency');
    frequency = period.frequency;
    if (seen.has(period.index)) return fail('duplicate-period');
    seen.add(period.index);
    if (point.value === null) continue;
    if (!Number.isFinite(point.value)) return fail('invalid-value');
    observed.set(period.index, point.value);
  }
  if (frequency === null || observed.size === 0) return fail('too-few-points');
  const freq: Frequency = frequency;
  const indices = [...observed.keys()].sort((a, b) => a - b);
  const first = indices[0] as number;
  const last = indices[indices.length - 1] as number;
  const label = (t: number) => periodLabel(freq, first + t);
  const t0 = treatedIndex(freq, date, options.treatFrom ?? 'containing') - first;
  const ts = indices.map((i) => i - first);
  const y = indices.map((i) => observed.get(i) as number);
  const n = ts.length;
  const nBefore = ts.filter((t) => t < t0).length;
  const nAfter = n - nBefore;

  const caveats: ItsCaveat[] = [];
  if (nBefore < MIN_POINTS_EACH_SIDE)
    caveats.push({ code: 'few-points-before', n: nBefore, min: MIN_POINTS_EACH_SIDE });
  if (nAfter < MIN_POINTS_EACH_SIDE)
    caveats.push({ code: 'few-points-after', n: nAfter, min: MIN_POINTS_EACH_SIDE });
  if (n < MIN_POINTS) caveats.push({ code: 'few-points', n, min: MIN_POINTS });
  const missing: string[] = [];
  for (let i = first; i <= last; i++) if (!observed.has(i)) missing.push(periodLabel(freq, i));
  if (missing.length > 0) {
    caveats.push({ code: 'gaps', missing });
    if (lags !== undefined && lags > 0) caveats.push({ code: 'hac-rows-not-consecutive' });
  }
  if (y.every((v) => v === y[0])) caveats.push({ code: 'constant-series' });
  if (options.end !== undefined) caveats.push({ code: 'end-date-ignored', end: options.end });

  if (n <= P) return fail('too-few-points', caveats);
  if (nBefore === 0 || nAfter === 0) return fail('intervention-outside-series', caveats);
  const d = ts.map((t) => (t >= t0 ? 1 : 0));
  const columns = [ts.map(() => 1), ts, d, ts.map((t, i) => (t - t0) * at(d, i))];
  const fit = leastSquares(columns, y);
  if (!fit) return fail('singular-design', caveats);
  const { beta, xtxInv } = fit;

  const rows = ts.map((_, i) => columns.map((c) => at(c, i)));
  const fitted = rows.map((row) => dot(row, beta));
  const residuals = y.map((v, i) => v - at(fitted, i));
  // Residuals of an exact fit are rounding noise; counting them would give meaningless t values.
  const exact = dot(residuals, residuals) <= 1e-20 * Math.max(1, dot(y, y));
  const u = exact ? residuals.map(() => 0) : residuals;
  const sse = dot(u, u);
  const df = n - P;
  const yMean = mean(y);
  const sst = y.reduce((s, v) => s + (v - yMean) ** 2, 0);
  const sigma2 = sse / df;
  const crit = criticalT(confidence, df);
  const horizons = options.horizons ?? Array.from({ length: last - first - t0 + 1 }, (_, k) => k);
  const beyond = horizons.filter((k) => t0 + k > last - first);
  if (beyond.length > 0) caveats.push({ code: 'horizon-beyond-data', horizons: beyond });

  const olsMatrix = xtxInv.map((row) => row.map((v) => v * sigma2));
  const ols = covarianceResult(beta, olsMatrix, df, crit, t0, horizons, label);
  let hac: HacCovariance | null = null;
  if (lags !== undefined) {
    const correction = options.hacSmallSampleCorrection ?? false;
    const matrix = sandwich(xtxInv, neweyWestMeat(rows, u, lags), correction ? n / df : 1);
    hac = {
      lags,
      smallSampleCorrection: correction,
      ...covarianceResult(beta, matrix, df, crit, t0, horizons, label),
    };
  }

  const points: ChartPoint[] = [];
  for (let t = 0; t <= last - first; t++) {
    const value = observed.get(first + t);
    points.push({
      period: label(t),
      t,
      observed: value ?? null,
      fitted: at(beta, 0) + at(beta, 1) * t + (t >= t0 ? at(beta, 2) + at(beta, 3) * (t - t0) : 0),
      counterfactual: t >= t0 ? at(beta, 0) + at(beta, 1) * t : null,
    });
  }
  const markers: ChartMarker[] = [
    { kind: 'entry-into-force', date: options.intervention, period: label(t0) },
  ];
  const end = options.end === undefined ? null : validDate(options.end);
  if (options.end !== undefined && end) {
    markers.push({
      kind: 'end',
      date: options.end,
      period: periodLabel(freq, treatedIndex(freq, end, 'containing')),
    });
  }

  return {
    ok: true,
    frequency: freq,
    confidence,
    firstPeriod: label(0),
    lastPeriod: label(last - first),
    interventionPeriod: label(t0),
    t0,
    n,
    nBefore,
    nAfter,
    df,
    rSquared: sst > 0 ? 1 - sse / sst : null,
    sigma: Math.sqrt(sigma2),
    ols,
    hac,
    beforeAfter: beforeAfter(
      y.filter((_, i) => at(d, i) === 0),
      y.filter((_, i) => at(d, i) === 1),
      confidence,
    ),
    chart: { points, markers },
    caveats,
  };
}

export interface PlaceboSeries {
  partner: string;
  points: readonly SeriesPoint[];
}

export type PlaceboFit =
  | { partner: string; ok: true; levelChange: Estimate; slopeChange: Estimate }
  | { partner: string; ok: false; reason: ItsFailureReason };

export interface PlaceboComparison {
  /** The treated series' estimate and p value. */
  estimate: number;
  p: number | null;
  /** Placebos whose change is at least as large in absolute value and whose p value is at most the treated one's. */
  asLargeAndSignificant: number;
  compared: number;
  /** asLargeAndSignificant / compared; null with no placebo fitted. */
  share: number | null;
  /** (asLargeAndSignificant + 1) / (compared + 1): the treated series counted among its placebos. */
  permutationP: number | null;
}

export interface PlaceboCheck {
  placebos: PlaceboFit[];
  levelChange: PlaceboComparison;
  slopeChange: PlaceboComparison;
  caveats: ({ code: 'few-placebos'; n: number; min: number } | { code: 'treated-p-undefined' })[];
}

function compare(treated: Estimate, placebos: readonly Estimate[]): PlaceboComparison {
  const compared = placebos.length;
  const count =
    treated.p === null
      ? 0
      : placebos.filter(
          (e) =>
            Math.abs(e.estimate) >= Math.abs(treated.estimate) &&
            e.p !== null &&
            e.p <= (treated.p as number),
        ).length;
  return {
    estimate: treated.estimate,
    p: treated.p,
    asLargeAndSignificant: count,
    compared,
    share: compared === 0 || treated.p === null ? null : count / compared,
    permutationP: treated.p === null ? null : (count + 1) / (compared + 1),
  };
}

/**
 * The same model on partners that have no agreement, with the same dates and options: how many of them show a
 * change of level (or of slope) as large and as significant as the treated partner's. Significance is judged with
 * the Newey–West p values when the options ask for them, else with the classical ones.
 */
const judged = (fit: ItsFit): Coefficients => (fit.hac ?? fit.ols).coefficients;

/** `options` are those the treated fit was made with. */
export function placeboCheck(
  treated: ItsFit,
  placebos: readonly PlaceboSeries[],
  options: ItsOptions,
): PlaceboCheck {
  const fits = placebos.map((p): PlaceboFit => {
    const r = interruptedTimeSeries(p.points, options);
    if (!r.ok) return { partner: p.partner, ok: false, reason: r.reason };
    const { levelChange, slopeChange } = judged(r);
    return { partner: p.partner, ok: true, levelChange, slopeChange };
  });
  const fitted = fits.filter((f) => f.ok);
  const caveats: PlaceboCheck['caveats'] = [];
  if (fitted.length < MIN_PLACEBOS)
    caveats.push({ code: 'few-placebos', n: fitted.length, min: MIN_PLACEBOS });
  const { levelChange, slopeChange } = judged(treated);
  if (levelChange.p === null || slopeChange.p === null) caveats.push({ code: 'treated-p-undefined' });
  return {
    placebos: fits,
    levelChange: compare(
      levelChange,
      fitted.map((f) => f.levelChange),
    ),
    slopeChange: compare(
      slopeChange,
      fitted.map((f) => f.slopeChange),
    ),
    caveats,
  };
}
