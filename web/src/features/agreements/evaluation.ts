import type { Evaluation as EvaluationAnswer } from '../../../../src/modules/agreements/schemas.ts';

/**
 * The page's reading of GET /api/agreements/:id/evaluation (typed by the server's schema): the first destination ×
 * origin pair with a series, as points by year, the level and slope changes, the before/after means, the placebo
 * comparison and the caveats in the reader's language. `null` when no pair has a series.
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

export interface PlaceboLine {
  term: 'level' | 'slope';
  count: number;
  compared: number;
  permutationP: number | null;
}

export interface Evaluation {
  pair: { destination: string; origin: string; source: string };
  series: { observed: EvalPoint[]; fitted: EvalPoint[]; counterfactual: EvalPoint[] };
  markers: Array<{ kind: 'entry-into-force' | 'end'; date: string; x: number }>;
  level: Interval | null;
  slope: Interval | null;
  confidence: number;
  beforeAfter: { meanBefore: number; meanAfter: number; difference: number | null } | null;
  placebo: PlaceboLine[];
  /** Why the model could not be fitted, in the reader's language; null when it was. */
  failure: string | null;
  caveats: string[];
}

const yearOf = (period: string): number => {
  const [y, m] = period.split('-');
  return Number(y) + (m ? (Number(m) - 1) / 12 : 0);
};

function points(
  rows: EvaluationAnswer['evaluations'][number]['chart']['points'],
  key: 'observed' | 'fitted' | 'counterfactual',
): EvalPoint[] {
  return rows.flatMap((r) => {
    const y = r[key];
    return y === null ? [] : [{ x: yearOf(r.period), y }];
  });
}

export function readEvaluation(answer: EvaluationAnswer): Evaluation | null {
  const pair = answer.evaluations.find((e) => e.series !== null);
  if (!pair?.series) return null;
  const fit = pair.fit.ok ? pair.fit : null;
  const term = (k: 'levelChange' | 'slopeChange'): Interval | null => {
    const c = fit?.ols.coefficients[k];
    return c ? { estimate: c.estimate, lower: c.lower, upper: c.upper } : null;
  };
  const placebo: PlaceboLine[] = pair.placebos
    ? (['level', 'slope'] as const).map((t) => {
        const c = pair.placebos?.[t === 'level' ? 'levelChange' : 'slopeChange'];
        return {
          term: t,
          count: c?.asLargeAndSignificant ?? 0,
          compared: c?.compared ?? 0,
          permutationP: c?.permutationP ?? null,
        };
      })
    : [];
  const ba = pair.beforeAfter;
  return {
    pair: { destination: pair.destination, origin: pair.origin, source: pair.series.source },
    series: {
      observed: points(pair.chart.points, 'observed'),
      fitted: points(pair.chart.points, 'fitted'),
      counterfactual: points(pair.chart.points, 'counterfactual'),
    },
    markers: pair.chart.markers.map((m) => ({ kind: m.kind, date: m.date, x: yearOf(m.period) })),
    level: term('levelChange'),
    slope: term('slopeChange'),
    confidence: answer.confidence,
    beforeAfter: ba
      ? { meanBefore: ba.meanBefore, meanAfter: ba.meanAfter, difference: ba.difference }
      : null,
    placebo,
    failure: pair.fit.ok ? null : pair.fit.text,
    caveats: pair.caveats.map((c) => c.text),
  };
}
