import type { Queryable } from '../../platform/db/client.ts';
import type { AppealStatus, ComplaintStatus } from './domain/complaints.ts';
import type { OrganisationStatus, OrganisationStep } from './domain/organisation.ts';

const date = (d: unknown): Date => (d instanceof Date ? d : new Date(String(d)));
const dateOrNull = (d: unknown): Date | null => (d === null || d === undefined ? null : date(d));
const day = (d: unknown): string | null =>
  d === null || d === undefined
    ? null
    : d instanceof Date
      ? d.toISOString().slice(0, 10)
      : String(d).slice(0, 10);
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export interface StoredRegister {
  destination: string;
  destinationName: string;
  questionsPerTest: number;
  passMark: number;
  attempts: number;
  waitMonths: number;
  reconfirmMonths: number;
  updatedAt: Date;
}

type RegisterRow = {
  destination: string;
  destination_name: string;
  questions_per_test: number;
  pass_mark: number;
  attempts: number;
  wait_months: number;
  reconfirm_months: number;
  updated_at: unknown;
};

const toRegister = (r: RegisterRow): StoredRegister => ({
  destination: r.destination,
  destinationName: r.destination_name,
  questionsPerTest: Number(r.questions_per_test),
  passMark: Number(r.pass_mark),
  attempts: Number(r.attempts),
  waitMonths: Number(r.wait_months),
  reconfirmMonths: Number(r.reconfirm_months),
  updatedAt: date(r.updated_at),
});

const REGISTER_SQL = `SELECT g.*, a.name AS destination_name FROM recruiter_register g JOIN area a ON a.code = g.destination`;

export async function listRegisters(q: Queryable): Promise<StoredRegister[]> {
  return (await q.query<RegisterRow>(`${REGISTER_SQL} ORDER BY g.destination`)).map(toRegister);
}

export async function findRegister(q: Queryable, destination: string): Promise<StoredRegister | null> {
  const [row] = await q.query<RegisterRow>(`${REGISTER_SQL} WHERE g.destination = $1`, [destination]);
  return row ? toRegister(row) : null;
}

export async function saveRegister(
  q: Queryable,
  r: Omit<StoredRegister, 'destinationName' | 'updatedAt'>,
  at: Date,
): Promise<void> {
  await q.query(
    `INSERT INTO recruiter_register (destination, questions_per_test, pass_mark, attempts, wait_months,
       reconfirm_months, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (destination) DO UPDATE SET questions_per_test = $2, pass_mark = $3, attempts = $4,
       wait_months = $5, reconfirm_months = $6, updated_at = $7`,
    [
      r.destination,
      r.questionsPerTest,
      r.passMark,
      r.attempts,
      r.waitMonths,
      r.reconfirmMonths,
      at.toISOString(),
    ],
  );
}

