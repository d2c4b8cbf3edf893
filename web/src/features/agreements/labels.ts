import type { Agreement } from '../../../../src/modules/agreements/schemas.ts';
import { lang, t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { areaName, formatList, labelOf } from '../../lib/format.ts';

/** The cadres the registry's filter offers: the occupations of the reference list agreements name. */
export const CADRES = [
  'medical-doctors',
  'nursing-personnel',
  'midwifery-personnel',
  'dentists',
  'pharmacists',
] as const;

/** A calendar date of the registry (YYYY-MM-DD, no time zone) in the reader's language. */
export function day(iso: string | null): string {
  if (!iso) return t('agreements.notRecorded');
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export function cadresText(cadres: readonly string[]): string {
  if (cadres.length === 0) return t('agreements.allCadres');
  return formatList(cadres.map((c) => labelOf('occupation', c)));
}

export type Party = Agreement['parties'][number];

export function partyName(p: Party, countries: Map<string, Area> | undefined): string {
  const country = areaName(p.area, countries, p.areaName);
  return p.organisation ? `${p.organisation} (${country})` : country;
}
