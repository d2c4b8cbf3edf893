import { lang, locale } from '../i18n/i18n.ts';

const collators = new Map<string, Intl.Collator>();

/** Compares names as the reader's language orders them (É with E in French, say). */
export function collator(): Intl.Collator {
  const l = lang();
  let c = collators.get(l);
  if (!c) {
    c = new Intl.Collator(locale(), { sensitivity: 'base', numeric: true });
    collators.set(l, c);
  }
  return c;
}
