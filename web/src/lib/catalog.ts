import { INDICATOR_SLUGS } from '../../../src/modules/indicators/domain/types.ts';
import { MDS_CADRES } from '../../../src/modules/reference/domain/occupations.ts';
import { has, t } from '../i18n/i18n.ts';
import { getJson, type Source } from './api.ts';

export const INDICATORS = INDICATOR_SLUGS;

/** Occupation choices: the cadres the data hold, and doctors + nurses + midwives together. */
export const CADRES = [...MDS_CADRES, 'medical-doctors,nursing-and-midwifery'] as const;

export const WHO_REGIONS = ['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR'] as const;
export const INCOME_GROUPS = ['LIC', 'LMC', 'UMC', 'HIC'] as const;

/** A dataset's name and publisher in the reader's language when they are known ones (WHO, World Bank, OECD…). */
export function localSource(s: Source): Source {
  const name = `source.name.${s.code}`;
  const publisher = `source.publisher.${s.code}`;
  return {
    ...s,
    name: has(name) ? t(name) : s.name,
    publisher: s.publisher !== null && has(publisher) ? t(publisher) : s.publisher,
  };
}

export const getSources = () =>
  getJson<{ items: Source[] }>('/api/sources').then(
    (r) => new Map(r.items.map((s) => [s.code, localSource(s)])),
  );

/** Names of the datasets behind a set of source codes, for a "Source:" line. */
export function sourceNote(codes: Iterable<string>, sources: Map<string, Source> | undefined): string {
  const names = [...new Set([...codes].flatMap((c) => c.split(/,\s*/)))].map((c) => {
    const s = sources?.get(c);
    return s ? `${s.publisher ? `${s.publisher}, ` : ''}${s.name}` : c;
  });
  return names.join('; ');
}

/** Years a user can pick: those the loaded sources cover, from 2000 on. */
export function yearChoices(sources: Map<string, Source> | undefined): number[] {
  const spans = [...(sources?.values() ?? [])].filter((s) => s.years && s.observations > 0);
  const to = Math.max(...spans.map((s) => s.years?.to ?? 0), 2000);
  const years: number[] = [];
  for (let y = Math.min(to, new Date().getFullYear()); y >= 2000; y--) years.push(y);
  return years;
}
