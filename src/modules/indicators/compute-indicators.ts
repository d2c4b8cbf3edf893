import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkCodes } from '../observations/index.ts';
import type { Area } from '../reference/index.ts';
import { findOccupation, loadAreas } from '../reference/index.ts';
import {
  aggregateResults,
  computeIndicator,
  defaultOccupations,
  describeSelection,
  INDICATOR_UNITS,
  type IndicatorOptions,
  type IndicatorResult,
  type IndicatorSlug,
  migrationEffectiveness,
  SDG_CADRES,
  SUMS_OCCUPATIONS,
} from './domain/index.ts';
import { type IndicatorContext, loadIndicatorContext, membersOf } from './load-data.ts';
import { text } from './messages.ts';
import type { IndicatorQuery, IndicatorResponse, IndicatorResultOut } from './schemas.ts';
import { selectionOf, sourcesOf } from './vintage.ts';

const MEASURES_OF: Record<IndicatorSlug, readonly string[]> = {
  density: ['stock', 'population', 'density'],
  'sdg-gap': ['stock', 'population', 'density'],
  'foreign-trained-share': ['foreign-trained-stock', 'stock', 'population'],
  'foreign-born-share': ['foreign-born-stock', 'stock', 'population'],
  'emigration-rate': ['foreign-trained-stock', 'foreign-born-stock', 'stock', 'population'],
  inflow: ['inflow', 'population'],
  outflow: ['outflow', 'population'],
  'net-migration': ['inflow', 'outflow', 'population'],
  growth: ['stock', 'population'],
};

export function measuresOf(indicator: IndicatorSlug): readonly string[] {
  return MEASURES_OF[indicator];
}

/** Checks occupation slugs: known, one only unless the indicator sums, and no cadre counted twice. */
export function checkOccupations(indicator: IndicatorSlug, occupations: readonly string[]): void {
  if (indicator === 'sdg-gap') {
    if (occupations.join(',') !== SDG_CADRES.join(','))
      throw new AppError('invalid_input', text('sdg_gap_cadres', { cadres: SDG_CADRES.join(' + ') }), {
        errors: [
          { field: 'occupation', message: text('sdg_gap_cadres_field', { cadres: SDG_CADRES.join(',') }) },
        ],
      });
    return;
  }
  for (const o of occupations) {
    if (!findOccupation(o))
      throw new AppError('invalid_input', text('unknown_occupation', { code: o }), {
        errors: [{ field: 'occupation', message: text('unknown_occupation_field', { code: o }) }],
        hint: text('occupations_hint'),
      });
  }
  if (occupations.length > 1 && !SUMS_OCCUPATIONS.has(indicator))
    throw new AppError('invalid_input', text('one_occupation', { indicator, count: occupations.length }), {
      errors: [{ field: 'occupation', message: text('one_occupation_field') }],
    });
  const ancestors = (code: string): string[] => {
    const parent = findOccupation(code)?.parent;
    return parent ? [parent, ...ancestors(parent)] : [];
  };
  for (const o of occupations) {
    const overlap = ancestors(o).find((a) => occupations.includes(a));
    if (overlap)
      throw new AppError('invalid_input', text('counted_twice', { code: o, parent: overlap }), {
        errors: [{ field: 'occupation', message: text('overlaps', { code: o, parent: overlap }) }],
      });
    if (occupations.indexOf(o) !== occupations.lastIndexOf(o))
      throw new AppError('invalid_input', text('listed_twice', { code: o }), {
        errors: [{ field: 'occupation', message: text('listed_twice_field') }],
      });
  }
}

export function indicatorOptions(
  q: Omit<IndicatorQuery, 'indicator'>,
  ctx: IndicatorContext,
): IndicatorOptions {
  return {
    selection: selectionOf(q),
    densityBasis: q.basis,
    originBasis: q.originBasis,
    sources: sourcesOf(q.source),
    areaKinds: ctx.areaKinds,
  };
}

/** Resolves requested area codes; unknown codes are refused naming the field. */
export function resolveAreas(codes: readonly string[] | undefined, areas: Map<string, Area>): Area[] {
  if (!codes) return [...areas.values()].filter((a) => a.kind === 'country');
  const unknown = codes.filter((c) => !areas.has(c.toUpperCase()));
  if (unknown.length > 0)
    throw new AppError('unknown_area', text('unknown_area', { codes: unknown.join(', ') }), {
      errors: unknown.map((c) => ({ field: 'area', message: text('unknown_area_field', { code: c }) })),
      hint: text('areas_hint'),
    });
  return codes.map((c) => areas.get(c.toUpperCase()) as Area);
}

const GROUP_KINDS = new Set(['who-region', 'income-group', 'aggregate']);

export function toOut(r: IndicatorResult, areas: Map<string, Area>): IndicatorResultOut {
  return { ...r, areaName: areas.get(r.area)?.name ?? r.area };
}

/** One indicator for one area in a loaded context; groups of countries are aggregated from their members. */
export function indicatorFor(
  indicator: IndicatorSlug,
  area: Area,
  occupations: readonly string[],
  options: IndicatorOptions,
  ctx: IndicatorContext,
): IndicatorResult {
  if (!GROUP_KINDS.has(area.kind))
    return computeIndicator(indicator, ctx.data, area.code, occupations, options);
  const members = membersOf(area, ctx.areas.values());
  if (members.length === 0)
    throw new AppError('invalid_input', text('no_members', { code: area.code }), {
      errors: [{ field: 'area', message: text('no_members_field', { code: area.code }) }],
    });
  return aggregateResults({
    area: area.code,
    results: members.map((m) => computeIndicator(indicator, ctx.data, m.code, occupations, options)),
    population: (code, year) =>
      ctx.data.pick(
        'population',
        code,
        '_Z',
        year === null ? { kind: 'latest', upTo: null, window: null } : { kind: 'exact', year },
        { sources: options.sources.population ?? [] },
      ),
  });
}

export async function computeIndicators(ctx: Ctx, q: IndicatorQuery): Promise<IndicatorResponse> {
  const { db } = ctx;
  await checkCodes(db, { area: q.area, occupation: q.occupation, source: q.source });
  const occupations = q.occupation ?? defaultOccupations(q.indicator);
  checkOccupations(q.indicator, occupations);
  const codes = q.area?.map((a) => a.toUpperCase());
  const known = await loadAreas(db);
  const requested = resolveAreas(codes, new Map(known.map((a) => [a.code, a])));
  const needsAll = !codes || requested.some((a) => GROUP_KINDS.has(a.kind));
  const loaded = await loadIndicatorContext(
    db,
    {
      measures: measuresOf(q.indicator),
      ...(needsAll ? {} : { areas: requested.map((a) => a.code) }),
    },
    known,
  );
  const options = indicatorOptions(q, loaded);
  const results = requested.map((a) => indicatorFor(q.indicator, a, occupations, options, loaded));
  const response: IndicatorResponse = {
    indicator: q.indicator,
    unit: INDICATOR_UNITS[q.indicator],
    occupation: q.indicator === 'sdg-gap' ? ['medical-doctors', 'nursing-and-midwifery'] : occupations,
    selection: describeSelection(options.selection),
    items: results.map((r) => toOut(r, loaded.areas)),
  };
  if (q.indicator === 'net-migration' && results.length > 1) {
    const mei = migrationEffectiveness(results);
    response.summary = {
      migrationEffectiveness: mei.value,
      areas: mei.areas,
      missing: mei.missing,
      reason: mei.reason,
    };
  }
  return response;
}
