import type { Queryable } from '../../platform/db/client.ts';
import type { QuestionnaireKind } from '../questionnaires/schemas.ts';
import { roundLabel } from './domain/report-access.ts';
import type { ReportState, Round, RoundState } from './schemas.ts';

const time = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

interface RoundRow {
  id: number;
  year: number;
  opens_on: string;
  closes_on: string;
  state: RoundState;
  questionnaire_id: number;
  questionnaire_version: string;
  stakeholder_questionnaire_id: number | null;
  stakeholder_questionnaire_version: string | null;
  opened_at: Date | string | null;
  closed_at: Date | string | null;
  published_at: Date | string | null;
  previous_round_id: number | null;
}

const ROUND_SELECT = `SELECT r.id, r.year::int AS year, to_char(r.opens_on, 'YYYY-MM-DD') AS opens_on,
    to_char(r.closes_on, 'YYYY-MM-DD') AS closes_on, r.state, r.questionnaire_id, q.version AS questionnaire_version,
    r.stakeholder_questionnaire_id, s.version AS stakeholder_questionnaire_version, r.opened_at, r.closed_at,
    r.published_at,
    (SELECT p.id FROM reporting_round p WHERE p.year < r.year ORDER BY p.year DESC LIMIT 1) AS previous_round_id
  FROM reporting_round r
  JOIN questionnaire q ON q.id = r.questionnaire_id
  LEFT JOIN questionnaire s ON s.id = r.stakeholder_questionnaire_id`;

function toRound(r: RoundRow): Round {
  return {
    id: Number(r.id),
    year: Number(r.year),
    label: roundLabel(Number(r.year)),
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    state: r.state,
    questionnaireId: Number(r.questionnaire_id),
    questionnaireVersion: r.questionnaire_version,
    stakeholderQuestionnaireId:
      r.stakeholder_questionnaire_id === null ? null : Number(r.stakeholder_questionnaire_id),
    stakeholderQuestionnaireVersion: r.stakeholder_questionnaire_version,
    openedAt: time(r.opened_at),
    closedAt: time(r.closed_at),
    publishedAt: time(r.published_at),
    previousRoundId: r.previous_round_id === null ? null : Number(r.previous_round_id),
  };
}

/** Every round, the latest year first. */
export async function listRoundRows(db: Queryable): Promise<Round[]> {
  const rows = await db.query<RoundRow & Record<string, unknown>>(`${ROUND_SELECT} ORDER BY r.year DESC`);
  return rows.map(toRound);
}

/** One round by id or by year; `lock` holds it until the transaction ends. */
export async function findRound(
  db: Queryable,
  by: { id: number } | { year: number },
  opts: { lock?: boolean } = {},
): Promise<Round | null> {
  const [column, value] = 'id' in by ? ['r.id', by.id] : ['r.year', by.year];
  const rows = await db.query<RoundRow & Record<string, unknown>>(
    `${ROUND_SELECT} WHERE ${column} = $1${opts.lock ? ' FOR UPDATE OF r' : ''}`,
    [value],
  );
  return rows[0] ? toRound(rows[0]) : null;
}

export async function roundIdOfYear(db: Queryable, year: number): Promise<number | null> {
  const rows = await db.query<{ id: number }>('SELECT id FROM reporting_round WHERE year = $1', [year]);
  return rows[0] ? Number(rows[0].id) : null;
}

