import type { LocalText, QuestionnaireDefinition } from '../../src/modules/questionnaires/schemas.ts';
import { generateProgressReport } from '../../src/modules/reporting/generate-progress.ts';
import { publishProgressReport } from '../../src/modules/reporting/repo-progress.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database, Queryable } from '../../src/platform/db/client.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

const L = (en: string): LocalText => ({
  en,
  fr: `${en} (fr)`,
  es: `${en} (es)`,
  ar: `${en} (ar)`,
  ru: `${en} (ru)`,
  zh: `${en} (zh)`,
});
const col = (id: string, type: 'text' | 'number' | 'area' | 'occupation' | 'date' | 'single-choice') => ({
  id,
  text: L(id),
  type,
  required: false,
});

/** A small national questionnaire with a question of each kind the progress report reads. */
export const PROGRESS_QUESTIONNAIRE: QuestionnaireDefinition = {
  code: 'nri-progress',
  version: '1',
  kind: 'national',
  title: L('National reporting instrument'),
  renamed: {},
  sections: [
    {
      id: 'implementation',
      title: L('Implementation'),
      articles: [],
      questions: [
        { id: 'steps', type: 'yes-no-partly', text: L('Steps taken?'), required: true, articles: ['7'] },
        {
          id: 'sectors',
          type: 'multiple-choice',
          text: L('Sectors involved'),
          required: false,
          articles: [],
          options: [
            { code: 'health', text: L('Health') },
            { code: 'labour', text: L('Labour') },
          ],
        },
        {
          id: 'difficulties',
          type: 'text',
          text: L('Difficulties'),
          required: false,
          articles: ['9'],
          multiline: true,
          maxLength: 20000,
        },
      ],
    },
    {
      id: 'data',
      title: L('Data'),
      articles: [],
      questions: [
        {
          id: 'stock.trained',
          type: 'table',
          text: L('Foreign-trained stock'),
          required: false,
          articles: [],
          columns: [
            col('occupation', 'occupation'),
            col('country', 'area'),
            col('year', 'number'),
            col('count', 'number'),
          ],
          minRows: 0,
          maxRows: 500,
          sums: [],
          prefill: {
            source: 'foreign-trained-stock',
            columns: { occupation: 'occupation', partner: 'country', year: 'year', value: 'count' },
          },
        },
        {
          id: 'agreements',
          type: 'table',
          text: L('Agreements'),
          required: false,
          articles: ['5'],
          columns: [
            col('partner', 'area'),
            col('type', 'single-choice'),
            col('signed', 'date'),
            col('cadres', 'text'),
          ],
          minRows: 0,
          maxRows: 500,
          sums: [],
          prefill: { source: 'agreements', columns: {} },
        },
      ],
    },
  ],
};

export interface SeededReport {
  area: string | null;
  state: string;
  kind?: 'national' | 'stakeholder';
  answers?: Record<string, unknown>;
}

/**
 * A round in a state with its authorities and reports, written as SQL rows (as the operator's data would be):
 * returns the round's id. The questionnaire is stored once per database.
 */
