import type { Lang } from '../../../platform/i18n/langs.ts';
import type { LocalText } from '../schemas.ts';

/** A questionnaire text in a language (every language is required by the format, English when one is blank). */
export function localText(text: LocalText, lang: Lang): string {
  return text[lang]?.trim() ? text[lang] : text.en;
}
