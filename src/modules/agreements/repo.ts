import type { Queryable } from '../../platform/db/client.ts';
import {
  type AgreementLevel,
  type AgreementType,
  type CapPeriod,
  type EventKind,
  type GivenStatus,
  type PartySide,
  PROVISION_KINDS,
  type ProvisionKind,
  type Suspension,
} from './domain/agreement.ts';
import type { AgreementFields } from './schemas.ts';

export interface StoredEvent {
  id: number;
  kind: EventKind;
  on: string;
  note: string | null;
  origin: 'record' | 'event';
  recordedAt: Date;
  recordedBy: string;
}

/** An agreement as stored, with all its parts. */
export interface StoredAgreement {
  id: number;
  externalRef: string | null;
  title: string;
  type: AgreementType;
  level: AgreementLevel;
  parties: Array<{ area: string; areaName: string; organisation: string | null; side: PartySide }>;
  signedOn: string | null;
  inForceOn: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  statusGiven: GivenStatus | null;
  cadres: string[];
  provisions: Array<{ kind: ProvisionKind; text: string }>;
  recruitment: {
    allowed: boolean;
    employers: string[];
    caps: Array<{ occupation: string | null; max: number; per: CapPeriod }>;
    from: string | null;
    until: string | null;
    channel: string | null;
  };
  textUrl: string | null;
  sourceUrl: string | null;
  notes: string | null;
  published: boolean;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  suspensions: Suspension[];
  events: StoredEvent[];
}

type Day = string | Date | null;
/** A date column as YYYY-MM-DD, whichever way the driver hands it over. */
function day(v: Day): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  const y = v.getFullYear();
  const m = String(v.getMonth() + 1).padStart(2, '0');
  const d = String(v.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
const dayOrThrow = (v: Day): string => day(v) ?? '';

type AgreementRow = {
  id: number;
  external_ref: string | null;
  title: string;
  type: AgreementType;
  level: AgreementLevel;
  signed_on: Day;
  in_force_on: Day;
  expires_on: Day;
  terminated_on: Day;
  status_given: GivenStatus | null;
  text_url: string | null;
  source_url: string | null;
  notes: string | null;
  recruitment_allowed: boolean;
  recruitment_from: Day;
  recruitment_until: Day;
  recruitment_channel: string | null;
  published: boolean;
  published_at: Date | string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  updated_by: string;
};

// Dates as text: the drivers hand date columns over as local-time Date objects or as strings.
const COLUMNS = `id, external_ref, title, type, level, signed_on::text, in_force_on::text, expires_on::text,
  terminated_on::text, status_given, text_url, source_url, notes, recruitment_allowed, recruitment_from::text,
  recruitment_until::text, recruitment_channel, published, published_at, version, created_at, updated_at, updated_by`;

/** The agreements with the ids (all of them when `ids` is undefined), ordered by id. */
export async function loadAgreements(db: Queryable, ids?: readonly number[]): Promise<StoredAgreement[]> {
  const list = ids === undefined ? null : [...ids];
  const rows = await db.query<AgreementRow>(
    `SELECT ${COLUMNS} FROM agreement WHERE $1::int[] IS NULL OR id = ANY($1::int[]) ORDER BY id`,
    [list],
  );
  if (rows.length === 0) return [];
  const found = rows.map((r) => Number(r.id));
  const [parties, cadres, provisions, employers, caps, events, suspensions] = await Promise.all([
    db.query<{
      agreement_id: number;
      area: string;
      name: string;
      organisation: string | null;
      side: PartySide;
    }>(
      `SELECT p.agreement_id, p.area, a.name, p.organisation, p.side FROM agreement_party p
         JOIN area a ON a.code = p.area WHERE p.agreement_id = ANY($1::int[]) ORDER BY p.agreement_id, p.position`,
      [found],
    ),
    db.query<{ agreement_id: number; occupation: string }>(
      'SELECT agreement_id, occupation FROM agreement_cadre WHERE agreement_id = ANY($1::int[]) ORDER BY occupation',
      [found],
    ),
    db.query<{ agreement_id: number; kind: ProvisionKind; text: string }>(
      'SELECT agreement_id, kind, text FROM agreement_provision WHERE agreement_id = ANY($1::int[])',
      [found],
    ),
    db.query<{ agreement_id: number; name: string }>(
      'SELECT agreement_id, name FROM agreement_employer WHERE agreement_id = ANY($1::int[]) ORDER BY position',
      [found],
    ),
    db.query<{ agreement_id: number; occupation: string | null; max: number; per: CapPeriod }>(
      'SELECT agreement_id, occupation, max, per FROM agreement_cap WHERE agreement_id = ANY($1::int[]) ORDER BY position',
      [found],
    ),
    db.query<{
      agreement_id: number;
      id: number;
      kind: EventKind;
      on_date: Day;
      note: string | null;
      origin: 'record' | 'event';
      recorded_at: Date | string;
      recorded_by: string;
    }>(
      `SELECT agreement_id, id, kind, on_date::text, note, origin, recorded_at, recorded_by FROM agreement_event
        WHERE agreement_id = ANY($1::int[]) ORDER BY on_date, id`,
      [found],
    ),
    db.query<{ agreement_id: number; from_date: Day; until_date: Day; reason: string | null }>(
      `SELECT agreement_id, from_date::text, until_date::text, reason FROM agreement_suspension
        WHERE agreement_id = ANY($1::int[]) ORDER BY from_date`,
      [found],
    ),
  ]);
  const of = <T extends { agreement_id: number }>(list: T[], id: number) =>
    list.filter((r) => Number(r.agreement_id) === id);
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      id,
      externalRef: r.external_ref,
      title: r.title,
      type: r.type,
      level: r.level,
      parties: of(parties, id).map((p) => ({
        area: p.area,
        areaName: p.name,
        organisation: p.organisation,
        side: p.side,
      })),
      signedOn: day(r.signed_on),
      inForceOn: day(r.in_force_on),
      expiresOn: day(r.expires_on),
      terminatedOn: day(r.terminated_on),
      statusGiven: r.status_given,
      cadres: of(cadres, id).map((c) => c.occupation),
      provisions: of(provisions, id)
        .map((p) => ({ kind: p.kind, text: p.text }))
        .sort((a, b) => PROVISION_KINDS.indexOf(a.kind) - PROVISION_KINDS.indexOf(b.kind)),
      recruitment: {
        allowed: r.recruitment_allowed,
        employers: of(employers, id).map((e) => e.name),
        caps: of(caps, id).map((c) => ({ occupation: c.occupation, max: Number(c.max), per: c.per })),
        from: day(r.recruitment_from),
        until: day(r.recruitment_until),
        channel: r.recruitment_channel,
      },
      textUrl: r.text_url,
      sourceUrl: r.source_url,
      notes: r.notes,
      published: r.published,
      publishedAt: r.published_at === null ? null : new Date(r.published_at),
      version: Number(r.version),
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      updatedBy: r.updated_by,
      suspensions: of(suspensions, id).map((s) => ({
        from: dayOrThrow(s.from_date),
        until: day(s.until_date),
        reason: s.reason,
      })),
      events: of(events, id).map((e) => ({
        id: Number(e.id),
        kind: e.kind,
        on: dayOrThrow(e.on_date),
        note: e.note,
        origin: e.origin,
        recordedAt: new Date(e.recorded_at),
        recordedBy: e.recorded_by,
      })),
    };
  });
}

