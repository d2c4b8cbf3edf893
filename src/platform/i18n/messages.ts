import i18next from 'i18next';
import type { Catalogues, MessageName } from './catalogue.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './langs.ts';

/** A value a message interpolates: numbers are formatted in the reader's language where the template says so. */
export type TextParam = string | number;
export type TextParams = Readonly<Record<string, TextParam>>;

/**
 * A message as data: which catalogue, which key, with which parameters. It is rendered in the reader's language at
 * the edge (problem+json, CLI, mail), and in English for logs and `Error.message`.
 */
export interface Text {
  readonly ns: string;
  readonly key: string;
  readonly params: TextParams;
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  resources: {},
  ns: [],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const namespaces = new Set<string>();

/**
 * Registers a module's messages in every language and returns the function that makes its `Text`s. The catalogue
 * types make a missing key, plural form or placeholder in any language a type error.
 */
export function defineMessages<const Ref extends Record<string, string>>(
  ns: string,
  catalogues: Catalogues<Ref>,
) {
  if (namespaces.has(ns)) throw new Error(`messages "${ns}" are defined twice`);
  namespaces.add(ns);
  for (const lang of LANGS) i18n.addResourceBundle(lang, ns, catalogues[lang] as Record<string, string>);
  return function text(key: MessageName<Ref>, params: TextParams = {}): Text {
    return Object.freeze({ ns, key, params: Object.freeze({ ...params }) });
  };
}

/** A message in a language (English when the language lacks it, which the catalogue types prevent). */
export function render(text: Text | string, lang: Lang = DEFAULT_LANG): string {
  if (typeof text === 'string') return text;
  if (text.ns === BY_LANG) return String(text.params[lang] ?? text.params[DEFAULT_LANG] ?? '');
  return i18n.t(text.key, { ...text.params, ns: text.ns, lng: lang }) as string;
}

const BY_LANG = '';

/**
 * A `Text` whose words are given in each language by a function: words composed of several messages (a list, a
 * message naming another), or a library's own translated messages (zod's). Rendered at once in every language.
 */
export function textByLang(say: (lang: Lang) => string): Text {
  const params: Record<string, string> = {};
  for (const lang of LANGS) params[lang] = say(lang);
  return Object.freeze({ ns: BY_LANG, key: '', params: Object.freeze(params) });
}

/** Whether a value is a `Text`. */
export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && 'ns' in value && 'key' in value && 'params' in value;
}

/** The namespaces registered so far (the completeness test walks them). */
export function registeredNamespaces(): readonly string[] {
  return [...namespaces];
}

/** The raw template of a key in a language, or undefined (tests). */
export function templateOf(ns: string, key: string, lang: Lang): string | undefined {
  return i18n.getResource(lang, ns, key) as string | undefined;
}