export async function countryKind(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await q.query<{ code: string; kind: string }>(
    'SELECT code, kind FROM area WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.kind]));
}

export interface StoredOrganisation {
  id: number;
  register: string;
  kind: 'agency' | 'employer';
  name: string;
  legalEntity: string;
  registrationNumber: string | null;
  website: string | null;
  countries: string[];
  associatedBusinesses: Array<{ name: string; relationship: string }>;
  referees: Array<{ name: string; organisation: string; email: string }>;
  status: OrganisationStatus;
  statusAt: Date;
  appliedAt: Date;
  listedAt: Date | null;
  reconfirmedAt: Date | null;
}

type OrganisationRow = {
  id: number;
  destination: string;
  kind: 'agency' | 'employer';
  name: string;
  legal_entity: string;
  registration_number: string | null;
  website: string | null;
  countries: string[] | string;
  associated_businesses: unknown;
  referees: unknown;
  status: OrganisationStatus;
  status_at: unknown;
  applied_at: unknown;
  listed_at: unknown;
  reconfirmed_at: unknown;
};

const pgArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

const toOrganisation = (r: OrganisationRow): StoredOrganisation => ({
  id: Number(r.id),
  register: r.destination,
  kind: r.kind,
  name: r.name,
  legalEntity: r.legal_entity,
  registrationNumber: r.registration_number,
  website: r.website,
  countries: pgArray(r.countries),
  associatedBusinesses: json(r.associated_businesses),
  referees: json(r.referees),
  status: r.status,
  statusAt: date(r.status_at),
  appliedAt: date(r.applied_at),
  listedAt: dateOrNull(r.listed_at),
  reconfirmedAt: dateOrNull(r.reconfirmed_at),
});

export async function insertOrganisation(
  q: Queryable,
  o: Omit<StoredOrganisation, 'id' | 'status' | 'statusAt' | 'listedAt' | 'reconfirmedAt'>,
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO recruiter_organisation (destination, kind, name, legal_entity, registration_number, website,
       countries, associated_businesses, referees, commits_to_code, charges_no_fees, status, status_at, applied_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, true, true, 'applied', $10, $10) RETURNING id`,
    [
      o.register,
      o.kind,
      o.name,
      o.legalEntity,
      o.registrationNumber,
      o.website,
      o.countries,
      JSON.stringify(o.associatedBusinesses),
      JSON.stringify(o.referees),
      o.appliedAt.toISOString(),
    ],
  );
  return Number(row?.id);
}

export async function findOrganisation(
  q: Queryable,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<StoredOrganisation | null> {
  const [row] = await q.query<OrganisationRow>(
    `SELECT * FROM recruiter_organisation WHERE id = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? toOrganisation(row) : null;
}

export async function listOrganisations(
  q: Queryable,
  f: {
    register?: string | undefined;
    statuses?: readonly OrganisationStatus[];
    words?: string | undefined;
    ids?: readonly number[];
  },
): Promise<StoredOrganisation[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.register) {
    params.push(f.register);
    where.push(`destination = $${params.length}`);
  }
  if (f.statuses) {
    params.push([...f.statuses]);
    where.push(`status = ANY($${params.length}::text[])`);
  }
  if (f.ids) {
    params.push([...f.ids]);
    where.push(`id = ANY($${params.length}::int[])`);
  }
  if (f.words) {
    params.push(`%${f.words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(lower(name) LIKE $${params.length} OR lower(legal_entity) LIKE $${params.length})`);
  }
  const rows = await q.query<OrganisationRow>(
    `SELECT * FROM recruiter_organisation ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY lower(name), id`,
    params,
  );
  return rows.map(toOrganisation);
}

export async function setOrganisationStatus(
  q: Queryable,
  id: number,
  s: { status: OrganisationStatus; at: Date; listed?: boolean; reconfirmed?: boolean },
): Promise<void> {
  await q.query(
    `UPDATE recruiter_organisation SET status = $2, status_at = $3,
       listed_at = CASE WHEN $4 THEN $3 ELSE listed_at END,
       reconfirmed_at = CASE WHEN $5 THEN $3 ELSE reconfirmed_at END
     WHERE id = $1`,
    [id, s.status, s.at.toISOString(), s.listed === true, s.reconfirmed === true],
  );
}

export async function addMember(q: Queryable, userId: number, organisationId: number): Promise<void> {
  await q.query(
    'INSERT INTO recruiter_member (user_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [userId, organisationId],
  );
}

export async function isMember(q: Queryable, userId: number, organisationId: number): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM recruiter_member WHERE user_id = $1 AND organisation_id = $2', [
    userId,
    organisationId,
  ]);
  return rows.length > 0;
}

export async function organisationsOf(q: Queryable, userId: number): Promise<number[]> {
  const rows = await q.query<{ organisation_id: number }>(
    'SELECT organisation_id FROM recruiter_member WHERE user_id = $1 ORDER BY organisation_id',
    [userId],
  );
  return rows.map((r) => Number(r.organisation_id));
}

export interface StoredEvent {
  organisationId: number;
  at: Date;
  step: OrganisationStep;
  statusBefore: OrganisationStatus | null;
  statusAfter: OrganisationStatus;
  note: string | null;
}

