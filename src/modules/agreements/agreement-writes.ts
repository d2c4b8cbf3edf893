import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Text } from '../../platform/i18n/messages.ts';
import { findOccupation } from '../reference/index.ts';
import {
  type AgreementStatus,
  type EventKind,
  type GivenStatus,
  historyStart,
  isRefusal,
  PROVISION_KINDS,
  replay,
  type StatusEvent,
} from './domain/agreement.ts';
import { registryText as t } from './messages-registry.ts';
import {
  deleteEvent,
  idOfExternalRef,
  insertEvent,
  knownCountries,
  moveEvent,
  type StoredEvent,
  writeDerived,
} from './repo.ts';
import type { AgreementFields } from './schemas.ts';

/** A problem with a field of an agreement: its path (`parties`, `recruitment.from`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: Text;
}

/** The fields in the form they are stored and compared in: cadres sorted once each, provisions in their order. */
export function normalized(f: AgreementFields): AgreementFields {
  return {
    ...f,
    cadres: [...new Set(f.cadres)].sort(),
    provisions: [...f.provisions].sort(
      (a, b) => PROVISION_KINDS.indexOf(a.kind) - PROVISION_KINDS.indexOf(b.kind),
    ),
  };
}

/** The dates given with the agreement itself, as the events of its history they stand for. */
const RECORD_DATES: ReadonlyArray<{ kind: EventKind; field: 'signedOn' | 'inForceOn' }> = [
  { kind: 'signed', field: 'signedOn' },
  { kind: 'in_force', field: 'inForceOn' },
];

/**
 * What is wrong with the fields, beyond their shapes: unknown countries and occupations, a party twice, a provision
 * twice, dates out of order, an external reference another agreement holds (`id`: the agreement being changed).
 */
export async function fieldProblems(
  db: Queryable,
  f: AgreementFields,
  id: number | null,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const countries = await knownCountries(
    db,
    f.parties.map((p) => p.area),
  );
  const seen = new Set<string>();
  f.parties.forEach((p, i) => {
    if (!countries.has(p.area))
      problems.push({ field: `parties.${i}.area`, message: t('unknown_area', { code: p.area }) });
    const key = `${p.area}\u0000${p.organisation ?? ''}`;
    if (seen.has(key)) problems.push({ field: `parties.${i}`, message: t('party_twice', { area: p.area }) });
    seen.add(key);
  });
  f.cadres.forEach((code, i) => {
    if (!findOccupation(code)) problems.push({ field: `cadres.${i}`, message: t('unknown_cadre', { code }) });
  });
  f.recruitment.caps.forEach((c, i) => {
    if (c.occupation !== null && !findOccupation(c.occupation))
      problems.push({
        field: `recruitment.caps.${i}.occupation`,
        message: t('unknown_cadre', { code: c.occupation }),
      });
  });
  const kinds = new Set<string>();
  f.provisions.forEach((p, i) => {
    if (kinds.has(p.kind))
      problems.push({ field: `provisions.${i}`, message: t('provision_twice', { kind: p.kind }) });
    kinds.add(p.kind);
  });
  const start = f.inForceOn ?? f.signedOn;
  if (f.expiresOn !== null && start !== null && f.expiresOn <= start)
    problems.push({ field: 'expiresOn', message: t('expiry_before', { expires: f.expiresOn, start }) });
  const { from, until } = f.recruitment;
  if (from !== null && until !== null && until <= from)
    problems.push({ field: 'recruitment.until', message: t('window_backwards', { from, until }) });
  if (f.statusGiven !== null && (f.signedOn !== null || f.inForceOn !== null))
    problems.push({ field: 'statusGiven', message: t('status_given_with_dates', { status: f.statusGiven }) });
  const records: StatusEvent[] = RECORD_DATES.flatMap(({ kind, field }, seq) => {
    const on = f[field];
    return on === null ? [] : [{ kind, on, note: null, seq }];
  });
  const r = replay(records);
  if (isRefusal(r)) {
    const field = RECORD_DATES.find((d) => d.kind === r.event.kind)?.field ?? 'signedOn';
    problems.push({
      field,
      message: t('event_refused', { kind: r.event.kind, on: r.event.on, status: r.status }),
    });
  }
  if (f.externalRef !== null) {
    const holder = await idOfExternalRef(db, f.externalRef);
    if (holder !== null && holder !== id)
      problems.push({ field: 'externalRef', message: t('ref_taken', { ref: f.externalRef, id: holder }) });
  }
  return problems;
}

