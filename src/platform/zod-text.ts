import { z } from 'zod';
import { quoteValue } from './errors.ts';
import type { Lang } from './i18n/langs.ts';
import { render, type Text, textByLang } from './i18n/messages.ts';
import { platformText as t } from './messages.ts';
import { closest } from './suggest.ts';

/**
 * zod's messages in the reader's language, without a global switch: input is parsed with a per-parse error map
 * (zod's English, marked as zod's own), and each issue zod worded is then worded again by zod's locale of every
 * language. A schema's own message is kept as it is, or, when written with `zodText`, rendered as the `Text` it is.
 */
const ZOD_LOCALES = {
  ar: z.locales.ar,
  zh: z.locales.zhCN,
  en: z.locales.en,
  fr: z.locales.fr,
  ru: z.locales.ru,
  es: z.locales.es,
} as const satisfies Record<Lang, () => { localeError: z.core.$ZodErrorMap }>;

type IssueMap = (issue: z.core.$ZodRawIssue | z.core.$ZodIssue) => string | undefined;
const maps = new Map<Lang, IssueMap>();
function localeMap(lang: Lang): IssueMap {
  let map = maps.get(lang);
  if (!map) {
    const { localeError } = ZOD_LOCALES[lang]();
    map = (issue) => {
      const said = localeError(issue as z.core.$ZodRawIssue);
      return typeof said === 'string' ? said : said?.message;
    };
    maps.set(lang, map);
  }
  return map;
}

/**
 * The per-parse error map (`schema.safeParse(input, { error: zodErrorMap })`): zod's English whatever the global
 * configuration, so that an issue zod worded can be told from a schema's own message and worded again per language.
 */
export const zodErrorMap = (issue: z.core.$ZodRawIssue): string => localeMap('en')(issue) ?? 'Invalid input';

/** Options of a parse whose issues `issueText` can word in every language. */
export const PARSE_OPTIONS = { error: zodErrorMap, reportInput: true } as const;

/** Schema messages written as `Text`s, by their English. */
const schemaTexts = new Map<string, Text>();

/**
 * A schema's own message (`.regex(re, zodText(...))`, `.refine(f, zodText(...))`): its English, which zod keeps,
 * and which `issueText` turns back into the `Text` in every language.
 */
export function zodText(text: Text): string {
  const english = render(text);
  schemaTexts.set(english, text);
  return english;
}

/**
 * An issue's message as a `Text` in every language (or the schema's own English string), with the value given and,
 * for a choice among fixed values, the one most likely meant: `unknown value "densty"; did you mean "density"?
 * (expected one of …)`. Parse with `PARSE_OPTIONS`.
 */
export function issueText(issue: z.core.$ZodIssue): Text | string {
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    const hit = closest(
      issue.input,
      issue.values.filter((v): v is string => typeof v === 'string').map((code) => ({ code })),
    );
    const value = quoteValue(issue.input);
    const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return hit ? t('value.unknown_meant', { value, hit, options }) : t('value.unknown', { value, options });
  }
  const english = issue.message;
  const text = schemaTexts.get(english);
  if (text) return text;
  if (english === localeMap('en')(issue)) {
    return textByLang((lang) => (lang === 'en' ? english : (localeMap(lang)(issue) ?? english)));
  }
  return english;
}

/** `field: message; field: message` in every language. */
export function fieldsText(errors: ReadonlyArray<{ field: string; message: Text | string }>): Text {
  return textByLang((lang) =>
    errors
      .map((e) => render(t('field.message', { field: e.field, message: render(e.message, lang) }), lang))
      .join(render(t('list.separator'), lang)),
  );
}

/** The first letter of a message in upper case, in every language (where the script has cases). */
export function capitalized(text: Text | string): Text {
  return textByLang((lang) => {
    const s = render(text, lang);
    return s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
  });
}
