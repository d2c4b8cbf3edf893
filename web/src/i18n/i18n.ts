import i18next from 'i18next';
import { dirOf, isLang, LANGS, type Lang, LOCALES } from '../../../src/platform/i18n/langs.ts';
import { en, type MessageKey } from './en.ts';

export { isLang, LANGS, type Lang };

type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type Message = MessageKey | PluralBase<MessageKey>;

/**
 * Each language's catalogue is its own chunk, loaded before the first page in that language renders (the server
 * preloads the page language's chunk beside the entry). English is bundled: it is the fallback of a key that a
 * catalogue lacks at run time and the reference `has` checks dynamic keys against.
 */
const CATALOGUES: Record<Exclude<Lang, 'en'>, () => Promise<Record<string, string>>> = {
  ar: () => import('./ar.ts').then((m) => m.ar),
  zh: () => import('./zh.ts').then((m) => m.zh),
  fr: () => import('./fr.ts').then((m) => m.fr),
  ru: () => import('./ru.ts').then((m) => m.ru),
  es: () => import('./es.ts').then((m) => m.es),
};

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
// `{{n, number}}`: numbers in the language's locale (LOCALES), not in the bare language code.
i18n.services.formatter?.add(
  'number',
  (value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions) =>
    typeof value === 'number'
      ? new Intl.NumberFormat(LOCALES[isLang(lng) ? lng : 'en'], options).format(value)
      : String(value),
);
const translate = i18n.t.bind(i18n) as unknown as (key: string, vars?: Record<string, unknown>) => string;

/** The page's document; absent when the catalogue runs in Node (the unit tests). */
const doc = (globalThis as { document?: { documentElement: { lang: string; dir: string }; cookie: string } })
  .document;

const loaded = new Set<Lang>(['en']);
const loading = new Map<Lang, Promise<void>>();
let current: Lang = 'en';

/** The language a URL asks for with `?lang=`, or null. */
export function askedLang(params: URLSearchParams): Lang | null {
  const asked = params.get('lang');
  return isLang(asked) ? asked : null;
}

/**
 * The language of a page: `?lang=` when the URL has one, else the language the server rendered the page in
 * (negotiated from Accept-Language and the remembered choice), else English.
 */
export function langOf(params: URLSearchParams): Lang {
  const asked = askedLang(params);
  if (asked) return asked;
  const served = doc?.documentElement.lang;
  return isLang(served) ? served : 'en';
}

/** Whether a language's catalogue is at hand. */
export function langReady(l: Lang): boolean {
  return loaded.has(l);
}

/** Loads a language's catalogue (once); a failed load leaves English in its place. */
export function loadLang(l: Lang): Promise<void> {
  if (l === 'en' || loaded.has(l)) return Promise.resolve();
  let p = loading.get(l);
  if (!p) {
    p = CATALOGUES[l]().then(
      (catalogue) => {
        i18n.addResourceBundle(l, 'translation', catalogue, true, true);
        loaded.add(l);
      },
      () => {
        loading.delete(l);
      },
    );
    loading.set(l, p);
  }
  return p;
}

/** The messages of one language, whatever the page's: loads its catalogue, then renders as `t` does. */
export async function translatorFor(
  l: Lang,
): Promise<(key: string, vars?: Record<string, unknown>) => string> {
  await loadLang(l);
  const fixed = i18n.getFixedT(l);
  return (key, vars) => fixed(key, vars ?? {}) as string;
}

/** Makes a language current (its catalogue must be loaded for its words to show); sets `<html lang dir>`. */
export function setLang(l: Lang): void {
  if (doc) {
    doc.documentElement.lang = l;
    doc.documentElement.dir = dirOf(l);
  }
  if (l === current) return;
  current = l;
  void i18n.changeLanguage(l);
}

export function lang(): Lang {
  return current;
}

/** The BCP 47 locale of the current language, for `Intl`. */
export function locale(): string {
  return LOCALES[current];
}

/** The message in the current language; plurals take `count`. */
export function t(key: Message, vars?: Record<string, string | number>): string {
  return translate(key, vars);
}

/** Whether a dynamic key (an indicator slug, a region code) has a message. */
export function has(key: string): key is MessageKey {
  return key in en;
}

/** Remembers the reader's choice of language for visits without `?lang=` (read by the server). */
export function rememberLang(l: Lang): void {
  if (!doc) return;
  doc.cookie = `hwmo_lang=${l}; path=/; max-age=31536000; samesite=lax`;
}
