import i18next from 'i18next';
import { isLang, LANGS, type Lang } from '../../../src/platform/i18n/langs.ts';
import { ar } from './ar.ts';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export { LANGS, type Lang };

type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type Message = MessageKey | PluralBase<MessageKey>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(
    Object.entries({ ar, zh, en, fr, ru, es }).map(([l, c]) => [l, { translation: c }]),
  ),
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
const translate = i18n.t.bind(i18n) as unknown as (key: string, vars?: Record<string, unknown>) => string;

let current: Lang = 'en';

export function langOf(params: URLSearchParams): Lang {
  const asked = params.get('lang');
  return isLang(asked) ? asked : 'en';
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
