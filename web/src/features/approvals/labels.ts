import { has, locale, t } from '../../i18n/i18n.ts';

/** "the national authority", "l’autorité nationale": who acted, by the role they acted in. */
export function byWhom(role: string): string {
  const key = `approvals.by.${role}`;
  return has(key) ? t(key) : role;
}

/** "2 December 2026", "2 décembre 2026". */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
