import type { Queryable } from '../../platform/db/client.ts';
import type { Answer, QuestionnaireDefinition } from '../questionnaires/schemas.ts';
import { FIGURE_SOURCES, type ProgressInputs, RECEIVED_STATES } from './domain/progress/generate.ts';
import type { ReportState, RoundState } from './schemas.ts';
import type { ProgressContent } from './schemas-progress.ts';

/**
 * Publishes the round's progress report (called when the round is published, in the same transaction): 'missing'
 * when none was generated.
 */
export async function publishProgressReport(
  tx: Queryable,
  roundId: number,
  at: Date,
  by: string,
): Promise<'published' | 'missing'> {
  const rows = await tx.query<{ round_id: number }>(
    `UPDATE progress_report SET state = 'published', published_at = $2, updated_at = $2, updated_by = $3,
       version = version + 1
     WHERE round_id = $1 RETURNING round_id`,
    [roundId, at, by],
  );
  return rows.length > 0 ? 'published' : 'missing';
}

export interface RoundFacts {
  id: number;
  year: number;
  state: RoundState;
  questionnaireId: number;
}

export interface ProgressRow {
  roundId: number;
  state: 'draft' | 'published';
  version: number;
  content: ProgressContent;
  generatedAt: Date;
  generatedBy: string;
  updatedAt: Date;
  updatedBy: string;
  publishedAt: Date | null;
}

export async function findProgress(
  q: Queryable,
  roundId: number,
  opts: { forUpdate?: boolean } = {},
): Promise<ProgressRow | null> {
  const [row] = await q.query<ProgressRow & Record<string, unknown>>(
    `SELECT round_id AS "roundId", state, version, content, generated_at AS "generatedAt",
       generated_by AS "generatedBy", updated_at AS "updatedAt", updated_by AS "updatedBy",
       published_at AS "publishedAt"
     FROM progress_report WHERE round_id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [roundId],
  );
  return row ?? null;
}

export async function insertProgress(
  q: Queryable,
  roundId: number,
  content: ProgressContent,
  at: Date,
  by: string,
): Promise<void> {
  await q.query(
    `INSERT INTO progress_report (round_id, state, version, content, generated_at, generated_by, updated_at,
       updated_by)
     VALUES ($1, 'draft', 1, $2::text::jsonb, $3, $4, $3, $4)`,
    [roundId, JSON.stringify(content), at, by],
  );
}

/** Replaces the content; `generated` also stamps it as generated now. */
export async function updateProgress(
  q: Queryable,
  roundId: number,
  content: ProgressContent,
  at: Date,
  by: string,
  opts: { generated: boolean },
): Promise<void> {
  await q.query(
    `UPDATE progress_report SET content = $2::text::jsonb, version = version + 1, updated_at = $3, updated_by = $4
       ${opts.generated ? ', generated_at = $3, generated_by = $4' : ''}
     WHERE round_id = $1`,
    [roundId, JSON.stringify(content), at, by],
  );
}

/** Everything the progress report of a round is generated from, read in one transaction. */
export async function loadProgressInputs(q: Queryable, round: RoundFacts): Promise<ProgressInputs> {
  const [prev] = await q.query<{ id: number; year: number }>(
    'SELECT id, year FROM reporting_round WHERE year < $1 ORDER BY year DESC LIMIT 1',
    [round.year],
  );
  const authorities = await q.query<{ area: string; organisation: string }>(
    `SELECT area, organisation FROM national_authority
     WHERE round_id = $1 AND superseded_at IS NULL ORDER BY area`,
    [round.id],
  );
  const reports = await q.query<{
    id: number;
    kind: 'national' | 'stakeholder';
    area: string | null;
    state: ReportState;
    questionnaireId: number;
    answers: Record<string, Answer>;
  }>(
    `SELECT id, kind, area, state, questionnaire_id AS "questionnaireId", answers
     FROM report WHERE round_id = $1 ORDER BY id`,
    [round.id],
  );
  let previous: ProgressInputs['previous'] = null;
  if (prev) {
    const prevAuthorities = await q.query<{ area: string }>(
      `SELECT DISTINCT area FROM national_authority WHERE round_id = $1 AND superseded_at IS NULL ORDER BY area`,
      [prev.id],
    );
    const prevReports = await q.query<{ area: string }>(
      `SELECT area FROM report WHERE round_id = $1 AND kind = 'national' AND state = ANY($2) ORDER BY area`,
      [prev.id, RECEIVED_STATES],
    );
    previous = {
      id: prev.id,
      year: prev.year,
      authorities: prevAuthorities.map((r) => r.area),
      reports: prevReports.map((r) => r.area),
    };
  }
  const involved = [
    ...new Set([
      ...authorities.map((a) => a.area),
      ...reports.flatMap((r) => (r.area ? [r.area] : [])),
      ...(previous ? [...previous.authorities, ...previous.reports] : []),
    ]),
  ];
  const countries = await q.query<{
    code: string;
    name: string;
    member: boolean;
    region: string | null;
    income: string | null;
  }>(
    `SELECT code, name, who_member AS member, who_region AS region, wb_income AS income FROM area
     WHERE (kind = 'country' AND who_member) OR code = ANY($1) ORDER BY code`,
    [involved],
  );
  const ids = [...new Set([round.questionnaireId, ...reports.map((r) => r.questionnaireId)])];
  const defs = await q.query<{ id: number; definition: QuestionnaireDefinition }>(
    'SELECT id, definition FROM questionnaire WHERE id = ANY($1) ORDER BY id',
    [ids],
  );
  const reporting = [
    ...new Set(
      reports.filter((r) => r.kind === 'national' && RECEIVED_STATES.includes(r.state)).map((r) => r.area),
    ),
  ];
  const storedMeasures = [...new Set(Object.values(FIGURE_SOURCES).map((f) => f.stored))];
  const stored = await q.query<ProgressInputs['stored'][number]>(
    `SELECT measure, area, partner, partner_basis AS basis, occupation, year::int AS year, value, source
     FROM observation
     WHERE superseded_by IS NULL AND area = ANY($1) AND measure = ANY($2) AND partner_basis IN ('training', 'birth')
       AND sex = '_T' AND age = '_T'
     ORDER BY measure, area, partner, partner_basis, occupation, year, source`,
    [reporting, storedMeasures],
  );
  return {
    round: { id: round.id, year: round.year, state: round.state, questionnaireId: round.questionnaireId },
    previous,
    countries,
    authorities,
    reports,
    questionnaires: Object.fromEntries(defs.map((d) => [d.id, d.definition])),
    stored: stored.map((s) => ({ ...s, value: Number(s.value), year: Number(s.year) })),
  };
}
