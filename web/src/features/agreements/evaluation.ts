/**
 * The reading of GET /api/agreements/:id/evaluation, kept apart from its drawing: any part whose shape is not
 * recognised is left out, and an answer with none of the parts is `null`, so that the page says so instead of failing.
 */

export interface EvalPoint {
  x: number;
  y: number;
}

export interface Interval {
  estimate: number;
  lower: number | null;
  upper: number | null;
}

export interface Evaluation {
  series: { observed: EvalPoint[]; fitted: EvalPoint[]; counterfactual: EvalPoint[] };
  markers: Array<{ kind: string; date: string; x: number }>;
  level: Interval | null;
  slope: Interval | null;
  confidence: number | null;
  beforeAfter: { meanBefore: number; meanAfter: number; difference: number | null } | null;
  placebo: string[];
  caveats: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A period (`2019`, `2019-07`, `2019-07-01`) or number as a position in years. */
function yearOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + month / 12 + day / 365;
}

function pointOf(v: unknown, key?: string): EvalPoint | null {
  if (!isObj(v)) return null;
  const x = yearOf(v.year ?? v.period ?? v.x ?? v.date);
  const y = num(key ? v[key] : (v.value ?? v.y));
  return x === null || y === null ? null : { x, y };
}

function points(list: unknown, key?: string): EvalPoint[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((p) => {
    const q = pointOf(p, key);
    return q ? [q] : [];
  });
}

function interval(v: unknown): Interval | null {
  if (!isObj(v)) return null;
  const estimate = num(v.estimate ?? v.value);
  if (estimate === null) return null;
  const ci = Array.isArray(v.ci) ? v.ci : Array.isArray(v.interval) ? v.interval : null;
  const lower = num(v.lower ?? v.low ?? ci?.[0]);
  const upper = num(v.upper ?? v.high ?? ci?.[1]);
  return { estimate, lower, upper };
}

const texts = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap((c) => {
        if (typeof c === 'string') return [c];
        if (isObj(c) && typeof c.text === 'string') return [c.text];
        return [];
      })
    : [];

function estimates(body: Obj): { level: Interval | null; slope: Interval | null } {
  const places = [body.estimates, body.effects, isObj(body.ols) ? body.ols.coefficients : null, body];
  for (const p of places) {
    if (!isObj(p)) continue;
    const level = interval(p.levelChange ?? p.level);
    const slope = interval(p.slopeChange ?? p.slope);
    if (level || slope) return { level, slope };
  }
  return { level: null, slope: null };
}

function placeboLines(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (!isObj(v)) return [];
  const out = texts(v.caveats);
  for (const k of ['text', 'summary']) {
    const s = v[k];
    if (typeof s === 'string') out.unshift(s);
  }
  return out;
}

export function readEvaluation(raw: unknown): Evaluation | null {
  if (!isObj(raw)) return null;
  const body = isObj(raw.evaluation) ? raw.evaluation : raw;
  const chart = isObj(body.chart) ? body.chart : {};
  const rows = Array.isArray(chart.points) ? chart.points : null;
  const series = rows
    ? {
        observed: points(rows, 'observed'),
        fitted: points(rows, 'fitted'),
        counterfactual: points(rows, 'counterfactual'),
      }
    : {
        observed: points(chart.observed),
        fitted: points(chart.fitted),
        counterfactual: points(chart.counterfactual),
      };
  const markers = (Array.isArray(chart.markers) ? chart.markers : []).flatMap((m) => {
    if (!isObj(m)) return [];
    const date = typeof m.date === 'string' ? m.date : typeof m.period === 'string' ? m.period : null;
    const x = yearOf(m.date ?? m.period);
    return date && x !== null ? [{ kind: typeof m.kind === 'string' ? m.kind : '', date, x }] : [];
  });
  const { level, slope } = estimates(body);
  const ba = isObj(body.beforeAfter) ? body.beforeAfter : null;
  const meanBefore = num(ba?.meanBefore);
  const meanAfter = num(ba?.meanAfter);
  const out: Evaluation = {
    series,
    markers,
    level,
    slope,
    confidence: num(body.confidence),
    beforeAfter:
      meanBefore !== null && meanAfter !== null
        ? { meanBefore, meanAfter, difference: num(ba?.difference) }
        : null,
    placebo: placeboLines(body.placebo ?? body.placebos),
    caveats: texts(body.caveats),
  };
  const any = series.observed.length > 0 || level !== null || slope !== null || out.beforeAfter !== null;
  return any ? out : null;
}
