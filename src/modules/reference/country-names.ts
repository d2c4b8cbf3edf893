import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import type { AreaName } from './domain/areas.ts';

/** The six official languages of the United Nations, whose CLDR country names files may use. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

const require = createRequire(import.meta.url);
let cached: readonly AreaName[] | undefined;

/**
 * The CLDR names (official, short and alias forms) of every country and territory in the six UN languages, keyed
 * by ISO 3166 alpha-3 code, from i18n-iso-countries.
 */
export function loadCountryNames(): readonly AreaName[] {
  if (cached) return cached;
  // The package's main entry registers all of its hundred locales; the bare library and six of them are enough.
  const countries = require('i18n-iso-countries/index.js') as typeof Countries;
  const names: AreaName[] = [];
  for (const lang of UN_LANGUAGES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [alpha2, forms] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const code = countries.alpha2ToAlpha3(alpha2);
      if (!code) continue;
      for (const name of forms) names.push(Object.freeze({ name, code, lang }));
    }
  }
  cached = Object.freeze(names);
  return cached;
}

let firstNames: Map<string, string> | undefined;

/** A country's CLDR name in one of the six languages (its usual form), or undefined for other areas. */
export function countryNameIn(iso3: string, lang: (typeof UN_LANGUAGES)[number]): string | undefined {
  if (!firstNames) {
    firstNames = new Map();
    for (const n of loadCountryNames()) {
      const key = `${n.lang}:${n.code}`;
      if (!firstNames.has(key)) firstNames.set(key, n.name);
    }
  }
  return firstNames.get(`${lang}:${iso3.toUpperCase()}`);
}
