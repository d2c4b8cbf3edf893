/**
 * The six official languages of WHO and the United Nations, in the order the UN lists them. Every page, message
 * and export exists in each.
 */
export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Writing direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The BCP 47 locale each language is formatted in (numbers, dates, lists, collation), from CLDR. Arabic is CLDR's
 * `ar`, whose digits are the Western ones that WHO and United Nations documents in Arabic use; Chinese is simplified.
 */
export const LOCALES = {
  ar: 'ar',
  zh: 'zh-CN',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
} as const satisfies Record<Lang, string>;

/** The language's own name for itself, as a language menu shows it. */
export const LANG_NAMES = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
} as const satisfies Record<Lang, string>;

/**
 * CLDR plural categories each language distinguishes in its cardinal numbers, as `Intl.PluralRules` reports them
 * (a test checks these against the runtime's CLDR data). A plural message needs one form per category.
 */
export const PLURAL_CATEGORIES = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  zh: ['other'],
  en: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  es: ['one', 'many', 'other'],
} as const satisfies Record<Lang, readonly Intl.LDMLPluralRule[]>;
export type PluralCategory<L extends Lang> = (typeof PLURAL_CATEGORIES)[L][number];

/**
 * The supported language a list of preferences asks for first: an Accept-Language header ("fr-CH, fr;q=0.9,
 * en;q=0.8") or a POSIX locale ("ru_RU.UTF-8"). Regional variants fall back to their language ("zh-Hant-TW" → zh).
 */
export function negotiateLang(preferences: string | null | undefined): Lang | null {
  if (!preferences) return null;
  const ranked = preferences
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((p) => p.tag && p.q > 0 && !Number.isNaN(p.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.toLowerCase().split(/[-_.@]/)[0];
    if (isLang(primary)) return primary;
  }
  return null;
}
