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
