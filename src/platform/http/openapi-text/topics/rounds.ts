import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the rounds routes and schemas, keyed by their English. */
export const roundsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {},
  es: {},
  ar: {},
  ru: {},
  zh: {},
};
