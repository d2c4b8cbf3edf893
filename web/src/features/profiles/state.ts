import type { Note } from '../../../../src/modules/indicators/domain/notes.ts';
import type { IndicatorResult, Profile } from '../../lib/api.ts';

type ForeignTrained = NonNullable<Profile['foreignTrainedByOrigin']>;
type SafeguardsEntry = Profile['safeguards'][number];

/** The key a headline value is known by: its indicator and occupations. */
export const headlineKey = (r: Pick<IndicatorResult, 'indicator' | 'occupation'>): string =>
  `${r.indicator}:${r.occupation.join(',')}`;

const DNM = 'medical-doctors,nursing-and-midwifery';

/** The headline density of doctors, nurses and midwives, which the Safeguards List's density is compared with. */
export function headlineDensity(headline: readonly IndicatorResult[]): IndicatorResult | undefined {
  return headline.find((r) => r.indicator === 'density' && r.occupation.join(',') === DNM);
}

/**
 * How to state the foreign-trained total: the published total when the origins the source reports add up to a
 * different number (rounded), else the total.
 */
export function foreignTrainedTotal(
  ft: Pick<ForeignTrained, 'total' | 'publishedTotal' | 'sumOfOrigins'>,
): { kind: 'published-differs'; published: number; sum: number } | { kind: 'total'; total: number } {
  const published = ft.publishedTotal;
  if (published !== null && Math.round(published) !== Math.round(ft.sumOfOrigins))
    return { kind: 'published-differs', published, sum: ft.sumOfOrigins };
  return { kind: 'total', total: ft.total };
}

export interface OriginBar {
  key: string;
  label: string;
  value: number;
  extra?: string;
  muted?: boolean;
}

/**
 * The foreign-trained workforce by origin as bars: each top origin with its share, then the rest and the unknown
 * origin (muted) when they hold any.
 */
export function originBars(
  ft: ForeignTrained,
  labels: {
    origin: (partner: string, publishedName: string) => string;
    share: (percent: number) => string;
    rest: (partners: number) => string;
    unknown: string;
  },
): OriginBar[] {
  return [
    ...ft.items.map((i) => ({
      key: i.partner,
      label: labels.origin(i.partner, i.partnerName),
      value: i.value,
      ...(i.share !== null ? { extra: labels.share(i.share) } : {}),
    })),
    ...(ft.rest.value
      ? [{ key: '_rest', label: labels.rest(ft.rest.partners), value: ft.rest.value, muted: true }]
      : []),
    ...(ft.unknown ? [{ key: '_U', label: labels.unknown, value: ft.unknown, muted: true }] : []),
  ];
}

/** Destinations of the country's workers, largest first, and the distinct years of their values in order. */
export function destinations(em: Profile['emigrantsByDestination']): {
  items: NonNullable<Profile['emigrantsByDestination']>['items'];
  years: number[];
} {
  const items = em ? [...em.items].sort((a, b) => b.value - a.value) : [];
  return { items, years: [...new Set(items.map((i) => i.year))].sort((a, b) => a - b) };
}

/** The density series' sources and the span of their years, for the figure's source line. */
export function seriesCoverage(series: Profile['series']): {
  sources: string[];
  years: { from: number; to: number } | null;
} {
  const sources = series.flatMap((s) => s.points.map((p) => p.source));
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  return {
    sources,
    years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
  };
}

/**
 * One Safeguards List card: whether WHO published the country on the list ('unknown' when that edition is not
 * loaded), the remark comparing the recomputation with WHO's list, the recomputation's own remarks, and the remarks
 * that explain a difference.
 */
export function safeguardsCard(s: SafeguardsEntry): {
  published: 'on' | 'off' | 'unknown';
  agreement: Note | undefined;
  recomputation: Note[];
  differences: Note[] | null;
} {
  const notes = s.assessment.explanationNotes;
  const agreement = notes.find((n) => n.code.startsWith('ssl-official-'));
  const differs = agreement?.code === 'ssl-official-differs' ? agreement.params.notes : undefined;
  return {
    published: s.official === null ? 'unknown' : s.official ? 'on' : 'off',
    agreement,
    recomputation: notes.filter((n) => n !== agreement),
    differences: Array.isArray(differs) ? (differs as Note[]) : null,
  };
}