/** The agreement, its row locked for the rest of the transaction; null when there is none. */
export async function lockAgreement(db: Queryable, id: number): Promise<StoredAgreement | null> {
  const rows = await db.query('SELECT id FROM agreement WHERE id = $1 FOR UPDATE', [id]);
  if (rows.length === 0) return null;
  const [a] = await loadAgreements(db, [id]);
  return a ?? null;
}

export async function idOfExternalRef(db: Queryable, ref: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>('SELECT id FROM agreement WHERE external_ref = $1', [ref]);
  return row ? Number(row.id) : null;
}

/** The codes among `codes` that are countries of the reference list. */
export async function knownCountries(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>(
    "SELECT code FROM area WHERE kind = 'country' AND code = ANY($1::text[])",
    [[...codes]],
  );
  return new Set(rows.map((r) => r.code));
}

const FIELD_PARAMS = (f: AgreementFields) => [
  f.externalRef,
  f.title,
  f.type,
  f.level,
  f.expiresOn,
  f.textUrl,
  f.sourceUrl,
  f.notes,
  f.recruitment.allowed,
  f.recruitment.from,
  f.recruitment.until,
  f.recruitment.channel,
  f.statusGiven,
];

/** Stores a new agreement (its parts by `writeParts`), unpublished, at version 1. */
export async function insertAgreement(
  db: Queryable,
  f: AgreementFields,
  at: Date,
  by: string,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO agreement (external_ref, title, type, level, expires_on, text_url, source_url, notes,
       recruitment_allowed, recruitment_from, recruitment_until, recruitment_channel, status_given, created_at,
       created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $15) RETURNING id`,
    [...FIELD_PARAMS(f), at.toISOString(), by],
  );
  const id = Number(row?.id);
  await writeParts(db, id, f);
  return id;
}

/** Replaces an agreement's fields and parts, moving its version on. */
export async function updateAgreement(
  db: Queryable,
  id: number,
  f: AgreementFields,
  at: Date,
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE agreement SET external_ref = $1, title = $2, type = $3, level = $4, expires_on = $5, text_url = $6,
       source_url = $7, notes = $8, recruitment_allowed = $9, recruitment_from = $10, recruitment_until = $11,
       recruitment_channel = $12, status_given = $13,
       signed_on = CASE WHEN $13::text IS NULL THEN signed_on END,
       in_force_on = CASE WHEN $13::text IS NULL THEN in_force_on END, updated_at = $14, updated_by = $15, version = version + 1
     WHERE id = $16`,
    [...FIELD_PARAMS(f), at.toISOString(), by, id],
  );
  await writeParts(db, id, f);
}

