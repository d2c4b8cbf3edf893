/** The kinds of agreement on the recruitment, training and circulation of health personnel. */
export const AGREEMENT_TYPES = [
  'bilateral_mou',
  'bilateral_agreement',
  'multilateral',
  'regional_framework',
  'twinning',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** Between governments, or between organisations within the areas. */
export const AGREEMENT_LEVELS = ['government', 'institution'] as const;
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];

export const PARTY_SIDES = ['origin', 'destination', 'both'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];

/** What an agreement provides, in the order the registry shows it. */
export const PROVISION_KINDS = [
  'recruitment',
  'training',
  'return',
  'compensation',
  'rights',
  'committee',
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export const EVENT_KINDS = ['signed', 'in_force', 'suspended', 'resumed', 'expired', 'terminated'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  'draft',
  'signed',
  'in_force',
  'suspended',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The statuses a source may give for an agreement whose dates of signature and entry into force are not known. */
export const GIVEN_STATUSES = ['signed', 'in_force', 'suspended', 'expired', 'terminated'] as const;
export type GivenStatus = (typeof GIVEN_STATUSES)[number];

export const CAP_PERIODS = ['year', 'total', 'month'] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

/** An event of the status history; `seq` orders events of one day as they were recorded. */
export interface StatusEvent {
  kind: EventKind;
  on: string;
  note: string | null;
  seq: number;
}

export interface Suspension {
  from: string;
  until: string | null;
  reason: string | null;
}

/** The dates an agreement's status derives from. */
export interface AgreementDates {
  signedOn: string | null;
  inForceOn: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  suspensions: readonly Suspension[];
  /** The status its source gives when neither the signature nor the entry into force is dated. */
  statusGiven: GivenStatus | null;
}

/** Where replaying the events stands after each of them; `draft` before the first. */
const NEXT: Record<AgreementStatus, Partial<Record<EventKind, AgreementStatus>>> = {
  draft: { signed: 'signed', in_force: 'in_force' },
  signed: { in_force: 'in_force', expired: 'expired', terminated: 'terminated' },
  in_force: { suspended: 'suspended', expired: 'expired', terminated: 'terminated' },
  suspended: { resumed: 'in_force', expired: 'expired', terminated: 'terminated' },
  expired: {},
  terminated: {},
};

/** An event the history cannot take: what it is, and the status it met. */
export interface EventRefusal {
  event: StatusEvent;
  status: AgreementStatus;
}

/** The events in the order they happened: by date, then as recorded. */
export function chronological(events: readonly StatusEvent[]): StatusEvent[] {
  return [...events].sort((a, b) => a.on.localeCompare(b.on) || a.seq - b.seq);
}

export interface Replay {
  /** The status after the last event (whatever today's date). */
  status: AgreementStatus;
  /** The dates the events set. */
  signedOn: string | null;
  inForceOn: string | null;
  expiredOn: string | null;
  terminatedOn: string | null;
  suspensions: Suspension[];
}

/**
 * Replays the status history from `start` (the status its source gives an agreement of unknown dates, or draft):
 * each event must be allowed from the status the earlier ones left (an agreement is signed before, or when, it enters
 * into force; only one in force is suspended; only a suspended one resumes; nothing follows its expiry or
 * termination). The first event refused is returned instead.
 */
export function replay(
  events: readonly StatusEvent[],
  start: AgreementStatus = 'draft',
): Replay | EventRefusal {
  const out: Replay = {
    status: start,
    signedOn: null,
    inForceOn: null,
    expiredOn: null,
    terminatedOn: null,
    suspensions: [],
  };
  for (const event of chronological(events)) {
    const next = NEXT[out.status][event.kind];
    if (next === undefined) return { event, status: out.status };
    if (event.kind === 'signed') out.signedOn = event.on;
    if (event.kind === 'in_force') out.inForceOn = event.on;
    if (event.kind === 'expired') out.expiredOn = event.on;
    if (event.kind === 'terminated') out.terminatedOn = event.on;
    if (event.kind === 'suspended') out.suspensions.push({ from: event.on, until: null, reason: event.note });
    if (event.kind === 'resumed') {
      const open = out.suspensions.at(-1);
      if (open) {
        if (open.from === event.on) return { event, status: out.status };
        open.until = event.on;
      }
    }
    out.status = next;
  }
  return out;
}

export function isRefusal(r: Replay | EventRefusal): r is EventRefusal {
  return 'event' in r;
}

/** Whether the agreement is in force on a date (ISO YYYY-MM-DD): entered into force, not ended, not suspended. */
export function inForceOn(a: AgreementDates, date: string): boolean {
  const start = a.inForceOn ?? a.signedOn;
  if (start === null || start > date) return false;
  if (a.expiresOn !== null && date >= a.expiresOn) return false;
  if (a.terminatedOn !== null && date >= a.terminatedOn) return false;
  return !suspendedOn(a, date);
}

function suspendedOn(a: AgreementDates, date: string): boolean {
  return a.suspensions.some((s) => s.from <= date && (s.until === null || date < s.until));
}

/**
 * The agreement's status on a date, from its dates: what the registry shows. Of an agreement whose signature and
 * entry into force are not dated it is the status its source gives, moved on by the suspensions, resumptions,
 * expiry or termination recorded since.
 */
export function statusOn(a: AgreementDates, date: string): AgreementStatus {
  if (a.terminatedOn !== null && a.terminatedOn <= date) return 'terminated';
  if (a.expiresOn !== null && a.expiresOn <= date) return 'expired';
  if (a.inForceOn !== null && a.inForceOn <= date) return suspendedOn(a, date) ? 'suspended' : 'in_force';
  if (a.signedOn !== null && a.signedOn <= date) return 'signed';
  if (a.signedOn !== null || a.inForceOn !== null || a.statusGiven === null) return 'draft';
  if (a.statusGiven !== 'in_force' && a.statusGiven !== 'suspended') return a.statusGiven;
  const last = a.suspensions.filter((s) => s.from <= date).at(-1);
  if (last === undefined) return a.statusGiven;
  return last.until === null || date < last.until ? 'suspended' : 'in_force';
}

/** Where the status history of an agreement starts: the status its source gives, when its dates are not known. */
export function historyStart(
  statusGiven: GivenStatus | null,
  events: readonly StatusEvent[],
): AgreementStatus {
  if (statusGiven === null || events.some((e) => e.kind === 'signed' || e.kind === 'in_force'))
    return 'draft';
  return statusGiven;
}

/** A calendar date as YYYY-MM-DD, in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
