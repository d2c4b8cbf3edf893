import nri from '../../data/questionnaires/nri-2027.json' with { type: 'json' };
import { QuestionnaireDefinitionSchema } from '../../src/modules/questionnaires/schemas.ts';
import type { Queryable } from '../../src/platform/db/client.ts';
import { insertQuestionnaire } from './reports-fixture.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

/** What the exported reports answer: markup, a script link, Arabic and Chinese, in texts and in a table. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  link: 'javascript:alert(1)',
  arabic: 'وزارة الصحة تدعم الممرضين',
  chinese: '卫生人员国际招聘',
} as const;

export const EXPORT_ANSWERS = {
  'authority.designated': 'yes',
  'authority.organization': `Ghana Health Service ${HOSTILE.script}`,
  'implementation.steps': 'partly',
  'implementation.stakeholders': ['ministry-of-health', 'trade-unions'],
  'implementation.measures': `${HOSTILE.script}\n${HOSTILE.link}\n${HOSTILE.arabic}\n${HOSTILE.chinese}`,
  'recruitment.laws': 'no',
  'agreements.any': 'yes',
  'agreements.count': 2,
  'agreements.list': {
    rows: [
      {
        partner: 'GBR',
        type: 'bilateral',
        signed: '2024-03-01',
        cadres: HOSTILE.script,
        provisions: HOSTILE.link,
      },
      {
        partner: 'SAU',
        type: 'memorandum-of-understanding',
        signed: null,
        cadres: HOSTILE.arabic,
        provisions: null,
      },
    ],
  },
  'data.foreign-trained-stock': {
    rows: [{ occupation: 'medical-doctors', country: 'CHN', year: 2026, count: 1200 }],
  },
  'lessons.comments': `=HYPERLINK("${HOSTILE.link}") ${HOSTILE.chinese}`,
};

export interface ExportFixtures {
  /** An open round (2036) with a draft national report of GHA and one of KEN. */
  round: number;
  draft: { GHA: number; KEN: number };
  /** A published round (2039) with GHA's published national report. */
  publishedRound: number;
  published: number;
}

async function insertReport(
  db: Queryable,
  roundId: number,
  questionnaireId: number,
  area: string,
  state: 'draft' | 'published',
  at: string,
): Promise<number> {
  const published = state === 'published' ? at : null;
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO report (round_id, kind, area, questionnaire_id, state, answers, created_at, updated_at, updated_by,
       submitted_at, accepted_at, published_at)
     VALUES ($1, 'national', $2, $3, $4, $5::text::jsonb, $6, $6, 'fixture', $7, $7, $7) RETURNING id`,
    [roundId, area, questionnaireId, state, JSON.stringify(EXPORT_ANSWERS), at, published],
  );
  if (!row) throw new Error('report not inserted');
  return row.id;
}

/**
 * Reports answering the shipped national reporting instrument (stored under its own code, so that loading the
 * shipped files is not disturbed) with hostile answers: drafts of GHA and KEN in an open round, and GHA's published
 * report in a published round, each country with its designated authority.
 */
export async function seedExportReports(db: Queryable): Promise<ExportFixtures> {
  const def = QuestionnaireDefinitionSchema.parse({ ...nri, code: 'nri-exports' });
  const existing = await db.query<{ id: number }>("SELECT id FROM questionnaire WHERE code = 'nri-exports'");
  const questionnaireId = existing[0]?.id ?? (await insertQuestionnaire(db, def));
  const round = async (year: number, state: 'open' | 'published') => {
    const at = `${year}-06-01T00:00:00.000Z`;
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO reporting_round (year, opens_on, closes_on, questionnaire_id, state, created_at, opened_at,
         published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id`,
      [year, `${year}-03-01`, `${year}-12-31`, questionnaireId, state, at, state === 'published' ? at : null],
    );
    const id = row?.id ?? 0;
    for (const area of ['GHA', 'KEN'])
      await db.query(
        `INSERT INTO national_authority (round_id, area, organisation, contact_name, contact_email, designated_at,
           designated_by)
         VALUES ($1, $2, $3, 'Contact', $4, $5, 'fixture')`,
        [id, area, `Ministry of Health ${area}`, `dna-exports-${area.toLowerCase()}@example.org`, at],
      );
    return { id, at };
  };
  const open = await round(2036, 'open');
  const done = await round(2039, 'published');
  return {
    round: open.id,
    draft: {
      GHA: await insertReport(db, open.id, questionnaireId, 'GHA', 'draft', open.at),
      KEN: await insertReport(db, open.id, questionnaireId, 'KEN', 'draft', open.at),
    },
    publishedRound: done.id,
    published: await insertReport(db, done.id, questionnaireId, 'GHA', 'published', done.at),
  };
}

const FORMATS = ['pdf', 'docx', 'html', 'csv'] as const;
const PUBLIC_READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;

/**
 * The exports routes' rows of the permission matrix: a published report and a published progress report, which
 * everyone exports, even on a read-only installation. A draft's export is read as the draft is (the secretariat,
 * the country's national authority), and an unpublished progress report's is the secretariat's: the refusals are
 * checked in exports.int.test.ts, on these fixtures.
 */
export const rows: Record<string, MatrixRow> = Object.fromEntries(
  FORMATS.flatMap((format) => [
    [
      `GET /api/reports/:id/export.${format}`,
      {
        ...PUBLIC_READ,
        example: (_a, f) => ({ path: `/api/reports/${f.ids.exportPublished}/export.${format}` }),
      } satisfies MatrixRow,
    ],
    [
      `GET /api/rounds/:id/progress-report/export.${format}`,
      {
        ...PUBLIC_READ,
        example: (_a, f) => ({
          path: `/api/rounds/${f.ids.progressPublishedRound}/progress-report/export.${format}`,
        }),
      } satisfies MatrixRow,
    ],
  ]),
);

/**
 * What these rows' examples refer to: `exportDraftGHA` and `exportDraftKEN`, draft national reports of an open round
 * (`exportRound`), and `exportPublished`, GHA's published report of a published round (`exportPublishedRound`). The
 * progress report rows use the progress fixtures' `progressPublishedRound`.
 */
export const makeFixtures: MatrixFixtureMaker = async ({ db }) => {
  const f = await seedExportReports(db);
  return {
    exportRound: f.round,
    exportDraftGHA: f.draft.GHA,
    exportDraftKEN: f.draft.KEN,
    exportPublishedRound: f.publishedRound,
    exportPublished: f.published,
  };
};
