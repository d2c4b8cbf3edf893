import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

/** A report and an attachment no fixture makes: the refusals are checked route by route in reports.int.test.ts. */
const NO_REPORT = 2_147_483_000;
const PENDING = 'reporting (reports: fixtures of national and stakeholder reports)';
const send = (method: string, value?: unknown): RequestInit => ({
  method,
  ...(value === undefined
    ? {}
    : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }),
});
const SIGNED_IN = { access: 'signed-in', public: false, own: 'all', other: 'all', readOnly: false } as const;
const PUBLIC_READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
const REVIEW = {
  access: 'reporting.review',
  public: false,
  own: ['admin', 'secretariat'],
  other: ['admin', 'secretariat'],
  readOnly: false,
} as const;
const report = (tail = '') => `/api/reports/${NO_REPORT}${tail}`;

/** The reports routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'GET /api/rounds/:id/reports': {
    ...SIGNED_IN,
    pending: PENDING,
    example: (_a, f) => ({ path: `/api/rounds/${f.ids.round ?? 1}/reports` }),
  },
  'POST /api/rounds/:id/reports': {
    ...SIGNED_IN,
    pending: PENDING,
    example: (a, f) => ({
      path: `/api/rounds/${f.ids.round ?? 1}/reports`,
      init: send('POST', { kind: 'national', area: a }),
    }),
  },
  'GET /api/reports/:id': { ...PUBLIC_READ, pending: PENDING, example: () => ({ path: report() }) },
  'PUT /api/reports/:id/answers': {
    ...SIGNED_IN,
    pending: PENDING,
    example: () => ({ path: report('/answers'), init: send('PUT', { version: 1, answers: {} }) }),
  },
  'POST /api/reports/:id/submit': {
    ...SIGNED_IN,
    pending: PENDING,
    example: () => ({ path: report('/submit'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/return': {
    ...REVIEW,
    pending: PENDING,
    example: () => ({ path: report('/return'), init: send('POST', { version: 1, comment: 'x' }) }),
  },
  'POST /api/reports/:id/accept': {
    ...REVIEW,
    pending: PENDING,
    example: () => ({ path: report('/accept'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/publish': {
    ...REVIEW,
    pending: PENDING,
    example: () => ({ path: report('/publish'), init: send('POST', { version: 1 }) }),
  },
  'POST /api/reports/:id/attachments': {
    ...SIGNED_IN,
    pending: PENDING,
    example: () => ({ path: report('/attachments'), init: { method: 'POST', body: new FormData() } }),
  },
  'GET /api/reports/:id/attachments/:attachment': {
    ...PUBLIC_READ,
    pending: PENDING,
    example: () => ({ path: report('/attachments/1') }),
  },
  'DELETE /api/reports/:id/attachments/:attachment': {
    ...SIGNED_IN,
    pending: PENDING,
    example: () => ({ path: report('/attachments/1'), init: send('DELETE') }),
  },
  'GET /api/reports/:id/prefill': {
    ...PUBLIC_READ,
    pending: PENDING,
    example: () => ({ path: report('/prefill') }),
  },
  'POST /api/reports/:id/import': {
    ...REVIEW,
    pending: PENDING,
    example: () => ({ path: report('/import'), init: send('POST') }),
  },
};

/** The reports' refusals are checked by src/modules/reporting/reports.int.test.ts until these rows have fixtures. */
export const makeFixtures: MatrixFixtureMaker = async () => ({});
