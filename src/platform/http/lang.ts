import type { Context } from 'hono';
import { DEFAULT_LANG, isLang, type Lang, negotiateLang } from '../i18n/langs.ts';

/** The query parameter every route takes to choose the language of its answer (and of its problems). */
export const LANG_PARAM = 'lang';

const chosen = new WeakMap<Context, Lang>();

/** The language `?lang=` asks for, when it names one of the six. */
export function queryLang(c: Context): Lang | undefined {
  const asked = c.req.query(LANG_PARAM)?.trim().toLowerCase();
  return isLang(asked) ? asked : undefined;
}

/**
 * The language of a request's answer: `?lang=` > Accept-Language > the signed-in account's language > English.
 * Remembered for the request, so that its problem, whoever renders it, is in the same language.
 */
export function negotiateRequestLang(c: Context, accountLang?: Lang | null): Lang {
  const lang = queryLang(c) ?? negotiateLang(c.req.header('accept-language')) ?? accountLang ?? DEFAULT_LANG;
  chosen.set(c, lang);
  return lang;
}

/** The language chosen for a request, or negotiated without the account when none was yet (errors at the edge). */
export function requestLang(c: Context): Lang {
  return chosen.get(c) ?? queryLang(c) ?? negotiateLang(c.req.header('accept-language')) ?? DEFAULT_LANG;
}

/** Adds Accept-Language to an answer's Vary header. */
export function varyByLanguage(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Language');
  else if (!/(^|,)\s*(accept-language|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Language`);
}
