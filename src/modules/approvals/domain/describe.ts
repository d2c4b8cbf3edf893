import { ROLES as ACTOR_ROLES } from '../../../platform/auth/actor.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { render, type Text } from '../../../platform/i18n/messages.ts';
import { approvalText, unitParams } from './messages.ts';

const ROLES = new Set([...ACTOR_ROLES, 'operator'] as const);
type KnownRole = typeof ROLES extends Set<infer R> ? R : never;
const isKnownRole = (role: string): role is KnownRole => (ROLES as Set<string>).has(role);

/** A role in words, in English unless a language is given. */
export function roleWords(role: string, lang?: Lang): string {
  return isKnownRole(role) ? render(approvalText(`role_${role}`), lang) : role.replaceAll('_', ' ');
}

/** "Ghana 2020 (all datasets)", "Ghana 2020 (dataset WHO-NHWA)", in English unless a language is given. */
export function unitLabel(areaName: string, year: number, source: string | null, lang?: Lang): string {
  return render(
    approvalText(source ? 'unit_dataset' : 'unit_all', unitParams({ areaName, year, source })),
    lang,
  );
}

/** The day, month and year of an instant in UTC, as the messages' dates take them. */
export function dateParams(at: Date): { day: number; month: number; y: number } {
  return { day: at.getUTCDate(), month: at.getUTCMonth() + 1, y: at.getUTCFullYear() };
}

export interface LockHolder {
  areaName: string;
  year: number;
  source: string | null;
  approvedByName: string | null;
  approvedByRole: string | null;
  approvedAt: Date | null;
}

/** The parameters of the sentence naming an approval: the unit, who gave it in which role, and when. */
export function lockParams(u: LockHolder): Record<string, string | number> {
  const role = u.approvedByRole && u.approvedByRole !== 'operator' && isKnownRole(u.approvedByRole);
  return {
    ...unitParams(u),
    who: u.approvedByName ?? 'someone',
    ...(role ? { byRole: 'role', role: u.approvedByRole as string } : { byRole: 'none' }),
    ...(u.approvedAt ? { dated: 'yes', ...dateParams(u.approvedAt) } : { dated: 'no' }),
  };
}

/** "Ghana 2020 (all datasets) was approved by Ama Mensah, data approver, on 2 Dec 2026", as a `Text`. */
export function lockText(u: LockHolder): Text {
  return approvalText('lock', lockParams(u));
}

/** The lock sentence in English unless a language is given. */
export function lockSentence(u: LockHolder, lang?: Lang): string {
  return render(lockText(u), lang);
}
