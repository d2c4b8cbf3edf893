import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { profileApprovals } from '../approvals/index.ts';
import type { IndicatorResultOut } from '../indicators/index.ts';
import {
  cadreDensity,
  DEFAULT_SOURCES,
  type IndicatorOptions,
  type IndicatorResult,
  type IndicatorSlug,
  indicatorFor,
  loadIndicatorContext,
  originBreakdown,
  toOut,
} from '../indicators/index.ts';
import { MDS_CADRES } from '../reference/index.ts';
import { assessAreaEditions, SSL_MEASURES } from '../safeguards/index.ts';
import { text } from './messages.ts';
import { batchesByIds } from './repo.ts';
import type { AreaProfile } from './schemas.ts';

const HEADLINE: readonly { indicator: IndicatorSlug; occupation: string[] }[] = [
  { indicator: 'density', occupation: ['medical-doctors', 'nursing-and-midwifery'] },
  { indicator: 'density', occupation: ['medical-doctors'] },
  { indicator: 'density', occupation: ['nursing-and-midwifery'] },
  { indicator: 'density', occupation: ['dentists'] },
  { indicator: 'density', occupation: ['pharmacists'] },
  { indicator: 'sdg-gap', occupation: ['medical-doctors', 'nursing-and-midwifery'] },
  { indicator: 'foreign-trained-share', occupation: ['medical-doctors'] },
  { indicator: 'foreign-trained-share', occupation: ['nursing-personnel'] },
  { indicator: 'foreign-born-share', occupation: ['medical-doctors'] },
  { indicator: 'emigration-rate', occupation: ['medical-doctors'] },
  { indicator: 'emigration-rate', occupation: ['nursing-personnel'] },
  { indicator: 'growth', occupation: ['medical-doctors'] },
  { indicator: 'net-migration', occupation: ['medical-doctors'] },
];

/**
 * A country's page: key indicators at their latest values with years and sources, density over time per
 * cadre, its foreign-trained workforce by origin, its own workers counted abroad, its Support and Safeguards
 * List status, and the batches all of it came from.
 */
export async function areaProfile({ db }: Ctx, code: string): Promise<AreaProfile> {
  const iso = code.toUpperCase();
  const loaded = await loadIndicatorContext(db, {
    measures: [...SSL_MEASURES, 'foreign-trained-stock', 'foreign-born-stock', 'inflow', 'outflow'],
    areas: [iso],
  });
  const area = loaded.areas.get(iso);
  if (!area)
    throw new AppError('not_found', text('unknown_area', { code }), {
      errors: [{ field: 'iso3', message: text('unknown_area_field') }],
    });
  if (area.kind !== 'country' && area.kind !== 'subnational')
    throw new AppError('invalid_input', text('not_a_country', { code: area.code }), {
      hint: text('not_a_country_hint'),
    });
  const options: IndicatorOptions = {
    selection: { kind: 'latest', upTo: null, window: null },
    densityBasis: 'computed-first',
    originBasis: 'training',
    sources: DEFAULT_SOURCES,
    areaKinds: loaded.areaKinds,
  };
  const headline: IndicatorResultOut[] = HEADLINE.map((h) =>
    toOut(indicatorFor(h.indicator, area, h.occupation, options, loaded), loaded.areas),
  );

  const series = MDS_CADRES.map((occupation) => {
    const years = new Set<number>();
    for (const m of ['stock', 'density'])
      for (const p of loaded.data.series(m, iso, occupation)) years.add(p.year);
    const points = [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const d = cadreDensity(loaded.data, iso, occupation, {
          basis: options.densityBasis,
          sources: options.sources,
          selection: { kind: 'exact', year },
        });
        return d.value === null
          ? null
          : {
              year,
              value: d.value,
              method: d.method,
              source: [...new Set(d.inputs.map((i) => i.source))].join(', '),
            };
      })
      .filter((p) => p !== null);
    return { occupation, unit: 'per 10 000 population', points };
  }).filter((s) => s.points.length > 0);

  const name = (c: string) => loaded.areas.get(c)?.name ?? c;
  const foreignTrained = ['medical-doctors', 'nursing-personnel']
    .map((occupation) => {
      const b = originBreakdown(loaded.data, iso, occupation, 'training', { ...options, top: 15 });
      if (!b) return null;
      return {
        occupation,
        year: b.year,
        source: b.source,
        total: b.foreign,
        publishedTotal: b.publishedTotal,
        sumOfOrigins: b.sumOfOrigins,
        unknown: b.unknownOrigin,
        items: b.top.map((t) => ({ ...t, partnerName: name(t.partner) })),
        rest: b.rest,
      };
    })
    .filter((b) => b !== null);

  const emigration = headline.filter((h) => h.indicator === 'emigration-rate');
  const emigrants = emigration
    .map((e) => {
      const destinations = e.detail?.destinations as
        | { destination: string; value: number; year: number; source: string; basis: string }[]
        | undefined;
      if (!destinations) return null;
      return {
        occupation: e.occupation[0] ?? '',
        basis: String(e.detail?.basis ?? 'training'),
        items: destinations.map((d) => ({ ...d, destinationName: name(d.destination) })),
      };
    })
    .filter((e) => e !== null);

  const safeguards =
    area.kind === 'country' && area.whoMember ? await assessAreaEditions(db, loaded, area) : [];

  const batchIds = new Set<number>();
  const collect = (r: IndicatorResult | IndicatorResultOut) => {
    for (const i of r.inputs) batchIds.add(i.batch);
  };
  headline.forEach(collect);
  for (const s of safeguards) for (const i of s.assessment.inputs) batchIds.add(i.batch);
  const batches = await batchesByIds(db, [...batchIds]);
  return {
    area: {
      code: area.code,
      name: area.name,
      kind: area.kind,
      whoRegion: area.whoRegion,
      wbIncome: area.wbIncome,
      whoMember: area.whoMember,
    },
    headline,
    series,
    foreignTrainedByOrigin: foreignTrained[0] ?? null,
    foreignTrained,
    emigrantsByDestination: emigrants.find((e) => e.items.length > 0) ?? null,
    emigrants,
    safeguards,
    batches,
    approvals: await profileApprovals(db, iso),
  };
}
