import type { Lang } from './langs.ts';
import { ar } from './page-text/ar.ts';
import { en } from './page-text/en.ts';
import { es } from './page-text/es.ts';
import { fr } from './page-text/fr.ts';
import { ru } from './page-text/ru.ts';
import { zh } from './page-text/zh.ts';

/**
 * The observatory's page titles and its not-found page in each language. The server writes them into the HTML it
 * sends for each path; the web app takes them into its message catalogues (web/src/i18n).
 */
export const PAGE_TEXT = { ar, zh, en, fr, ru, es } as const satisfies Record<
  Lang,
  Record<keyof typeof en, string>
>;

export type PageLang = Lang;
export type PageTextKey = keyof (typeof PAGE_TEXT)['en'];

/** The links a not-found page offers, with the key of each one's label. */
export const NOT_FOUND_LINKS = [
  { path: '/', label: 'notFound.map' },
  { path: '/compare', label: 'notFound.compare' },
  { path: '/flows', label: 'notFound.flows' },
  { path: '/data', label: 'notFound.data' },
] as const satisfies readonly { path: string; label: PageTextKey }[];

/** A page text with its `{{name}}` placeholders filled. */
export function pageText(lang: PageLang, key: PageTextKey, vars: Record<string, string> = {}): string {
  return (PAGE_TEXT[lang][key] as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** A locale file of i18n-iso-countries: names by ISO 3166 alpha-2 code, the official one first where there are several. */
export interface CldrLocale {
  locale: string;
  countries: Record<string, string | readonly string[]>;
}

/** The official CLDR name of a country in a locale, or null when the locale does not know the code. */
export function cldrName(locale: CldrLocale, iso2: string): string | null {
  const name = locale.countries[iso2.toUpperCase()];
  if (name === undefined) return null;
  return typeof name === 'string' ? name : (name[0] ?? null);
}
