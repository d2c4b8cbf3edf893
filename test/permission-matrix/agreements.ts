import type { Hono } from 'hono';
import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixArea, MatrixFixtureMaker, MatrixRow } from './types.ts';

const send = (value: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** A UK memorandum with the area as origin, as a form sends it. */
const withUk = (area: MatrixArea) => ({
  title: `UK–${area} memorandum on health workforce collaboration`,
  type: 'bilateral_mou',
  parties: [
    { area: 'GBR', side: 'destination' },
    { area, side: 'origin' },
  ],
  signedOn: '2022-05-01',
});

/** An agreements file of one UK memorandum with the area, as a multipart upload. */
function importOf(area: MatrixArea): RequestInit {
  const csv = [
    'external_ref,title,type,parties,signed_on',
    `matrix-${area},UK–${area} memorandum (imported),bilateral_mou,GBR:destination;${area}:origin,2022-05-01`,
  ].join('\n');
  const form = new FormData();
  form.append('file', new File([csv], `agreements-${area.toLowerCase()}.csv`, { type: 'text/csv' }));
  return { method: 'POST', body: form };
}

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
/** The secretariat any agreement; a national authority those its country is party to. */
const MANAGE = {
  access: 'agreements.manage',
  public: false,
  own: ['admin', 'secretariat', 'national_authority'],
  other: ['admin', 'secretariat'],
  readOnly: false,
} as const;

/** The agreements routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/agreements': { ...READ, example: (a) => ({ path: `/api/agreements?area=${a}` }) },
  'GET /api/agreements/:id': {
    ...READ,
    example: (a, f) => ({ path: `/api/agreements/${f.ids[`agreement.${a}`]}` }),
  },
  'GET /api/agreements/:id/evaluation': {
    ...READ,
    example: (a, f) => ({ path: `/api/agreements/${f.ids[`agreement.${a}`]}/evaluation` }),
  },
  // The export holds the published agreements and the drafts the reader manages: any manager reads it.
  'GET /api/agreements/export.csv': {
    ...MANAGE,
    other: ['admin', 'secretariat', 'national_authority'],
    example: (a) => ({ path: `/api/agreements/export.csv?area=${a}` }),
  },
  'POST /api/agreements': { ...MANAGE, example: (a) => ({ path: '/api/agreements', init: send(withUk(a)) }) },
  // Served on a stale version (409) once the first allowed actor changed it.
  'PUT /api/agreements/:id': {
    ...MANAGE,
    example: (a, f) => ({
      path: `/api/agreements/${f.ids[`agreement.${a}`]}`,
      init: send({ ...withUk(a), notes: 'Changed.', version: 2 }, 'PUT'),
    }),
  },
  // Refused as a second entry into force (409) once the first allowed actor recorded it.
  'POST /api/agreements/:id/events': {
    ...MANAGE,
    example: (a, f) => ({
      path: `/api/agreements/${f.ids[`agreement.${a}`]}/events`,
      init: send({ kind: 'in_force', on: '2022-09-01', note: 'Entered into force.' }),
    }),
  },
  'POST /api/agreements/:id/publish': {
    ...MANAGE,
    example: (a, f) => ({
      path: `/api/agreements/${f.ids[`agreement.${a}`]}/publish`,
      init: send({ published: true }),
    }),
  },
  'POST /api/agreements/import': {
    ...MANAGE,
    example: (a) => ({ path: '/api/agreements/import', init: importOf(a) }),
  },
};

async function asOperator<T>(app: Hono, path: string, init?: RequestInit): Promise<T> {
  const res = await requestAs(app, OPERATOR, path, init);
  const body = await res.text();
  if (res.status >= 300) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${body}`);
  return JSON.parse(body) as T;
}

/** A published UK memorandum with each area, at version 2. Ids: agreement.GHA, agreement.KEN. */
export const makeFixtures: MatrixFixtureMaker = async ({ app }) => {
  const ids: Record<string, number> = {};
  for (const area of ['GHA', 'KEN'] as const) {
    const { id } = await asOperator<{ id: number }>(app, '/api/agreements', send(withUk(area)));
    await asOperator(app, `/api/agreements/${id}/publish`, send({ published: true }));
    ids[`agreement.${area}`] = id;
  }
  return ids;
};
