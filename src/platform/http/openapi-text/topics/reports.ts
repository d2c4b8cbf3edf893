import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the reports routes and schemas, keyed by their English. */
export const reportsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {},
  es: {},
  ar: {},
  ru: {},
  zh: {},
};
