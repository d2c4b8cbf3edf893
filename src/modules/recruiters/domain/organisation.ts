import { AppError } from '../../../platform/errors.ts';
import { addMonths } from './dates.ts';
import { recruiterText } from './messages.ts';

export const ORGANISATION_STATUSES = [
  'applied',
  'test_passed',
  'listed',
  'warned',
  'suspended',
  'removed',
  'rejected',
] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** The statuses the public register shows. */
export const PUBLIC_STATUSES: readonly OrganisationStatus[] = ['listed', 'warned', 'suspended', 'removed'];

/** Statuses a complaint may be filed against (the organisation is, or was until suspended, on the list). */
export const COMPLAINABLE_STATUSES: readonly OrganisationStatus[] = ['listed', 'warned', 'suspended'];

export const ORGANISATION_STEPS = [
  'apply',
  'pass_test',
  'list',
  'reject',
  'warn',
  'suspend',
  'remove',
  'reinstate',
  'reconfirm',
] as const;
export type OrganisationStep = (typeof ORGANISATION_STEPS)[number];

const TRANSITIONS: Readonly<
  Record<OrganisationStep, Partial<Record<OrganisationStatus, OrganisationStatus>>>
> = {
  apply: {},
  pass_test: { applied: 'test_passed' },
  list: { test_passed: 'listed' },
  reject: { applied: 'rejected', test_passed: 'rejected' },
  warn: { listed: 'warned', warned: 'warned' },
  suspend: { listed: 'suspended', warned: 'suspended' },
  remove: { listed: 'removed', warned: 'removed', suspended: 'removed' },
  reinstate: { warned: 'listed', suspended: 'listed', removed: 'listed' },
  reconfirm: { listed: 'listed', warned: 'warned' },
};

/** The status a step leads to, or null when the step is not allowed from the status. */
export function nextStatus(status: OrganisationStatus, step: OrganisationStep): OrganisationStatus | null {
  return TRANSITIONS[step][status] ?? null;
}

/** The status after a step, or the error saying the step is not allowed from the organisation's status. */
export function stepOrganisation(
  name: string,
  status: OrganisationStatus,
  step: OrganisationStep,
): OrganisationStatus {
  const next = nextStatus(status, step);
  if (next !== null) return next;
  throw new AppError('invalid_state_transition', recruiterText('cannot_step', { name, status, step }), {
    detail: recruiterText('cannot_step_detail'),
  });
}

export type ReconfirmationState = 'not_applicable' | 'current' | 'due' | 'overdue';

/** Days before the date a re-confirmation becomes due. */
export const DUE_WINDOW_DAYS = 30;

/**
 * When a listed organisation must next re-confirm its compliance (every `months` since it was listed or last
 * re-confirmed), and whether that is far off, due within DUE_WINDOW_DAYS, or past.
 */
export function reconfirmation(
  org: { status: OrganisationStatus; listedAt: Date | null; reconfirmedAt: Date | null },
  months: number,
  now: Date,
): { state: ReconfirmationState; dueAt: Date | null } {
  const since = org.reconfirmedAt ?? org.listedAt;
  if ((org.status !== 'listed' && org.status !== 'warned') || since === null)
    return { state: 'not_applicable', dueAt: null };
  const dueAt = addMonths(since, months);
  if (now.getTime() > dueAt.getTime()) return { state: 'overdue', dueAt };
  if (now.getTime() >= dueAt.getTime() - DUE_WINDOW_DAYS * 86_400_000) return { state: 'due', dueAt };
  return { state: 'current', dueAt };
}
