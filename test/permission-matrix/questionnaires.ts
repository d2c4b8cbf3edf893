import { testDefinition } from './rounds.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;

/** The questionnaires routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/questionnaires': { ...READ, example: () => ({ path: '/api/questionnaires' }) },
  'GET /api/questionnaires/:id': {
    ...READ,
    example: (_a, f) => ({ path: `/api/questionnaires/${f.ids['questionnaire.national.rounds'] ?? 1}` }),
  },
  // The first allowed actor derives the version; the next ones are told it exists (409), which is served.
  'POST /api/questionnaires': {
    access: 'reporting.manage',
    public: false,
    own: ['admin', 'secretariat'],
    other: ['admin', 'secretariat'],
    readOnly: false,
    example: (_a, f) => ({
      path: '/api/questionnaires',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          from: f.ids['questionnaire.national.rounds'],
          definition: testDefinition('national', 'matrix'),
        }),
      },
    }),
  },
};

/** The questionnaires the rows refer to are made by the rounds' fixtures. */
export const makeFixtures: MatrixFixtureMaker = async () => ({});
