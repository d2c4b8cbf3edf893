import i18next from 'i18next';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type Message = MessageKey | PluralBase<MessageKey>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, fr: { translation: fr } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
const translate = i18n.t.bind(i18n) as unknown as (key: string, vars?: Record<string, unknown>) => string;

let current: Lang = 'en';

export function langOf(params: URLSearchParams): Lang {
  return params.get('lang') === 'fr' ? 'fr' : 'en';
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

/** The message in the current language; plurals take `count`. */
export function t(key: Message, vars?: Record<string, string | number>): string {
  return translate(key, vars);
}

/** Whether a dynamic key (an indicator slug, a region code) has a message. */
export function has(key: string): key is MessageKey {
  return key in en;
}
