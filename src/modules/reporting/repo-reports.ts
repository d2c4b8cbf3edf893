import type { Queryable } from '../../platform/db/client.ts';
import type { Answers, QuestionnaireKind } from '../questionnaires/schemas.ts';
import type { StoredFigure } from './domain/figures.ts';
import type { ReportState, RoundState } from './schemas.ts';

const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));

export interface StoredReport {
  id: number;
  roundId: number;
  roundYear: number;
  roundState: RoundState;
  kind: QuestionnaireKind;
  area: string | null;
  areaName: string | null;
  organisation: string | null;
  organisationType: string | null;
  authorUserId: number | null;
  questionnaireId: number;
  state: ReportState;
  version: number;
  answers: Answers;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  acceptedAt: string | null;
  publishedAt: string | null;
  importedBatch: number | null;
}

interface ReportDbRow extends Record<string, unknown> {
  id: number;
  round_id: number;
  round_year: number;
  round_state: RoundState;
  kind: QuestionnaireKind;
  area: string | null;
  area_name: string | null;
  organisation: string | null;
  organisation_type: string | null;
  author_user_id: number | null;
  questionnaire_id: number;
  state: ReportState;
  version: number;
  answers: Answers | string;
  updated_at: unknown;
  updated_by: string;
  submitted_at: unknown;
  accepted_at: unknown;
  published_at: unknown;
  imported_batch: number | null;
}

const REPORT_COLUMNS = `r.id, r.round_id, rr.year AS round_year, rr.state AS round_state, r.kind, r.area,
  a.name AS area_name, r.organisation, r.organisation_type, r.author_user_id, r.questionnaire_id, r.state, r.version,
  r.answers, r.updated_at, r.updated_by, r.submitted_at, r.accepted_at, r.published_at, r.imported_batch`;
const REPORT_FROM = `report r JOIN reporting_round rr ON rr.id = r.round_id LEFT JOIN area a ON a.code = r.area`;

function mapReport(r: ReportDbRow): StoredReport {
  return {
    id: r.id,
    roundId: r.round_id,
    roundYear: Number(r.round_year),
    roundState: r.round_state,
    kind: r.kind,
    area: r.area,
    areaName: r.area_name,
    organisation: r.organisation,
    organisationType: r.organisation_type,
    authorUserId: r.author_user_id,
    questionnaireId: r.questionnaire_id,
    state: r.state,
    version: r.version,
    answers: typeof r.answers === 'string' ? (JSON.parse(r.answers) as Answers) : r.answers,
    updatedAt: iso(r.updated_at),
    updatedBy: r.updated_by,
    submittedAt: isoOrNull(r.submitted_at),
    acceptedAt: isoOrNull(r.accepted_at),
    publishedAt: isoOrNull(r.published_at),
    importedBatch: r.imported_batch,
  };
}

/** A report; `forUpdate` locks its row until the transaction ends. */
export async function findReport(db: Queryable, id: number, forUpdate = false): Promise<StoredReport | null> {
  const [r] = await db.query<ReportDbRow>(
    `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [id],
  );
  return r ? mapReport(r) : null;
}

/** The national report of an area in a round, if there is one. */
export async function findNationalReport(
  db: Queryable,
  roundId: number,
  area: string,
): Promise<number | null> {
  const [r] = await db.query<{ id: number }>(
    `SELECT id FROM report WHERE round_id = $1 AND area = $2 AND kind = 'national'`,
    [roundId, area],
  );
  return r?.id ?? null;
}

export interface ReportFilter {
  kind?: QuestionnaireKind | undefined;
  state?: ReportState | undefined;
  area?: string | undefined;
  roundYear?: number | undefined;
}

/** The reports of a round (or of every round), national ones by area first, then stakeholder ones by organisation. */
export async function selectReports(
  db: Queryable,
  roundId: number | null,
  filter: ReportFilter,
): Promise<StoredReport[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (roundId !== null) add('r.round_id = ?', roundId);
  if (filter.kind) add('r.kind = ?', filter.kind);
  if (filter.state) add('r.state = ?', filter.state);
  if (filter.area) add('r.area = ?', filter.area);
  if (filter.roundYear !== undefined) add('rr.year = ?', filter.roundYear);
  const rows = await db.query<ReportDbRow>(
    `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY rr.year DESC, r.kind, r.area NULLS LAST, r.organisation, r.id`,
    params,
  );
  return rows.map(mapReport);
}

export interface NewReport {
  roundId: number;
  kind: QuestionnaireKind;
  area: string | null;
  organisation: string | null;
  organisationType: string | null;
  authorUserId: number | null;
  questionnaireId: number;
  answers: Answers;
  at: Date;
  by: string;
}

export async function insertReport(db: Queryable, r: NewReport): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO report (round_id, kind, area, organisation, organisation_type, author_user_id, questionnaire_id, state,
       version, answers, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', 1, $8::text::jsonb, $9, $9, $10) RETURNING id`,
    [
      r.roundId,
      r.kind,
      r.area,
      r.organisation,
      r.organisationType,
      r.authorUserId,
      r.questionnaireId,
      JSON.stringify(r.answers),
      r.at,
      r.by,
    ],
  );
  if (!row) throw new Error('report not inserted');
  return row.id;
}

