import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { render, type Text } from '../../platform/i18n/messages.ts';
import { findOccupation, TOTAL } from '../reference/index.ts';
import {
  beforeAfter,
  type ItsCaveat,
  type ItsFit,
  type ItsOptions,
  interruptedTimeSeries,
  MIN_POINTS,
  type PlaceboCheck,
  placeboCheck,
  type SeriesPoint,
} from './domain/its.ts';
import { evaluationText as t } from './messages-evaluation.ts';
import { assertReadable } from './present.ts';
import { loadAgreements, publishedPartnersOf, type StoredAgreement } from './repo.ts';
import type { Evaluation, EvaluationQuery, PairEvaluation } from './schemas-evaluation.ts';

const DEFAULT_OCCUPATION = 'nursing-personnel';

type Caveat = ItsCaveat | PlaceboCheck['caveats'][number] | { code: 'other-sources'; sources: string[] };

interface StoredSeries {
  partner: string;
  source: string;
  partnerBasis: string;
  values: Map<number, number>;
}

/** The occupation asked for; else the agreement's one cadre, or nursing personnel when it covers them or all. */
function occupationOf(a: StoredAgreement, asked: string | undefined): string {
  if (asked !== undefined) {
    if (!findOccupation(asked))
      throw new AppError('invalid_input', t('unknown_occupation', { code: asked }), {
        hint: t('occupation_hint'),
        location: { field: 'occupation' },
      });
    return asked;
  }
  const [only] = a.cadres;
  if (a.cadres.length === 1 && only !== undefined) return only;
  if (a.cadres.length === 0 || a.cadres.includes(DEFAULT_OCCUPATION)) return DEFAULT_OCCUPATION;
  return a.cadres[0] ?? DEFAULT_OCCUPATION;
}

function endOf(a: StoredAgreement): Evaluation['end'] {
  const candidates: NonNullable<Evaluation['end']>[] = [];
  if (a.expiresOn) candidates.push({ date: a.expiresOn, kind: 'expiry' });
  if (a.terminatedOn) candidates.push({ date: a.terminatedOn, kind: 'termination' });
  const [suspension] = a.suspensions;
  if (suspension) candidates.push({ date: suspension.from, kind: 'suspension' });
  candidates.sort((x, y) => x.date.localeCompare(y.date));
  return candidates[0] ?? null;
}

/** Every current yearly series of the destination by country partner, totals of sex and age. */
async function seriesOf(
  db: Queryable,
  q: { area: string; measure: string; occupation: string },
): Promise<StoredSeries[]> {
  const rows = await db.query<{
    partner: string;
    source: string;
    partner_basis: string;
    year: number;
    value: number;
  }>(
    `SELECT o.partner, o.source, o.partner_basis, o.year, o.value FROM observation o
       JOIN area p ON p.code = o.partner AND p.kind = 'country'
      WHERE o.superseded_by IS NULL AND o.measure = $1 AND o.area = $2 AND o.occupation = $3
        AND o.sex = $4 AND o.age = $4 AND o.partner <> o.area
      ORDER BY o.partner, o.source, o.partner_basis, o.year`,
    [q.measure, q.area, q.occupation, TOTAL],
  );
  const byKey = new Map<string, StoredSeries>();
  for (const r of rows) {
    const key = `${r.partner}\u0000${r.source}\u0000${r.partner_basis}`;
    let s = byKey.get(key);
    if (!s) {
      s = { partner: r.partner, source: r.source, partnerBasis: r.partner_basis, values: new Map() };
      byKey.set(key, s);
    }
    s.values.set(Number(r.year), Number(r.value));
  }
  return [...byKey.values()];
}

/** The series with the most years; on a tie the first source (then basis) in alphabetical order. */
function longest(list: readonly StoredSeries[]): StoredSeries | undefined {
  return [...list].sort(
    (a, b) =>
      b.values.size - a.values.size ||
      a.source.localeCompare(b.source) ||
      a.partnerBasis.localeCompare(b.partnerBasis),
  )[0];
}

