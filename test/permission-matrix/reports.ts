import type { Hono } from 'hono';
import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

/** A report id no fixture makes. */
const NO_REPORT = 2_147_483_000;
const send = (method: string, value?: unknown): RequestInit => ({
  method,
  ...(value === undefined
    ? {}
    : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }),
});
const SIGNED_IN = { access: 'signed-in', public: false, own: 'all', other: 'all', readOnly: false } as const;
/** A draft national report: its authority (own area only) and the secretariat read it; nobody else does. */
const DRAFT_READ = {
  access: 'public',
  public: false,
  own: ['national_authority', 'secretariat', 'admin'],
  other: ['secretariat', 'admin'],
  readOnly: true,
} as const;
/** Only the authority of the report's area writes in its draft. */
const AUTHOR = {
  access: 'signed-in',
  public: false,
  own: ['national_authority'],
  other: [],
  readOnly: false,
} as const;
const REVIEW = {
  access: 'reporting.review',
  public: false,
  own: ['admin', 'secretariat'],
  other: ['admin', 'secretariat'],
  readOnly: false,
} as const;
/** The draft national report of the area, made by the fixtures. */
const draft = (area: string, f: { ids: Readonly<Record<string, number>> }, tail = '') =>
  `/api/reports/${f.ids[`report.${area}`] ?? NO_REPORT}${tail}`;

/** The reports routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/rounds/:id/reports': {
    ...SIGNED_IN,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids.round ?? 1}/reports` }),
  },
  'POST /api/rounds/:id/reports': {
    access: 'signed-in',
    public: false,
    own: ['national_authority', 'secretariat', 'admin'],
    other: ['secretariat', 'admin'],
    readOnly: false,
    example: (a, f) => ({
      path: `/api/rounds/${f.ids.round ?? 1}/reports`,
      init: send('POST', { kind: 'national', area: a }),
    }),
  },
  'GET /api/reports/:id': {
    ...DRAFT_READ,
    example: (a, f) => ({ path: draft(a, f) }),
    readOnlyExample: (f) => ({ path: `/api/reports/${f.ids['report.published']}` }),
  },
  'PUT /api/reports/:id/answers': {
    ...AUTHOR,
    example: (a, f) => ({ path: draft(a, f, '/answers'), init: send('PUT', { version: 1, answers: {} }) }),
  },
  'POST /api/reports/:id/submit': {
    ...AUTHOR,
    example: (a, f) => ({ path: draft(a, f, '/submit'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/return': {
    ...REVIEW,
    example: (a, f) => ({ path: draft(a, f, '/return'), init: send('POST', { version: 1, comment: 'x' }) }),
  },
  'POST /api/reports/:id/accept': {
    ...REVIEW,
    example: (a, f) => ({ path: draft(a, f, '/accept'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/publish': {
    ...REVIEW,
    example: (a, f) => ({ path: draft(a, f, '/publish'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/attachments': {
    ...AUTHOR,
    example: (a, f) => {
      const form = new FormData();
      form.set('question', 'code.measures');
      form.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'note.pdf', { type: 'application/pdf' }));
      return { path: draft(a, f, '/attachments'), init: { method: 'POST', body: form } };
    },
  },
  'GET /api/reports/:id/attachments/:attachment': {
    ...DRAFT_READ,
    example: (a, f) => ({ path: draft(a, f, `/attachments/${NO_REPORT}`) }),
    readOnlyExample: (f) => ({ path: `/api/reports/${f.ids['report.published']}/attachments/${NO_REPORT}` }),
  },
  'DELETE /api/reports/:id/attachments/:attachment': {
    ...AUTHOR,
    example: (a, f) => ({ path: draft(a, f, `/attachments/${NO_REPORT}`), init: send('DELETE') }),
  },
  'GET /api/reports/:id/prefill': {
    ...DRAFT_READ,
    example: (a, f) => ({ path: draft(a, f, '/prefill') }),
    readOnlyExample: (f) => ({ path: `/api/reports/${f.ids['report.published']}/prefill` }),
  },
  'POST /api/reports/:id/import': {
    ...REVIEW,
    example: (a, f) => ({ path: draft(a, f, '/import'), init: send('POST') }),
  },
};

async function asOperator(
  app: Hono,
  path: string,
  init: RequestInit,
): Promise<{ id: number; version: number }> {
  const res = await requestAs(app, OPERATOR, path, init);
  const body = await res.text();
  if (res.status >= 300) throw new Error(`${init.method} ${path}: ${res.status} ${body}`);
  return JSON.parse(body) as { id: number; version: number };
}

/**
 * A draft national report of each area on the open round the rounds' fixtures made, and a published one of a third
 * country (answered, submitted, accepted and published by the operator).
 */
export const makeFixtures: MatrixFixtureMaker = async ({ app, ids }) => {
  const start = (area: string) =>
    asOperator(app, `/api/rounds/${ids.round}/reports`, send('POST', { kind: 'national', area }));
  const made: Record<string, number> = {};
  for (const area of ['GHA', 'KEN']) made[`report.${area}`] = (await start(area)).id;
  let r = await start('NGA');
  r = await asOperator(
    app,
    `/api/reports/${r.id}/answers`,
    send('PUT', { version: r.version, answers: { 'code.known': 'yes' } }),
  );
  for (const action of ['submit', 'accept', 'publish'])
    r = await asOperator(app, `/api/reports/${r.id}/${action}`, send('POST', { version: r.version }));
  made['report.published'] = r.id;
  return made;
};
