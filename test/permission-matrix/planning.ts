import type { Hono } from 'hono';
import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixArea, MatrixFixtureMaker, MatrixRow } from './types.ts';

const send = (value: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

const specIn = (area: MatrixArea) => ({ area, horizon: 3, uncertainty: { draws: 20 } });

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
/**
 * Any signed-in account, on its own scenarios and runs (those of others answer 404, as if absent); a read-only
 * observatory has no accounts to read them.
 */
const SAVE = { access: 'planning.save', public: false, own: 'all', other: 'all', readOnly: false } as const;

const scenario = (kind: 'shared' | 'private', a: MatrixArea, f: { ids: Readonly<Record<string, number>> }) =>
  `/api/planning/scenarios/${f.ids[`planning.${kind}.${a}`]}`;
const run = (f: { ids: Readonly<Record<string, number>> }) => `/api/planning/runs/${f.ids['planning.run']}`;

/** The planning routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/planning/inputs': { ...READ, example: (a) => ({ path: `/api/planning/inputs?area=${a}` }) },
  'GET /api/planning/world': { ...READ, example: () => ({ path: '/api/planning/world?baseYear=2020' }) },
  'POST /api/planning/project': {
    ...READ,
    example: (a) => ({ path: '/api/planning/project', init: send(specIn(a)) }),
  },
  'POST /api/planning/project.csv': {
    ...READ,
    example: (a) => ({ path: '/api/planning/project.csv', init: send(specIn(a)) }),
  },
  'POST /api/planning/project.xlsx': {
    ...READ,
    example: (a) => ({ path: '/api/planning/project.xlsx', init: send(specIn(a)) }),
  },
  'GET /api/planning/scenarios': {
    ...SAVE,
    example: (a) => ({ path: `/api/planning/scenarios?area=${a}` }),
  },
  'POST /api/planning/scenarios': {
    ...SAVE,
    example: (a) => ({
      path: '/api/planning/scenarios',
      init: send({ name: `Plan of ${a}`, spec: specIn(a) }),
    }),
  },
  'GET /api/planning/scenarios/:id': { ...READ, example: (a, f) => ({ path: scenario('shared', a, f) }) },
  'GET /api/planning/scenarios/:id/projection': {
    ...READ,
    example: (a, f) => ({ path: `${scenario('shared', a, f)}/projection` }),
  },
  // The operator's private scenario: 404 for every other account; stale (409) once changed.
  'PUT /api/planning/scenarios/:id': {
    ...SAVE,
    example: (a, f) => ({
      path: scenario('private', a, f),
      init: send({ version: 1, name: `Plan of ${a}`, shared: false, spec: specIn(a) }, 'PUT'),
    }),
  },
  'DELETE /api/planning/scenarios/:id': {
    ...SAVE,
    example: (a, f) => ({ path: scenario('private', a, f), init: { method: 'DELETE' } }),
  },
  'POST /api/planning/runs': {
    ...SAVE,
    example: (a) => ({
      path: '/api/planning/runs',
      init: send({ areas: [a], horizon: 2, uncertainty: { draws: 0 } }),
    }),
  },
  'GET /api/planning/runs': { ...SAVE, example: () => ({ path: '/api/planning/runs' }) },
  'GET /api/planning/runs/:id': { ...SAVE, example: (_a, f) => ({ path: run(f) }) },
  'GET /api/planning/runs/:id/rows.csv': {
    ...SAVE,
    example: (_a, f) => ({ path: `${run(f)}/rows.csv` }),
  },
};

async function created(app: Hono, path: string, body: unknown, status: number): Promise<number> {
  const res = await requestAs(app, OPERATOR, path, send(body));
  const text = await res.text();
  if (res.status !== status) throw new Error(`POST ${path}: ${res.status} ${text}`);
  return (JSON.parse(text) as { id: number }).id;
}

/** A shared and a private scenario of the operator's in each area, and a run. */
export const makeFixtures: MatrixFixtureMaker = async ({ app }) => {
  const ids: Record<string, number> = {};
  for (const area of ['GHA', 'KEN'] as const) {
    for (const shared of [true, false]) {
      ids[`planning.${shared ? 'shared' : 'private'}.${area}`] = await created(
        app,
        '/api/planning/scenarios',
        { name: `Plan of ${area}`, shared, spec: specIn(area) },
        201,
      );
    }
  }
  ids['planning.run'] = await created(app, '/api/planning/runs', { areas: ['GHA'], horizon: 2 }, 202);
  return ids;
};