export async function insertEvent(q: Queryable, e: StoredEvent): Promise<void> {
  await q.query(
    `INSERT INTO recruiter_event (organisation_id, at, step, status_before, status_after, note)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.organisationId, e.at.toISOString(), e.step, e.statusBefore, e.statusAfter, e.note],
  );
}

export async function eventsOf(q: Queryable, ids: readonly number[]): Promise<StoredEvent[]> {
  const rows = await q.query<{
    organisation_id: number;
    at: unknown;
    step: OrganisationStep;
    status_before: OrganisationStatus | null;
    status_after: OrganisationStatus;
    note: string | null;
  }>('SELECT * FROM recruiter_event WHERE organisation_id = ANY($1::int[]) ORDER BY at, id', [[...ids]]);
  return rows.map((r) => ({
    organisationId: Number(r.organisation_id),
    at: date(r.at),
    step: r.step,
    statusBefore: r.status_before,
    statusAfter: r.status_after,
    note: r.note,
  }));
}

export interface StoredAttempt {
  id: number;
  organisationId: number;
  startedAt: Date;
  questions: string[];
  passMark: number;
  submittedAt: Date | null;
  score: number | null;
  passed: boolean | null;
}

type AttemptRow = {
  id: number;
  organisation_id: number;
  started_at: unknown;
  questions: string[] | string;
  pass_mark: number;
  submitted_at: unknown;
  score: number | null;
  passed: boolean | null;
};

const toAttempt = (r: AttemptRow): StoredAttempt => ({
  id: Number(r.id),
  organisationId: Number(r.organisation_id),
  startedAt: date(r.started_at),
  questions: pgArray(r.questions),
  passMark: Number(r.pass_mark),
  submittedAt: dateOrNull(r.submitted_at),
  score: r.score === null ? null : Number(r.score),
  passed: r.passed,
});

export async function attemptsOf(q: Queryable, organisationId: number): Promise<StoredAttempt[]> {
  const rows = await q.query<AttemptRow>(
    'SELECT * FROM recruiter_attempt WHERE organisation_id = $1 ORDER BY started_at, id',
    [organisationId],
  );
  return rows.map(toAttempt);
}

export async function insertAttempt(
  q: Queryable,
  a: {
    organisationId: number;
    startedAt: Date;
    startedBy: number | null;
    questions: string[];
    passMark: number;
  },
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO recruiter_attempt (organisation_id, started_at, started_by, questions, pass_mark)
     VALUES ($1, $2, $3, $4::text[], $5) RETURNING id`,
    [a.organisationId, a.startedAt.toISOString(), a.startedBy, a.questions, a.passMark],
  );
  return Number(row?.id);
}

/** Records the answers of an open attempt; false when it was already submitted (it is then left as it was). */
export async function submitAttemptRow(
  q: Queryable,
  s: { id: number; at: Date; answers: Record<string, number>; score: number; passed: boolean },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE recruiter_attempt SET submitted_at = $2, answers = $3, score = $4, passed = $5
     WHERE id = $1 AND submitted_at IS NULL RETURNING id`,
    [s.id, s.at.toISOString(), JSON.stringify(s.answers), s.score, s.passed],
  );
  return rows.length > 0;
}

export interface StoredComplaint {
  id: number;
  reference: string;
  organisationId: number;
  filedAt: Date;
  complainantKind: string;
  complainantName: string | null;
  complainantContact: string | null;
  occurredOn: string | null;
  facts: string;
  status: ComplaintStatus;
  statusAt: Date;
  decisionNote: string | null;
}

type ComplaintRow = {
  id: number;
  reference: string;
  organisation_id: number;
  filed_at: unknown;
  complainant_kind: string;
  complainant_name: string | null;
  complainant_contact: string | null;
  occurred_on: unknown;
  facts: string;
  status: ComplaintStatus;
  status_at: unknown;
  decision_note: string | null;
};

const toComplaint = (r: ComplaintRow): StoredComplaint => ({
  id: Number(r.id),
  reference: r.reference,
  organisationId: Number(r.organisation_id),
  filedAt: date(r.filed_at),
  complainantKind: r.complainant_kind,
  complainantName: r.complainant_name,
  complainantContact: r.complainant_contact,
  occurredOn: day(r.occurred_on),
  facts: r.facts,
  status: r.status,
  statusAt: date(r.status_at),
  decisionNote: r.decision_note,
});

export async function insertComplaint(
  q: Queryable,
  c: Omit<StoredComplaint, 'id' | 'status' | 'statusAt' | 'decisionNote'>,
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO recruiter_complaint (reference, organisation_id, filed_at, complainant_kind, complainant_name,
       complainant_contact, occurred_on, facts, status, status_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'received', $3) RETURNING id`,
    [
      c.reference,
      c.organisationId,
      c.filedAt.toISOString(),
      c.complainantKind,
      c.complainantName,
      c.complainantContact,
      c.occurredOn,
      c.facts,
    ],
  );
  const id = Number(row?.id);
  await insertComplaintStep(q, id, c.filedAt, 'received');
  return id;
}

export async function referenceExists(q: Queryable, reference: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM recruiter_complaint WHERE reference = $1', [reference])).length > 0;
}

export async function insertComplaintStep(
  q: Queryable,
  id: number,
  at: Date,
  status: ComplaintStatus,
): Promise<void> {
  await q.query('INSERT INTO recruiter_complaint_step (complaint_id, at, status) VALUES ($1, $2, $3)', [
    id,
    at.toISOString(),
    status,
  ]);
}