/** Stores new answers and moves the version on by one. */
export async function updateAnswers(
  db: Queryable,
  id: number,
  answers: Answers,
  at: Date,
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE report SET answers = $2::text::jsonb, version = version + 1, updated_at = $3, updated_by = $4 WHERE id = $1`,
    [id, JSON.stringify(answers), at, by],
  );
}

/** Moves a report to a state, stamping the time of the step it records, and the version on by one. */
export async function updateState(
  db: Queryable,
  id: number,
  state: ReportState,
  at: Date,
  by: string,
): Promise<void> {
  const stamp =
    state === 'submitted' || state === 'resubmitted'
      ? ', submitted_at = $3'
      : state === 'accepted'
        ? ', accepted_at = $3'
        : state === 'published'
          ? ', published_at = $3'
          : '';
  await db.query(
    `UPDATE report SET state = $2, version = version + 1, updated_at = $3, updated_by = $4${stamp} WHERE id = $1`,
    [id, state, at, by],
  );
}

export async function setImportedBatch(db: Queryable, id: number, batch: number): Promise<void> {
  await db.query('UPDATE report SET imported_batch = $2 WHERE id = $1', [id, batch]);
}

// ---- Questionnaires ----------------------------------------------------------------------------------------------

export async function questionnaireKind(db: Queryable, id: number): Promise<QuestionnaireKind | null> {
  const [r] = await db.query<{ kind: QuestionnaireKind }>('SELECT kind FROM questionnaire WHERE id = $1', [
    id,
  ]);
  return r?.kind ?? null;
}

// ---- Areas and accounts ------------------------------------------------------------------------------------------

export async function findArea(
  db: Queryable,
  code: string,
): Promise<{ code: string; kind: string; name: string } | null> {
  const [r] = await db.query<{ code: string; kind: string; name: string }>(
    'SELECT code, kind, name FROM area WHERE code = $1',
    [code],
  );
  return r ?? null;
}

/** The countries among these codes. */
export async function countriesAmong(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.query<{ code: string }>(
    `SELECT code FROM area WHERE kind = 'country' AND code = ANY($1::text[])`,
    [[...new Set(codes)]],
  );
  return new Set(rows.map((r) => r.code));
}

// ---- Comments ----------------------------------------------------------------------------------------------------

export interface StoredComment {
  id: number;
  question: string | null;
  body: string;
  reviewCycle: number;
  author: string;
  createdAt: string;
}

export async function selectComments(db: Queryable, reportId: number): Promise<StoredComment[]> {
  const rows = await db.query<{
    id: number;
    question: string | null;
    body: string;
    review_cycle: number;
    author: string;
    created_at: unknown;
  }>(
    `SELECT id, question, body, review_cycle, author, created_at FROM report_comment WHERE report_id = $1
     ORDER BY review_cycle, id`,
    [reportId],
  );
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    body: r.body,
    reviewCycle: Number(r.review_cycle),
    author: r.author,
    createdAt: iso(r.created_at),
  }));
}

/** The review cycle the next return opens: 1 for the first. */
export async function nextReviewCycle(db: Queryable, reportId: number): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    'SELECT coalesce(max(review_cycle), 0)::int + 1 AS n FROM report_comment WHERE report_id = $1',
    [reportId],
  );
  return r?.n ?? 1;
}

export async function insertComments(
  db: Queryable,
  reportId: number,
  comments: ReadonlyArray<{ question: string | null; body: string }>,
  cycle: number,
  author: string,
  at: Date,
): Promise<void> {
  for (const c of comments) {
    await db.query(
      `INSERT INTO report_comment (report_id, question, body, review_cycle, author, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [reportId, c.question, c.body, cycle, author, at],
    );
  }
}

// ---- Attachments -------------------------------------------------------------------------------------------------

export interface StoredAttachment {
  id: number;
  question: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
}