export async function questionnaireKind(
  db: Queryable,
  id: number,
): Promise<{ kind: QuestionnaireKind; version: string } | null> {
  const rows = await db.query<{ kind: QuestionnaireKind; version: string }>(
    'SELECT kind, version FROM questionnaire WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
}

/** The latest version of each kind of questionnaire (by creation). */
export async function latestQuestionnaires(
  db: Queryable,
): Promise<{ national: number | null; stakeholder: number | null }> {
  const rows = await db.query<{ kind: QuestionnaireKind; id: number }>(
    `SELECT DISTINCT ON (kind) kind, id FROM questionnaire ORDER BY kind, created_at DESC, id DESC`,
  );
  const of = (k: QuestionnaireKind) => {
    const row = rows.find((r) => r.kind === k);
    return row ? Number(row.id) : null;
  };
  return { national: of('national'), stakeholder: of('stakeholder') };
}

export interface NewRound {
  year: number;
  opensOn: string;
  closesOn: string;
  questionnaireId: number;
  stakeholderQuestionnaireId: number | null;
  at: Date;
}

export async function insertRound(tx: Queryable, r: NewRound): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO reporting_round (year, opens_on, closes_on, questionnaire_id, stakeholder_questionnaire_id, state,
       created_at)
     VALUES ($1, $2, $3, $4, $5, 'planned', $6) RETURNING id`,
    [r.year, r.opensOn, r.closesOn, r.questionnaireId, r.stakeholderQuestionnaireId, r.at.toISOString()],
  );
  return Number(rows[0]?.id);
}

export async function updateRoundRow(
  tx: Queryable,
  id: number,
  r: Pick<Round, 'opensOn' | 'closesOn' | 'questionnaireId' | 'stakeholderQuestionnaireId'>,
): Promise<void> {
  await tx.query(
    `UPDATE reporting_round SET opens_on = $2, closes_on = $3, questionnaire_id = $4,
       stakeholder_questionnaire_id = $5 WHERE id = $1`,
    [id, r.opensOn, r.closesOn, r.questionnaireId, r.stakeholderQuestionnaireId],
  );
}

const STAMP: Record<Exclude<RoundState, 'planned'>, string> = {
  open: 'opened_at',
  closed: 'closed_at',
  published: 'published_at',
};

export async function setRoundState(
  tx: Queryable,
  id: number,
  state: Exclude<RoundState, 'planned'>,
  at: Date,
): Promise<void> {
  await tx.query(`UPDATE reporting_round SET state = $2, ${STAMP[state]} = $3 WHERE id = $1`, [
    id,
    state,
    at.toISOString(),
  ]);
}

/** The year of a round other than `id` that is open, if any. */
export async function openRoundYear(db: Queryable, id: number): Promise<number | null> {
  const rows = await db.query<{ year: number }>(
    `SELECT year::int AS year FROM reporting_round WHERE state = 'open' AND id <> $1 LIMIT 1`,
    [id],
  );
  return rows[0] ? Number(rows[0].year) : null;
}

export async function progressReportExists(db: Queryable, roundId: number): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM progress_report WHERE round_id = $1', [roundId]);
  return rows.length > 0;
}

// ---- Areas --------------------------------------------------------------------------------------------------------

export interface AreaFacts {
  code: string;
  kind: string;
  name: string;
  region: string | null;
  incomeGroup: string | null;
  member: boolean;
}

export async function findArea(db: Queryable, code: string): Promise<AreaFacts | null> {
  const rows = await db.query<{
    code: string;
    kind: string;
    name: string;
    who_region: string | null;
    wb_income: string | null;
    who_member: boolean;
  }>('SELECT code, kind, name, who_region, wb_income, who_member FROM area WHERE code = $1', [code]);
  const r = rows[0];
  return r
    ? {
        code: r.code,
        kind: r.kind,
        name: r.name,
        region: r.who_region,
        incomeGroup: r.wb_income,
        member: r.who_member,
      }
    : null;
}

/** WHO member states and any other areas named, with their groups and English names. */
export async function areaFacts(db: Queryable, also: readonly string[]): Promise<AreaFacts[]> {
  const rows = await db.query<{
    code: string;
    kind: string;
    name: string;
    who_region: string | null;
    wb_income: string | null;
    who_member: boolean;
  }>(
    `SELECT code, kind, name, who_region, wb_income, who_member FROM area
      WHERE (kind = 'country' AND who_member) OR code = ANY($1::text[]) ORDER BY code`,
    [[...also]],
  );
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    name: r.name,
    region: r.who_region,
    incomeGroup: r.wb_income,
    member: r.kind === 'country' && r.who_member,
  }));
}

// ---- Authorities --------------------------------------------------------------------------------------------------

export interface AuthorityRow {
  id: number;
  roundId: number;
  roundYear: number;
  area: string;
  areaName: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  designatedAt: string;
  designatedBy: string;
  supersededAt: string | null;
  /** The year of the round it was carried over from, when it was designated by the round's opening. */
  carriedOverFrom: number | null;
  accounts: Array<{ userId: number; name: string; email: string }>;
}

interface RawAuthority {
  id: number;
  round_id: number;
  round_year: number;
  area: string;
  area_name: string;
  organisation: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  designated_at: Date | string;
  designated_by: string;
  superseded_at: Date | string | null;
  carried_over_from: number | null;
  accounts: Array<{ userId: number; name: string; email: string }> | string | null;
}

/**
 * Designations, the latest round first, then by area and the latest designation first. The accounts acting for an
 * authority are those linked to it and the account of its contact's e-mail holding the national authority role of
 * the area (an accepted invitation).
 */
export async function listAuthorityRows(
  db: Queryable,
  where: { roundId?: number; area?: string; current?: boolean },
): Promise<AuthorityRow[]> {
  const rows = await db.query<RawAuthority & Record<string, unknown>>(
    `SELECT n.id, n.round_id, r.year::int AS round_year, n.area, a.name AS area_name, n.organisation,
            n.contact_name, n.contact_email, n.contact_phone, n.designated_at, n.designated_by, n.superseded_at,
            (SELECT pr.year::int FROM national_authority p JOIN reporting_round pr ON pr.id = p.round_id
              WHERE n.designated_at = r.opened_at AND p.area = n.area AND pr.year < r.year
                AND p.organisation = n.organisation AND p.contact_email = n.contact_email
              ORDER BY pr.year DESC LIMIT 1) AS carried_over_from,
            (SELECT coalesce(json_agg(json_build_object('userId', u.id, 'name', u.name, 'email', u.email)
                       ORDER BY u.id), '[]'::json)
               FROM app_user u
              WHERE u.id IN (SELECT l.user_id FROM national_authority_account l WHERE l.authority_id = n.id)
                 OR (u.email = lower(n.contact_email) AND EXISTS (
                      SELECT 1 FROM user_grant g
                       WHERE g.user_id = u.id AND g.role = 'national_authority' AND g.area = n.area))
            ) AS accounts
       FROM national_authority n
       JOIN reporting_round r ON r.id = n.round_id
       JOIN area a ON a.code = n.area
      WHERE ($1::int IS NULL OR n.round_id = $1) AND ($2::text IS NULL OR n.area = $2)
        AND (NOT $3::boolean OR n.superseded_at IS NULL)
      ORDER BY r.year DESC, n.area, n.designated_at DESC, n.id DESC`,
    [where.roundId ?? null, where.area ?? null, where.current === true],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    roundId: Number(r.round_id),
    roundYear: Number(r.round_year),
    area: r.area,
    areaName: r.area_name,
    organisation: r.organisation,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    designatedAt: new Date(r.designated_at).toISOString(),
    designatedBy: r.designated_by,
    supersededAt: time(r.superseded_at),
    carriedOverFrom: r.carried_over_from === null ? null : Number(r.carried_over_from),
    accounts: (typeof r.accounts === 'string' ? JSON.parse(r.accounts) : (r.accounts ?? [])).map(
      (a: { userId: number; name: string; email: string }) => ({ ...a, userId: Number(a.userId) }),
    ),
  }));
}

export interface NewAuthority {
  roundId: number;
  area: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  at: Date;
  by: string;
}

/** Supersedes the current designation of the area in the round, if any; answers its id. */
export async function supersedeAuthority(
  tx: Queryable,
  roundId: number,
  area: string,
  at: Date,
): Promise<number | null> {
  const rows = await tx.query<{ id: number }>(
    `UPDATE national_authority SET superseded_at = $3
      WHERE round_id = $1 AND area = $2 AND superseded_at IS NULL RETURNING id`,
    [roundId, area, at.toISOString()],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

export async function insertAuthority(tx: Queryable, a: NewAuthority): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO national_authority (round_id, area, organisation, contact_name, contact_email, contact_phone,
       designated_at, designated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      a.roundId,
      a.area,
      a.organisation,
      a.contactName,
      a.contactEmail,
      a.contactPhone,
      a.at.toISOString(),
      a.by,
    ],
  );
  return Number(rows[0]?.id);
}

export async function linkAuthorityAccount(
  tx: Queryable,
  authorityId: number,
  userId: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO national_authority_account (authority_id, user_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [authorityId, userId],
  );
}

/** The accounts linked to an authority, carried over with it. */
export async function authorityAccountIds(db: Queryable, authorityId: number): Promise<number[]> {
  const rows = await db.query<{ user_id: number }>(
    'SELECT user_id FROM national_authority_account WHERE authority_id = $1 ORDER BY user_id',
    [authorityId],
  );
  return rows.map((r) => Number(r.user_id));
}

// ---- Reports ------------------------------------------------------------------------------------------------------

export interface ReportRow {
  id: number;
  roundId: number;
  roundYear: number;
  roundState: RoundState;
  kind: QuestionnaireKind;
  area: string | null;
  organisation: string | null;
  organisationType: string | null;
  authorUserId: number | null;
  questionnaireId: number;
  state: ReportState;
  version: number;
  answers: Record<string, unknown>;
  updatedAt: string;
  submittedAt: string | null;
  acceptedAt: string | null;
  publishedAt: string | null;
}

interface RawReport {
  id: number;
  round_id: number;
  round_year: number;
  round_state: RoundState;
  kind: QuestionnaireKind;
  area: string | null;
  organisation: string | null;
  organisation_type: string | null;
  author_user_id: number | null;
  questionnaire_id: number;
  state: ReportState;
  version: number;
  answers: Record<string, unknown> | string;
  updated_at: Date | string;
  submitted_at: Date | string | null;
  accepted_at: Date | string | null;
  published_at: Date | string | null;
}

function toReport(r: RawReport): ReportRow {
  return {
    id: Number(r.id),
    roundId: Number(r.round_id),
    roundYear: Number(r.round_year),
    roundState: r.round_state,
    kind: r.kind,
    area: r.area,
    organisation: r.organisation,
    organisationType: r.organisation_type,
    authorUserId: r.author_user_id === null ? null : Number(r.author_user_id),
    questionnaireId: Number(r.questionnaire_id),
    state: r.state,
    version: Number(r.version),
    answers: typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers,
    updatedAt: new Date(r.updated_at).toISOString(),
    submittedAt: time(r.submitted_at),
    acceptedAt: time(r.accepted_at),
    publishedAt: time(r.published_at),
  };
}

const REPORT_SELECT = `SELECT p.id, p.round_id, r.year::int AS round_year, r.state AS round_state, p.kind, p.area,
    p.organisation, p.organisation_type, p.author_user_id, p.questionnaire_id, p.state, p.version, p.answers,
    p.updated_at, p.submitted_at, p.accepted_at, p.published_at
  FROM report p JOIN reporting_round r ON r.id = p.round_id`;

export async function findReportRow(db: Queryable, id: number): Promise<ReportRow | null> {
  const rows = await db.query<RawReport & Record<string, unknown>>(`${REPORT_SELECT} WHERE p.id = $1`, [id]);
  return rows[0] ? toReport(rows[0]) : null;
}

/** The reports of a round (without their answers), or the national reports of an area across rounds. */
export async function listReportRows(
  db: Queryable,
  where: { roundId?: number; area?: string; kind?: QuestionnaireKind },
): Promise<ReportRow[]> {
  const rows = await db.query<RawReport & Record<string, unknown>>(
    `${REPORT_SELECT.replace('p.answers', `'{}'::jsonb AS answers`)}
      WHERE ($1::int IS NULL OR p.round_id = $1) AND ($2::text IS NULL OR p.area = $2)
        AND ($3::text IS NULL OR p.kind = $3)
      ORDER BY r.year DESC, p.id`,
    [where.roundId ?? null, where.area ?? null, where.kind ?? null],
  );
  return rows.map(toReport);
}

// ---- Published search ---------------------------------------------------------------------------------------------

export interface SearchFilter {
  q: string | null;
  area: string | null;
  year: number | null;
  kind: 'national' | 'stakeholder' | 'progress' | null;
  limit: number;
  offset: number;
}

export interface SearchRow {
  kind: 'national' | 'stakeholder' | 'progress';
  id: number;
  roundYear: number;
  area: string | null;
  organisation: string | null;
  publishedAt: string;
  excerpt: string;
  rank: number;
}

/** The string values of a JSON document, in document order, as one plain text. */
const plainText = (doc: string) =>
  `coalesce((SELECT string_agg(regexp_replace(v #>> '{}', '\\s+', ' ', 'g'), ' ')
               FROM jsonb_path_query(${doc}, 'strict $.** ? (@.type() == "string")') AS v), '')`;

/**
 * Published national and stakeholder reports and published progress reports matching the words (websearch syntax),
 * the best match first; without words, the latest published first. A progress report is about no one area, so an
 * area filter leaves it out.
 */
export async function searchPublished(
  db: Queryable,
  f: SearchFilter,
): Promise<{ total: number; rows: SearchRow[] }> {
  const hits = `
    WITH query AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE websearch_to_tsquery('simple', $1::text) END AS q),
    hits AS (
      SELECT p.kind, p.id, r.year::int AS round_year, p.area, p.organisation, p.published_at, p.search AS doc,
             concat_ws(' ', p.organisation, ${plainText('p.answers')}) AS body
        FROM report p JOIN reporting_round r ON r.id = p.round_id
       WHERE p.state = 'published' AND p.published_at IS NOT NULL
      UNION ALL
      SELECT 'progress', r.id, r.year::int, NULL, NULL, g.published_at, g.search, ${plainText('g.content')}
        FROM progress_report g JOIN reporting_round r ON r.id = g.round_id
       WHERE g.state = 'published' AND g.published_at IS NOT NULL
    ),
    matched AS (
      SELECT h.*, CASE WHEN query.q IS NULL THEN 0 ELSE ts_rank(h.doc, query.q) END AS rank, query.q
        FROM hits h, query
       WHERE (query.q IS NULL OR h.doc @@ query.q)
         AND ($2::text IS NULL OR h.area = $2) AND ($3::int IS NULL OR h.round_year = $3)
         AND ($4::text IS NULL OR h.kind = $4)
    )`;
  const params = [f.q, f.area, f.year, f.kind];
  const [count] = await db.query<{ n: number }>(`${hits} SELECT count(*)::int AS n FROM matched`, params);
  const rows = await db.query<{
    kind: SearchRow['kind'];
    id: number;
    round_year: number;
    area: string | null;
    organisation: string | null;
    published_at: Date | string;
    excerpt: string;
    rank: number;
  }>(
    `${hits}
     SELECT kind, id, round_year, area, organisation, published_at, rank::float8 AS rank,
            CASE WHEN q IS NULL THEN left(body, 240)
                 ELSE ts_headline('simple', body, q,
                   'StartSel="", StopSel="", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
            END AS excerpt
       FROM matched
      ORDER BY rank DESC, published_at DESC, kind, id
      LIMIT $5 OFFSET $6`,
    [...params, f.limit, f.offset],
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      kind: r.kind,
      id: Number(r.id),
      roundYear: Number(r.round_year),
      area: r.area,
      organisation: r.organisation,
      publishedAt: new Date(r.published_at).toISOString(),
      excerpt: r.excerpt,
      rank: Number(r.rank),
    })),
  };
}