function pointsOf(s: StoredSeries): SeriesPoint[] {
  const years = [...s.values.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const points: SeriesPoint[] = [];
  for (let y = first; y <= last; y++) points.push({ period: String(y), value: s.values.get(y) ?? null });
  return points;
}

function caveatText(c: Caveat): Text {
  switch (c.code) {
    case 'few-points-before':
    case 'few-points-after':
    case 'few-points':
    case 'few-placebos':
      return t(`caveat_${c.code}`, { n: c.n, min: c.min });
    case 'gaps':
      return t('caveat_gaps', { missing: c.missing.join(', ') });
    case 'end-date-ignored':
      return t('caveat_end-date-ignored', { end: c.end });
    case 'horizon-beyond-data':
      return t('caveat_horizon-beyond-data', { horizons: c.horizons.join(', ') });
    case 'other-sources':
      return t('caveat_other-sources', { sources: c.sources.join(', ') });
    case 'constant-series':
    case 'hac-rows-not-consecutive':
    case 'treated-p-undefined':
      return t(`caveat_${c.code}`);
  }
}

function presentCaveat(ctx: Ctx, c: Caveat): PairEvaluation['caveats'][number] {
  const { code, ...params } = c;
  return { code, text: render(caveatText(c), ctx.lang), params };
}

function evaluatePair(
  ctx: Ctx,
  pair: { destination: string; origin: string },
  stored: readonly StoredSeries[],
  underAgreement: ReadonlySet<string>,
  options: ItsOptions,
): PairEvaluation {
  const interventionYear = Number(options.intervention.slice(0, 4));
  const markers: PairEvaluation['chart']['markers'] = [
    { kind: 'entry-into-force', date: options.intervention, period: String(interventionYear) },
  ];
  if (options.end) markers.push({ kind: 'end', date: options.end, period: options.end.slice(0, 4) });
  const own = stored.filter((s) => s.partner === pair.origin);
  const chosen = longest(own);
  if (!chosen) {
    return {
      ...pair,
      series: null,
      fit: { ok: false, reason: 'no-data', text: render(t('failure_no-data'), ctx.lang) },
      beforeAfter: null,
      placebos: null,
      caveats: [],
      chart: { points: [], markers },
    };
  }
  const points = pointsOf(chosen);
  const caveats: Caveat[] = [];
  const others = [...new Set(own.filter((s) => s.source !== chosen.source).map((s) => s.source))].sort();
  if (others.length > 0) caveats.push({ code: 'other-sources', sources: others });
  const years = [...chosen.values.keys()].sort((a, b) => a - b);
  const series: PairEvaluation['series'] = {
    source: chosen.source,
    partnerBasis: chosen.partnerBasis,
    firstYear: years[0] ?? interventionYear,
    lastYear: years[years.length - 1] ?? interventionYear,
    years: years.length,
    points: points.map((p) => ({ year: Number(p.period), value: p.value })),
  };
  const result = interruptedTimeSeries(points, options);
  caveats.push(...result.caveats);
  if (!result.ok) {
    const before = years.filter((y) => y < interventionYear).map((y) => chosen.values.get(y) ?? 0);
    const after = years.filter((y) => y >= interventionYear).map((y) => chosen.values.get(y) ?? 0);
    return {
      ...pair,
      series,
      fit: {
        ok: false,
        reason: result.reason,
        text: render(t(`failure_${result.reason}`), ctx.lang),
      },
      beforeAfter:
        before.length > 0 && after.length > 0 ? beforeAfter(before, after, options.confidence) : null,
      placebos: null,
      caveats: caveats.map((c) => presentCaveat(ctx, c)),
      chart: {
        points: points.map((p) => ({
          period: p.period,
          observed: p.value,
          fitted: null,
          counterfactual: null,
        })),
        markers,
      },
    };
  }
  const placeboSeries = stored.filter(
    (s) =>
      s.partner !== pair.origin &&
      !underAgreement.has(s.partner) &&
      s.source === chosen.source &&
      s.partnerBasis === chosen.partnerBasis &&
      s.values.size >= MIN_POINTS,
  );
  const check = placeboCheck(
    result,
    placeboSeries.map((s) => ({ partner: s.partner, points: pointsOf(s) })),
    options,
  );
  caveats.push(...check.caveats);
  return {
    ...pair,
    series,
    fit: presentFit(result),
    beforeAfter: result.beforeAfter,
    placebos: {
      partners: check.placebos.map((p, i) => ({
        partner: p.partner,
        years: placeboSeries[i]?.values.size ?? 0,
        ok: p.ok,
        reason: p.ok ? null : p.reason,
        levelChange: p.ok ? p.levelChange : null,
        slopeChange: p.ok ? p.slopeChange : null,
      })),
      levelChange: check.levelChange,
      slopeChange: check.slopeChange,
    },
    caveats: caveats.map((c) => presentCaveat(ctx, c)),
    chart: {
      points: result.chart.points.map((p) => ({
        period: p.period,
        observed: p.observed,
        fitted: p.fitted,
        counterfactual: p.counterfactual,
      })),
      markers: result.chart.markers,
    },
  };
}

function presentFit(fit: ItsFit): PairEvaluation['fit'] {
  return {
    ok: true,
    n: fit.n,
    nBefore: fit.nBefore,
    nAfter: fit.nAfter,
    df: fit.df,
    firstPeriod: fit.firstPeriod,
    lastPeriod: fit.lastPeriod,
    interventionPeriod: fit.interventionPeriod,
    rSquared: fit.rSquared,
    sigma: fit.sigma,
    ols: { coefficients: fit.ols.coefficients, effects: fit.ols.effects },
    hac: fit.hac && { lags: fit.hac.lags, coefficients: fit.hac.coefficients, effects: fit.hac.effects },
  };
}

/**
 * Did the agreement change the flows? For each destination and origin it names, the interrupted time series of the
 * yearly measure around its entry into force, with the before/after means and the destination's partners without
 * an agreement as placebos.
 */
export async function evaluateAgreement(ctx: Ctx, id: number, query: EvaluationQuery): Promise<Evaluation> {
  const [stored] = await loadAgreements(ctx.db, [id]);
  const agreement = assertReadable(ctx, id, stored);
  const occupation = occupationOf(agreement, query.occupation);
  const intervention: Evaluation['intervention'] | null = agreement.inForceOn
    ? { date: agreement.inForceOn, basis: 'in_force' }
    : agreement.signedOn
      ? { date: agreement.signedOn, basis: 'signed' }
      : null;
  if (!intervention) throw new AppError('conflict', t('no_dates', { id }), { hint: t('no_dates_hint') });
  const end = endOf(agreement);
  const sides = (which: 'destination' | 'origin') => [
    ...new Set(agreement.parties.filter((p) => p.side === which || p.side === 'both').map((p) => p.area)),
  ];
  const pairs = sides('destination').flatMap((destination) =>
    sides('origin')
      .filter((origin) => origin !== destination)
      .map((origin) => ({ destination, origin })),
  );
  if (pairs.length === 0) throw new AppError('conflict', t('no_pair', { id }));
  const options: ItsOptions = {
    intervention: intervention.date,
    confidence: query.confidence,
    ...(end ? { end: end.date } : {}),
    ...(query.hacLags === undefined ? {} : { hacLags: query.hacLags }),
  };
  const evaluations: PairEvaluation[] = [];
  for (const destination of new Set(pairs.map((p) => p.destination))) {
    const series = await seriesOf(ctx.db, { area: destination, measure: query.measure, occupation });
    // Drafts are not counted: the placebos are then the same for every reader, and tell nothing of them.
    const underAgreement = await publishedPartnersOf(ctx.db, destination);
    for (const p of agreement.parties) underAgreement.add(p.area);
    for (const pair of pairs.filter((p) => p.destination === destination))
      evaluations.push(evaluatePair(ctx, pair, series, underAgreement, options));
  }
  return {
    agreement: { id: agreement.id, title: agreement.title },
    measure: query.measure,
    occupation,
    confidence: query.confidence,
    hacLags: query.hacLags ?? null,
    intervention,
    end,
    evaluations,
  };
}