export async function seedRound(
  db: Queryable,
  round: { year: number; state: 'planned' | 'open' | 'closed' | 'published' },
  authorities: readonly string[],
  reports: readonly SeededReport[],
): Promise<number> {
  const at = new Date(Date.UTC(round.year, 5, 1)).toISOString();
  let [q] = await db.query<{ id: number }>(
    "SELECT id FROM questionnaire WHERE code = 'nri-progress' AND version = '1'",
  );
  if (!q)
    [q] = await db.query<{ id: number }>(
      `INSERT INTO questionnaire (code, version, kind, definition, created_at, created_by)
       VALUES ('nri-progress', '1', 'national', $1::text::jsonb, $2, 'fixture') RETURNING id`,
      [JSON.stringify(PROGRESS_QUESTIONNAIRE), at],
    );
  const questionnaireId = q?.id ?? 0;
  const [r] = await db.query<{ id: number }>(
    `INSERT INTO reporting_round (year, opens_on, closes_on, questionnaire_id, state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [round.year, `${round.year}-06-01`, `${round.year}-12-31`, questionnaireId, round.state, at],
  );
  const roundId = r?.id ?? 0;
  for (const area of authorities)
    await db.query(
      `INSERT INTO national_authority (round_id, area, organisation, contact_name, contact_email, designated_at,
         designated_by)
       VALUES ($1, $2, $3, 'Contact', $4, $5, 'fixture')`,
      [roundId, area, `Ministry of Health ${area}`, `dna-${area.toLowerCase()}@example.org`, at],
    );
  for (const rep of reports) {
    const kind = rep.kind ?? 'national';
    let author: number | null = null;
    if (kind === 'stakeholder') {
      const email = `stakeholder-${round.year}-${reports.indexOf(rep)}@example.org`;
      const [u] = await db.query<{ id: number }>(
        'INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id',
        [email, 'Stakeholder'],
      );
      author = u?.id ?? null;
    }
    await db.query(
      `INSERT INTO report (round_id, kind, area, organisation, organisation_type, author_user_id, questionnaire_id,
         state, answers, created_at, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $10, 'fixture')`,
      [
        roundId,
        kind,
        rep.area,
        kind === 'stakeholder' ? 'Nurses association' : null,
        kind === 'stakeholder' ? 'professional-association' : null,
        author,
        questionnaireId,
        rep.state,
        JSON.stringify(rep.answers ?? {}),
        at,
      ],
    );
  }
  return roundId;
}

const GHA_ANSWERS = {
  steps: 'yes',
  sectors: ['health', 'labour'],
  difficulties: 'Retention of nurses in rural districts.',
  'stock.trained': { rows: [{ occupation: 'medical-doctors', country: 'NGA', year: 2018, count: 90 }] },
  agreements: { rows: [{ partner: 'GBR', type: 'bilateral', signed: '2014-03-01', cadres: 'nurses' }] },
};

/** A closed round (2015, after one in 2012) with reports from several regions and its generated progress report. */
export async function seedProgressRound(db: Database): Promise<{ previousRoundId: number; roundId: number }> {
  const previousRoundId = await seedRound(
    db,
    { year: 2012, state: 'published' },
    ['GHA', 'FRA'],
    [{ area: 'GHA', state: 'published', answers: { steps: 'partly' } }],
  );
  const roundId = await seedRound(
    db,
    { year: 2015, state: 'closed' },
    ['GHA', 'KEN', 'FRA', 'IND'],
    [
      { area: 'GHA', state: 'accepted', answers: GHA_ANSWERS },
      { area: 'KEN', state: 'draft', answers: { steps: 'no' } },
      { area: 'FRA', state: 'submitted', answers: { steps: 'partly', sectors: ['health'] } },
      { area: 'IND', state: 'resubmitted', answers: { steps: 'yes' } },
      { area: null, kind: 'stakeholder', state: 'submitted' },
    ],
  );
  await generateProgressReport(operatorContext(db), roundId);
  return { previousRoundId, roundId };
}

const SECRETARIAT = ['admin', 'secretariat'] as const;
const json = (method: string, value: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** The progress routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'POST /api/rounds/:id/progress-report': {
    access: 'reporting.manage',
    public: false,
    own: SECRETARIAT,
    other: SECRETARIAT,
    readOnly: false,
    example: (_a, f) => ({
      path: `/api/rounds/${f.ids.progressRound}/progress-report`,
      init: { method: 'POST' },
    }),
  },
  // A published one, read by all; an unpublished one is the secretariat's only (http-progress.int.test.ts).
  'GET /api/rounds/:id/progress-report': {
    access: 'public',
    public: true,
    own: 'all',
    other: 'all',
    readOnly: true,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids.progressPublishedRound}/progress-report` }),
  },
  'PUT /api/rounds/:id/progress-report': {
    access: 'reporting.manage',
    public: false,
    own: SECRETARIAT,
    other: SECRETARIAT,
    readOnly: false,
    example: (_a, f) => ({
      path: `/api/rounds/${f.ids.progressRound}/progress-report`,
      init: json('PUT', { version: 1, editorial: { summary: 'Matrix', sections: {} } }),
    }),
  },
};

/** A published round (2018) with its published progress report. */
export async function seedPublishedProgressRound(db: Database): Promise<number> {
  const roundId = await seedRound(
    db,
    { year: 2018, state: 'closed' },
    ['GHA', 'KEN'],
    [
      { area: 'GHA', state: 'published', answers: GHA_ANSWERS },
      { area: 'KEN', state: 'accepted', answers: { steps: 'partly' } },
    ],
  );
  await generateProgressReport(operatorContext(db), roundId);
  const at = new Date(Date.UTC(2019, 4, 1));
  await db.transaction(async (tx) => {
    await tx.query("UPDATE reporting_round SET state = 'published', published_at = $2 WHERE id = $1", [
      roundId,
      at,
    ]);
    await publishProgressReport(tx, roundId, at, 'fixture');
  });
  return roundId;
}

/**
 * What these rows' examples refer to: `progressRound`, a closed round (2015) with a generated draft progress report
 * (`progressPreviousRound` is the round before it, 2012), and `progressPublishedRound`, a published round (2018) with
 * its published progress report.
 */
export const makeFixtures: MatrixFixtureMaker = async ({ db }) => {
  const { previousRoundId, roundId } = await seedProgressRound(db);
  const published = await seedPublishedProgressRound(db);
  return {
    progressRound: roundId,
    progressPreviousRound: previousRoundId,
    progressPublishedRound: published,
  };
};