interface AttachmentDbRow extends Record<string, unknown> {
  id: number;
  question: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: unknown;
  created_by: string;
}

const mapAttachment = (r: AttachmentDbRow): StoredAttachment => ({
  id: r.id,
  question: r.question,
  fileName: r.file_name,
  contentType: r.content_type,
  size: Number(r.size),
  sha256: r.sha256,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
});

const ATTACHMENT_COLUMNS = 'id, question, file_name, content_type, size, sha256, created_at, created_by';

export async function selectAttachments(db: Queryable, reportId: number): Promise<StoredAttachment[]> {
  const rows = await db.query<AttachmentDbRow>(
    `SELECT ${ATTACHMENT_COLUMNS} FROM report_attachment WHERE report_id = $1 ORDER BY id`,
    [reportId],
  );
  return rows.map(mapAttachment);
}

export async function findAttachment(
  db: Queryable,
  reportId: number,
  id: number,
): Promise<(StoredAttachment & { bytes: Uint8Array }) | null> {
  const [r] = await db.query<AttachmentDbRow & { bytes: Uint8Array }>(
    `SELECT ${ATTACHMENT_COLUMNS}, bytes FROM report_attachment WHERE report_id = $1 AND id = $2`,
    [reportId, id],
  );
  return r ? { ...mapAttachment(r), bytes: new Uint8Array(r.bytes) } : null;
}

export async function insertAttachment(
  db: Queryable,
  a: Omit<StoredAttachment, 'id' | 'createdAt'> & { reportId: number; bytes: Uint8Array; at: Date },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO report_attachment (report_id, question, file_name, content_type, size, sha256, bytes, created_at,
       created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [a.reportId, a.question, a.fileName, a.contentType, a.size, a.sha256, a.bytes, a.at, a.createdBy],
  );
  if (!row) throw new Error('attachment not inserted');
  return row.id;
}

export async function deleteAttachmentRow(db: Queryable, reportId: number, id: number): Promise<void> {
  await db.query('DELETE FROM report_attachment WHERE report_id = $1 AND id = $2', [reportId, id]);
}

// ---- Figures of the data core ------------------------------------------------------------------------------------

/**
 * The current figures of an area for a measure and partner basis: totals of sex and age, partners that are countries
 * (no totals, regions or unspecified partners), the occupations given, up to a year. Read here rather than through
 * the observations module's `queryObservations`, which filters neither by partner basis nor by age and pages its
 * answer, where the pre-fill needs every matching row at once.
 */
export async function selectFigures(
  db: Queryable,
  q: { area: string; measure: string; partnerBasis: string; occupations: readonly string[]; upTo: number },
): Promise<StoredFigure[]> {
  const rows = await db.query<{
    occupation: string;
    partner: string;
    year: number;
    value: number;
    source: string;
    batch_id: number;
  }>(
    `SELECT o.occupation, o.partner, o.year, o.value, o.source, o.batch_id
     FROM observation o JOIN area p ON p.code = o.partner AND p.kind = 'country'
     WHERE o.superseded_by IS NULL AND o.area = $1 AND o.measure = $2 AND o.partner_basis = $3
       AND o.occupation = ANY($4::text[]) AND o.sex = '_T' AND o.age = '_T' AND o.year <= $5
     ORDER BY o.occupation, o.partner, o.year, o.batch_id`,
    [q.area, q.measure, q.partnerBasis, [...q.occupations], q.upTo],
  );
  return rows.map((r) => ({
    occupation: r.occupation,
    partner: r.partner,
    year: Number(r.year),
    value: Number(r.value),
    source: r.source,
    batch: r.batch_id,
  }));
}

/** A committed batch for a report's figures; its counts are set once the staged figures are committed. */
export async function insertReportBatch(
  db: Queryable,
  b: { fileName: string; sha256: string; bytes: number; rows: number },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
       unchanged, skipped) VALUES ($1, $2, $3, 'hwmo-report', NULL, 'committed', $4, 0, 0, 0, 0) RETURNING id`,
    [b.fileName, b.sha256, b.bytes, b.rows],
  );
  if (!row) throw new Error('batch not inserted');
  return row.id;
}

export async function setBatchCounts(
  db: Queryable,
  batch: number,
  c: { stored: number; revised: number; unchanged: number },
): Promise<void> {
  await db.query('UPDATE import_batch SET stored = $2, revised = $3, unchanged = $4 WHERE id = $1', [
    batch,
    c.stored,
    c.revised,
    c.unchanged,
  ]);
}