/** Refuses fields with problems, naming each field. */
export async function assertValidFields(db: Queryable, f: AgreementFields, id: number | null): Promise<void> {
  const problems = await fieldProblems(db, f, id);
  const [first] = problems;
  if (!first) return;
  throw new AppError('invalid_input', first.message, {
    location: { field: first.field },
    errors: problems,
    ...(problems.some((p) => p.field.startsWith('cadres') || p.field.includes('occupation'))
      ? { hint: t('cadre_hint') }
      : {}),
  });
}

/** Refuses a history the events cannot make, naming the event refused and the status it met. */
export function assertHistory(events: readonly StatusEvent[], start: AgreementStatus = 'draft') {
  const r = replay(events, start);
  if (!isRefusal(r)) return r;
  const open = r.event.kind === 'resumed' && r.status === 'suspended';
  throw new AppError(
    'invalid_state_transition',
    open
      ? t('resume_same_day', { on: r.event.on })
      : t('event_refused', { kind: r.event.kind, on: r.event.on, status: r.status }),
    { hint: t('event_hint'), location: { field: 'on' } },
  );
}

/**
 * Brings the status history in line with the dates given with the agreement (a signature, an entry into force: events
 * of origin `record`), then writes the dates and suspensions the whole history gives. A date set by a recorded event
 * is changed only by recording another event.
 */
export async function syncHistory(
  db: Queryable,
  id: number,
  f: AgreementFields,
  events: readonly StoredEvent[],
  at: Date,
  by: string,
): Promise<void> {
  for (const { kind, field } of RECORD_DATES) {
    const on = f[field];
    const recorded = events.find((e) => e.kind === kind && e.origin === 'event');
    const record = events.find((e) => e.kind === kind && e.origin === 'record');
    if (recorded) {
      if (on !== recorded.on)
        throw new AppError('invalid_input', t('date_set_by_event', { kind, on: recorded.on }), {
          location: { field },
        });
    } else if (record) {
      if (on === null) await deleteEvent(db, record.id);
      else if (on !== record.on) await moveEvent(db, record.id, on);
    } else if (on !== null) await insertEvent(db, id, { kind, on, note: null, origin: 'record' }, at, by);
  }
  await writeHistory(db, id, f.expiresOn);
}

/** Writes the dates and suspensions the stored history gives (`expiresOn`: the expiry given with the agreement). */
export async function writeHistory(db: Queryable, id: number, expiresOn: string | null): Promise<void> {
  const rows = await db.query<{ id: number; kind: EventKind; on_date: string; note: string | null }>(
    'SELECT id, kind, on_date::text, note FROM agreement_event WHERE agreement_id = $1',
    [id],
  );
  const [given] = await db.query<{ status_given: GivenStatus | null }>(
    'SELECT status_given FROM agreement WHERE id = $1',
    [id],
  );
  const events = rows.map((e) => ({
    kind: e.kind,
    on: String(e.on_date).slice(0, 10),
    note: e.note,
    seq: Number(e.id),
  }));
  const r = assertHistory(events, historyStart(given?.status_given ?? null, events));
  await writeDerived(db, id, {
    signedOn: r.signedOn,
    inForceOn: r.inForceOn,
    expiresOn: r.expiredOn ?? expiresOn,
    terminatedOn: r.terminatedOn,
    suspensions: r.suspensions,
  });
}
