import type { Hono } from 'hono';
import type { Queryable } from '../../src/platform/db/client.ts';
import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

const six = (en: string) => ({ en, fr: en, es: en, ar: en, ru: en, zh: en });

/** A valid questionnaire definition of a kind: one section of a yes/no/partly question and a text. */
export function testDefinition(kind: 'national' | 'stakeholder', version: string) {
  return {
    code: kind === 'national' ? 'nri-test' : 'stakeholder-test',
    version,
    kind,
    title: six(`Test ${kind} questionnaire ${version}`),
    renamed: {},
    sections: [
      {
        id: 'general',
        title: six('General'),
        articles: [],
        questions: [
          {
            id: 'code.known',
            type: 'yes-no-partly',
            text: six('Is the Code known?'),
            required: true,
            articles: [],
          },
          {
            id: 'code.measures',
            type: 'text',
            text: six('What measures were taken?'),
            required: false,
            articles: [],
            multiline: true,
            maxLength: 20000,
          },
        ],
      },
    ],
  };
}

/** Stores a questionnaire version (as shipped versions are stored) and answers its id. */
export async function insertTestQuestionnaire(
  db: Queryable,
  kind: 'national' | 'stakeholder',
  version: string,
): Promise<number> {
  const def = testDefinition(kind, version);
  const rows = await db.query<{ id: number }>(
    `INSERT INTO questionnaire (code, version, kind, definition, created_at, created_by)
     VALUES ($1, $2, $3, $4, now(), 'test') RETURNING id`,
    [def.code, version, kind, JSON.stringify(def)],
  );
  return Number(rows[0]?.id);
}

/** The latest stored national and stakeholder questionnaires, stored first when there are none. */
export async function testQuestionnaires(db: Queryable): Promise<{ national: number; stakeholder: number }> {
  const latest = async (kind: string) =>
    (
      await db.query<{ id: number }>(
        'SELECT id FROM questionnaire WHERE kind = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
        [kind],
      )
    )[0]?.id;
  const national = (await latest('national')) ?? (await insertTestQuestionnaire(db, 'national', 'test-1'));
  const stakeholder =
    (await latest('stakeholder')) ?? (await insertTestQuestionnaire(db, 'stakeholder', 'test-1'));
  return { national: Number(national), stakeholder: Number(stakeholder) };
}

const post = (value: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

async function asOperator<T>(app: Hono, path: string, init?: RequestInit): Promise<T> {
  const res = await requestAs(app, OPERATOR, path, init);
  const body = await res.text();
  if (res.status >= 300) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${body}`);
  return JSON.parse(body) as T;
}

export const authorityOf = (area: string) => ({
  area,
  organisation: `Ministry of Health of ${area}`,
  contactName: `Focal point ${area}`,
  contactEmail: `focal.point@moh-${area.toLowerCase()}.example.org`,
  contactPhone: '+000 000 0000',
  invite: false,
});

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
const MANAGERS = ['admin', 'secretariat'] as const;
const MANAGE = {
  access: 'reporting.manage',
  public: false,
  own: MANAGERS,
  other: MANAGERS,
  readOnly: false,
} as const;
const REVIEW = { ...MANAGE, access: 'reporting.review' } as const;

/** The rounds routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/rounds': { ...READ, example: () => ({ path: '/api/rounds' }) },
  'GET /api/rounds/:id': { ...READ, example: (_a, f) => ({ path: `/api/rounds/${f.ids.round}` }) },
  // The year exists once the first allowed actor made it: the others are answered 409.
  'POST /api/rounds': {
    ...MANAGE,
    example: (_a, f) => ({
      path: '/api/rounds',
      init: post({
        year: 2040,
        opensOn: '2040-03-01',
        closesOn: '2040-09-30',
        questionnaireId: f.ids['questionnaire.national.rounds'],
      }),
    }),
  },
  'PATCH /api/rounds/:id': {
    ...MANAGE,
    example: (_a, f) => ({
      path: `/api/rounds/${f.ids['round.planned']}`,
      init: post({ closesOn: '2027-10-31' }, 'PATCH'),
    }),
  },
  // Another round is open, so the planned one cannot open (409).
  'POST /api/rounds/:id/open': {
    ...MANAGE,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids['round.planned']}/open`, init: post({}) }),
  },
  // A planned round cannot close (409).
  'POST /api/rounds/:id/close': {
    ...MANAGE,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids['round.planned']}/close`, init: post({}) }),
  },
  // The closed round has no progress report, or is published once the first allowed actor published it (409).
  'POST /api/rounds/:id/publish': {
    ...MANAGE,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids['round.previous']}/publish`, init: post({}) }),
  },
  'GET /api/rounds/:id/dashboard': {
    ...REVIEW,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids.round}/dashboard` }),
  },
  'GET /api/rounds/:id/authorities': {
    ...REVIEW,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids.round}/authorities` }),
  },
  'POST /api/rounds/:id/authorities': {
    ...MANAGE,
    example: (a, f) => ({ path: `/api/rounds/${f.ids.round}/authorities`, init: post(authorityOf(a)) }),
  },
  'GET /api/areas/:iso3/authorities': {
    access: 'signed-in',
    public: false,
    own: ['admin', 'secretariat', 'national_authority'],
    other: MANAGERS,
    readOnly: false,
    example: (a) => ({ path: `/api/areas/${a}/authorities` }),
  },
  'GET /api/areas/:iso3/reporting': { ...READ, example: (a) => ({ path: `/api/areas/${a}/reporting` }) },
  'GET /api/published': { ...READ, example: (a) => ({ path: `/api/published?area=${a}&q=health` }) },
};

/**
 * A closed round of 2024 with a GHA authority, the open round of 2025 (GHA carried over, KEN designated) and a
 * planned round of 2026. Ids: round (the open one), round.previous, round.planned, authority.GHA, authority.KEN,
 * questionnaire.national.rounds, questionnaire.stakeholder.rounds.
 */
export const makeFixtures: MatrixFixtureMaker = async ({ db, app }) => {
  const q = await testQuestionnaires(db);
  const round = (year: number) =>
    asOperator<{ id: number }>(
      app,
      '/api/rounds',
      post({
        year,
        opensOn: `${year}-03-01`,
        closesOn: `${year}-09-30`,
        questionnaireId: q.national,
        stakeholderQuestionnaireId: q.stakeholder,
      }),
    );
  const previous = await round(2024);
  await asOperator(app, `/api/rounds/${previous.id}/open`, post({}));
  await asOperator(app, `/api/rounds/${previous.id}/authorities`, post(authorityOf('GHA')));
  await asOperator(app, `/api/rounds/${previous.id}/close`, post({}));
  const current = await round(2025);
  await asOperator(app, `/api/rounds/${current.id}/open`, post({}));
  const ken = await asOperator<{ id: number }>(
    app,
    `/api/rounds/${current.id}/authorities`,
    post(authorityOf('KEN')),
  );
  const { authorities } = await asOperator<{ authorities: Array<{ id: number; area: string }> }>(
    app,
    `/api/rounds/${current.id}/authorities`,
  );
  const planned = await round(2026);
  return {
    round: current.id,
    'round.previous': previous.id,
    'round.planned': planned.id,
    'authority.GHA': authorities.find((a) => a.area === 'GHA')?.id ?? 0,
    'authority.KEN': ken.id,
    'questionnaire.national.rounds': q.national,
    'questionnaire.stakeholder.rounds': q.stakeholder,
  };
};