export async function setComplaintStatus(
  q: Queryable,
  id: number,
  s: { status: ComplaintStatus; at: Date; note: string | null },
): Promise<void> {
  await q.query(
    'UPDATE recruiter_complaint SET status = $2, status_at = $3, decision_note = coalesce($4, decision_note) WHERE id = $1',
    [id, s.status, s.at.toISOString(), s.note],
  );
  await insertComplaintStep(q, id, s.at, s.status);
}

export async function findComplaint(
  q: Queryable,
  by: { id: number } | { reference: string },
  opts: { lock?: boolean } = {},
): Promise<StoredComplaint | null> {
  const [row] = await q.query<ComplaintRow>(
    `SELECT * FROM recruiter_complaint WHERE ${'id' in by ? 'id' : 'reference'} = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    ['id' in by ? by.id : by.reference],
  );
  return row ? toComplaint(row) : null;
}

export async function complaintsOf(
  q: Queryable,
  f: { organisationIds?: readonly number[]; register?: string },
): Promise<StoredComplaint[]> {
  const rows = f.register
    ? await q.query<ComplaintRow>(
        `SELECT c.* FROM recruiter_complaint c JOIN recruiter_organisation o ON o.id = c.organisation_id
         WHERE o.destination = $1 ORDER BY c.filed_at DESC, c.id DESC`,
        [f.register],
      )
    : await q.query<ComplaintRow>(
        'SELECT * FROM recruiter_complaint WHERE organisation_id = ANY($1::int[]) ORDER BY filed_at DESC, id DESC',
        [[...(f.organisationIds ?? [])]],
      );
  return rows.map(toComplaint);
}

export async function complaintSteps(
  q: Queryable,
  ids: readonly number[],
): Promise<Map<number, Array<{ at: Date; status: ComplaintStatus }>>> {
  const rows = await q.query<{ complaint_id: number; at: unknown; status: ComplaintStatus }>(
    'SELECT * FROM recruiter_complaint_step WHERE complaint_id = ANY($1::int[]) ORDER BY at',
    [[...ids]],
  );
  const out = new Map<number, Array<{ at: Date; status: ComplaintStatus }>>();
  for (const r of rows) {
    const list = out.get(Number(r.complaint_id)) ?? [];
    list.push({ at: date(r.at), status: r.status });
    out.set(Number(r.complaint_id), list);
  }
  return out;
}

export interface StoredAppeal {
  id: number;
  complaintId: number;
  organisationId: number;
  filedAt: Date;
  statement: string;
  status: AppealStatus;
  decidedAt: Date | null;
  decisionNote: string | null;
}

type AppealRow = {
  id: number;
  complaint_id: number;
  organisation_id: number;
  filed_at: unknown;
  statement: string;
  status: AppealStatus;
  decided_at: unknown;
  decision_note: string | null;
};

const toAppeal = (r: AppealRow): StoredAppeal => ({
  id: Number(r.id),
  complaintId: Number(r.complaint_id),
  organisationId: Number(r.organisation_id),
  filedAt: date(r.filed_at),
  statement: r.statement,
  status: r.status,
  decidedAt: dateOrNull(r.decided_at),
  decisionNote: r.decision_note,
});

export async function insertAppeal(
  q: Queryable,
  a: {
    complaintId: number;
    organisationId: number;
    filedAt: Date;
    filedBy: number | null;
    statement: string;
  },
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO recruiter_appeal (complaint_id, organisation_id, filed_at, filed_by, statement, status)
     VALUES ($1, $2, $3, $4, $5, 'filed') RETURNING id`,
    [a.complaintId, a.organisationId, a.filedAt.toISOString(), a.filedBy, a.statement],
  );
  return Number(row?.id);
}

export async function findAppeal(
  q: Queryable,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<StoredAppeal | null> {
  const [row] = await q.query<AppealRow>(
    `SELECT * FROM recruiter_appeal WHERE id = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? toAppeal(row) : null;
}

export async function appealsOf(
  q: Queryable,
  complaintIds: readonly number[],
): Promise<Map<number, StoredAppeal>> {
  const rows = await q.query<AppealRow>(
    'SELECT * FROM recruiter_appeal WHERE complaint_id = ANY($1::int[])',
    [[...complaintIds]],
  );
  return new Map(rows.map((r) => [Number(r.complaint_id), toAppeal(r)]));
}

export async function decideAppealRow(
  q: Queryable,
  id: number,
  d: { status: AppealStatus; at: Date; note: string },
): Promise<void> {
  await q.query(
    'UPDATE recruiter_appeal SET status = $2, decided_at = $3, decision_note = $4 WHERE id = $1',
    [id, d.status, d.at.toISOString(), d.note],
  );
}