async function writeParts(db: Queryable, id: number, f: AgreementFields): Promise<void> {
  for (const table of [
    'agreement_party',
    'agreement_cadre',
    'agreement_provision',
    'agreement_employer',
    'agreement_cap',
  ])
    await db.query(`DELETE FROM ${table} WHERE agreement_id = $1`, [id]);
  await db.query(
    `INSERT INTO agreement_party (agreement_id, position, area, organisation, side)
     SELECT $1, t.ord, t.area, t.organisation, t.side
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(area, organisation, side, ord)`,
    [id, f.parties.map((p) => p.area), f.parties.map((p) => p.organisation), f.parties.map((p) => p.side)],
  );
  await db.query(
    'INSERT INTO agreement_cadre (agreement_id, occupation) SELECT DISTINCT $1::int, unnest($2::text[])',
    [id, f.cadres],
  );
  await db.query(
    'INSERT INTO agreement_provision (agreement_id, kind, text) SELECT $1, k, t FROM unnest($2::text[], $3::text[]) AS u(k, t)',
    [id, f.provisions.map((p) => p.kind), f.provisions.map((p) => p.text)],
  );
  await db.query(
    `INSERT INTO agreement_employer (agreement_id, position, name)
     SELECT $1, t.ord, t.name FROM unnest($2::text[]) WITH ORDINALITY AS t(name, ord)`,
    [id, f.recruitment.employers],
  );
  const caps = f.recruitment.caps;
  await db.query(
    `INSERT INTO agreement_cap (agreement_id, position, occupation, max, per)
     SELECT $1, t.ord, t.occupation, t.max, t.per
       FROM unnest($2::text[], $3::int[], $4::text[]) WITH ORDINALITY AS t(occupation, max, per, ord)`,
    [id, caps.map((c) => c.occupation), caps.map((c) => c.max), caps.map((c) => c.per)],
  );
}

export async function insertEvent(
  db: Queryable,
  id: number,
  e: { kind: EventKind; on: string; note: string | null; origin: 'record' | 'event' },
  at: Date,
  by: string,
): Promise<void> {
  await db.query(
    `INSERT INTO agreement_event (agreement_id, kind, on_date, note, origin, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, e.kind, e.on, e.note, e.origin, at.toISOString(), by],
  );
}

export async function moveEvent(db: Queryable, eventId: number, on: string): Promise<void> {
  await db.query('UPDATE agreement_event SET on_date = $2 WHERE id = $1', [eventId, on]);
}

export async function deleteEvent(db: Queryable, eventId: number): Promise<void> {
  await db.query('DELETE FROM agreement_event WHERE id = $1', [eventId]);
}

/** Writes the dates and suspensions the status history gives. */
export async function writeDerived(
  db: Queryable,
  id: number,
  d: {
    signedOn: string | null;
    inForceOn: string | null;
    expiresOn: string | null;
    terminatedOn: string | null;
    suspensions: readonly Suspension[];
  },
): Promise<void> {
  await db.query(
    `UPDATE agreement SET signed_on = $2, in_force_on = $3, expires_on = $4, terminated_on = $5,
       status_given = CASE WHEN $2::date IS NULL AND $3::date IS NULL THEN status_given END WHERE id = $1`,
    [id, d.signedOn, d.inForceOn, d.expiresOn, d.terminatedOn],
  );
  await db.query('DELETE FROM agreement_suspension WHERE agreement_id = $1', [id]);
  const s = d.suspensions;
  await db.query(
    `INSERT INTO agreement_suspension (agreement_id, from_date, until_date, reason)
     SELECT $1, f::date, u::date, r FROM unnest($2::text[], $3::text[], $4::text[]) AS t(f, u, r)`,
    [id, s.map((x) => x.from), s.map((x) => x.until), s.map((x) => x.reason)],
  );
}

/** Records a change that is not of the agreement's fields (an event, publication): its version moves on. */
export async function touchAgreement(db: Queryable, id: number, at: Date, by: string): Promise<void> {
  await db.query(
    'UPDATE agreement SET version = version + 1, updated_at = $2, updated_by = $3 WHERE id = $1',
    [id, at.toISOString(), by],
  );
}

export async function setPublished(db: Queryable, id: number, published: boolean, at: Date): Promise<void> {
  await db.query('UPDATE agreement SET published = $2, published_at = $3 WHERE id = $1', [
    id,
    published,
    published ? at.toISOString() : null,
  ]);
}

/** The areas party, with `area`, to a published agreement (`area` itself included when it is). */
export async function publishedPartnersOf(db: Queryable, area: string): Promise<Set<string>> {
  const rows = await db.query<{ area: string }>(
    `SELECT DISTINCT other.area FROM agreement a
       JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.area = $1
       JOIN agreement_party other ON other.agreement_id = a.id
      WHERE a.published`,
    [area],
  );
  return new Set(rows.map((r) => r.area));
}
