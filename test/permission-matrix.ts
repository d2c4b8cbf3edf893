import type { Role } from '../src/platform/auth/actor.ts';
import type { Access } from '../src/platform/http/route.ts';
import { MODULE_ROWS } from './permission-matrix/modules.ts';

/** Area-bound roles are bound to GHA: GHA is their own area, KEN another. */
export type MatrixArea = 'GHA' | 'KEN';

/** What the examples may refer to: rows made in the test's database before the matrix runs. */
export interface MatrixFixtures {
  /** A committed import batch holding only values of the area. */
  batch: Record<MatrixArea, number>;
  /** Ids made by the modules' fixture makers (test/permission-matrix/*.ts), by the names they give them. */
  ids: Record<string, number>;
}

export interface MatrixRow {
  /** What the route declares (defineRoute's permission); checked against the OpenAPI entry once declared. */
  access: Access;
  /** Whether a request from no one signed in is served. */
  public: boolean;
  /** Roles served when the request touches GHA (area roles bound to GHA); 'all' is every role. */
  own: readonly Role[] | 'all';
  /** Roles served when the request touches KEN. */
  other: readonly Role[] | 'all';
  /** Whether the route is still served when HWMO_PUBLIC_READONLY=true. */
  readOnly: boolean;
  /**
   * The request the read-only deployment is checked with, when the example touches what only signed-in readers see
   * (a draft): a read of what everyone may read (a published report).
   */
  readOnlyExample?: (f: MatrixFixtures) => { path: string; init?: RequestInit };
  /** A request touching the area, as valid as it can be, so that only a refusal answers 401 or 403. */
  example: (area: MatrixArea, f: MatrixFixtures) => { path: string; init?: RequestInit };
  /**
   * Not yet declared with defineRoute, so not yet checked as the row says: the cells are reported as to do until
   * its module declares it (then remove this).
   */
  pending?: string;
}

const json = (value: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** An hwmo-template CSV with one value for the area, as a multipart upload. */
export function importOf(area: MatrixArea, year = 2019): RequestInit {
  const csv = [
    'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
    `stock,${area},${year},medical-doctors,_T,_T,_Z,_Z,${area === 'GHA' ? 4321 : 8765},,,,WHO.GHO`,
  ].join('\n');
  const form = new FormData();
  form.append('file', new File([csv], `${area.toLowerCase()}-${year}.csv`, { type: 'text/csv' }));
  return { method: 'POST', body: form };
}

const get = (path: string) => () => ({ path });
const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
/** A computation on the matrices in the body: no data read or written. */
const COMPUTE = (path: string): MatrixRow => ({ ...READ, example: () => ({ path, init: json({}) }) });

/** An upload id no test creates. */
const MISSING_UPLOAD = 2_147_483_647;

const AREA_EDITORS: readonly Role[] = ['admin', 'secretariat', 'national_authority', 'data_manager'];
const ANY_AREA_EDITORS: readonly Role[] = ['admin', 'secretariat'];

/** Every route of the app: `METHOD /path` as Hono registers it. */
export const PERMISSION_MATRIX: Record<string, MatrixRow> = {
  'GET /api/health': { ...READ, example: get('/api/health') },
  'GET /api/openapi.json': { ...READ, example: get('/api/openapi.json') },
  'GET /api/areas': { ...READ, example: (a) => ({ path: `/api/areas?parent=${a}` }) },
  'POST /api/areas': {
    access: 'reference.edit',
    public: false,
    own: AREA_EDITORS,
    other: ANY_AREA_EDITORS,
    readOnly: false,
    example: (a) => ({
      path: '/api/areas',
      init: json({ areas: [{ code: `${a.slice(0, 2)}-MX`, name: `Matrix unit of ${a}`, parent: a }] }),
    }),
  },
  'GET /api/occupations': { ...READ, example: get('/api/occupations') },
  'GET /api/measures': { ...READ, example: get('/api/measures') },
  'GET /api/sources': { ...READ, example: get('/api/sources') },
  'GET /api/observations': { ...READ, example: (a) => ({ path: `/api/observations?area=${a}` }) },
  'GET /api/export': { ...READ, example: (a) => ({ path: `/api/export?area=${a}` }) },
  'GET /api/batches': { ...READ, example: get('/api/batches') },
  'GET /api/batches/:id': { ...READ, example: (a, f) => ({ path: `/api/batches/${f.batch[a]}` }) },
  'POST /api/batches/:id/rollback': {
    access: 'data.rollback',
    public: false,
    own: AREA_EDITORS,
    other: ANY_AREA_EDITORS,
    readOnly: false,
    example: (a, f) => ({ path: `/api/batches/${f.batch[a]}/rollback`, init: { method: 'POST' } }),
  },
  'POST /api/imports': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: ANY_AREA_EDITORS,
    readOnly: false,
    example: (a) => ({ path: '/api/imports', init: importOf(a) }),
  },
  'GET /api/imports/template.csv': { ...READ, example: get('/api/imports/template.csv') },
  'GET /api/imports/template.xlsx': { ...READ, example: get('/api/imports/template.xlsx') },
  'GET /api/indicators': {
    ...READ,
    example: (a) => ({ path: `/api/indicators?indicator=density&area=${a}` }),
  },
  'GET /api/indicators/availability': { ...READ, example: get('/api/indicators/availability') },
  'GET /api/areas/:iso3/profile': { ...READ, example: (a) => ({ path: `/api/areas/${a}/profile` }) },
  'GET /api/safeguards': { ...READ, example: get('/api/safeguards') },
  'GET /api/safeguards/:edition': { ...READ, example: get('/api/safeguards/2023') },
  'GET /api/safeguards/:edition/recomputed': { ...READ, example: get('/api/safeguards/2023/recomputed') },
  'GET /api/safeguards/:edition/:iso3': { ...READ, example: (a) => ({ path: `/api/safeguards/2023/${a}` }) },
  'POST /api/flows/estimate': {
    access: 'flows.store',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: () => ({
      path: '/api/flows/estimate',
      init: json({
        method: 'ffs-diff',
        measure: 'foreign-trained-stock',
        occupation: 'medical-doctors',
        startYear: 2015,
        endYear: 2020,
        dryRun: true,
      }),
    }),
  },
  'GET /api/flows/estimates': { ...READ, example: get('/api/flows/estimates') },
  'GET /api/flows/mirror': { ...READ, example: get('/api/flows/mirror?occupation=nursing-personnel') },
  'POST /api/flows/from-stocks': COMPUTE('/api/flows/from-stocks'),
  'POST /api/flows/diff': COMPUTE('/api/flows/diff'),
  'POST /api/flows/rates': COMPUTE('/api/flows/rates'),
  'POST /api/flows/ipf': COMPUTE('/api/flows/ipf'),
  'POST /api/flows/net': COMPUTE('/api/flows/net'),
  'GET /api/audit': {
    access: 'audit.read',
    public: false,
    own: ['admin', 'secretariat', 'national_authority'],
    other: ANY_AREA_EDITORS,
    readOnly: false,
    example: (a) => ({ path: `/api/audit?area=${a}` }),
  },
  'GET /api/audit/export.csv': {
    access: 'audit.read',
    public: false,
    own: ['admin', 'secretariat', 'national_authority'],
    other: ANY_AREA_EDITORS,
    readOnly: false,
    example: (a) => ({ path: `/api/audit/export.csv?area=${a}` }),
  },
  // approvals
  'GET /api/approvals': { ...READ, example: (a) => ({ path: `/api/approvals?area=${a}&year=2019` }) },
  'GET /api/areas/:iso3/approvals': { ...READ, example: (a) => ({ path: `/api/areas/${a}/approvals` }) },
  ...Object.fromEntries(
    (['submit', 'approve', 'return', 'unapprove'] as const).map((action): [string, MatrixRow] => {
      const submit = action === 'submit';
      return [
        `POST /api/approvals/:iso3/:year/${action}`,
        {
          access: submit ? 'approval.submit' : 'approval.decide',
          public: false,
          own: submit
            ? ['admin', 'national_authority', 'data_manager']
            : ['admin', 'national_authority', 'data_approver'],
          other: ['admin'],
          readOnly: false,
          example: (a) => ({ path: `/api/approvals/${a}/2019/${action}`, init: json({ comment: 'matrix' }) }),
        },
      ];
    }),
  ),
  // Import page. An upload touches no area until it is read: the preview and the commit check each area of the file
  // (src/modules/observations/http-uploads.int.test.ts). Uploads are their owner's, so the examples name an upload
  // that does not exist: whoever holds data.import is answered 404, not refused.
  'POST /api/uploads': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: (a) => ({ path: '/api/uploads', init: importOf(a) }),
  },
  'GET /api/uploads/:id': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: () => ({ path: `/api/uploads/${MISSING_UPLOAD}` }),
  },
  'POST /api/uploads/:id/preview': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: () => ({ path: `/api/uploads/${MISSING_UPLOAD}/preview`, init: json({}) }),
  },
  'POST /api/uploads/:id/commit': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: () => ({ path: `/api/uploads/${MISSING_UPLOAD}/commit`, init: json({}) }),
  },
  'DELETE /api/uploads/:id': {
    access: 'data.import',
    public: false,
    own: AREA_EDITORS,
    other: AREA_EDITORS,
    readOnly: false,
    example: () => ({ path: `/api/uploads/${MISSING_UPLOAD}`, init: { method: 'DELETE' } }),
  },
};

// --- accounts --------------------------------------------------------------------------------------------------

const send = (method: string, value?: unknown): RequestInit => ({
  method,
  ...(value === undefined
    ? {}
    : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }),
});
/** A link token no link was ever made with: the use case answers 404 once the route lets the request through. */
const NO_LINK = 'A'.repeat(43);
const SELF = { access: 'account.self', public: false, own: 'all', other: 'all', readOnly: false } as const;
const ADMIN = {
  access: 'users.manage',
  public: false,
  own: ['admin'],
  other: ['admin'],
  readOnly: false,
} as const;
/** Public, but a change: refused when read-only. */
const PUBLIC_CHANGE = { access: 'public', public: true, own: 'all', other: 'all', readOnly: false } as const;

Object.assign(PERMISSION_MATRIX, {
  'GET /api/session': { ...READ, example: get('/api/session') },
  // A valid sign-in of no account answers 401 like a refusal; a malformed one shows the route is open to all (the
  // refusal of sign-in on a read-only installation is tested in src/modules/accounts/http.int.test.ts).
  'POST /api/session': {
    ...READ,
    example: () => ({ path: '/api/session', init: json({ email: '', password: '' }) }),
  },
  'DELETE /api/session': {
    access: 'signed-in',
    public: false,
    own: 'all',
    other: 'all',
    readOnly: false,
    example: () => ({ path: '/api/session', init: send('DELETE') }),
  },
  'POST /api/setup': {
    ...PUBLIC_CHANGE,
    example: () => ({
      path: '/api/setup',
      init: json({ token: NO_LINK, email: 'm@example.org', name: 'M', password: 'matrix password 1' }),
    }),
  },
  'POST /api/setup/link': { ...ADMIN, example: () => ({ path: '/api/setup/link', init: send('POST') }) },
  'GET /api/invitations/:token': { ...READ, example: get(`/api/invitations/${NO_LINK}`) },
  'POST /api/invitations/accept': {
    ...PUBLIC_CHANGE,
    example: () => ({
      path: '/api/invitations/accept',
      init: json({ token: NO_LINK, name: 'M', password: 'matrix password 1' }),
    }),
  },
  'POST /api/password-reset': {
    ...PUBLIC_CHANGE,
    example: () => ({ path: '/api/password-reset', init: json({ email: 'nobody@example.org' }) }),
  },
  'POST /api/password-reset/confirm': {
    ...PUBLIC_CHANGE,
    example: () => ({
      path: '/api/password-reset/confirm',
      init: json({ token: NO_LINK, password: 'matrix password 1' }),
    }),
  },
  'GET /api/account': { ...SELF, example: get('/api/account') },
  'PATCH /api/account': {
    ...SELF,
    example: () => ({ path: '/api/account', init: send('PATCH', { name: 'M' }) }),
  },
  'POST /api/account/password': {
    ...SELF,
    example: () => ({
      path: '/api/account/password',
      init: json({ current: 'x', new: 'matrix password 1' }),
    }),
  },
  'GET /api/account/sessions': { ...SELF, example: get('/api/account/sessions') },
  'DELETE /api/account/sessions': {
    ...SELF,
    example: () => ({ path: '/api/account/sessions', init: send('DELETE') }),
  },
  'GET /api/tokens': { ...SELF, example: get('/api/tokens') },
  'POST /api/tokens': {
    ...SELF,
    example: () => ({ path: '/api/tokens', init: json({ name: 'm', scopes: ['account.self'] }) }),
  },
  'DELETE /api/tokens/:id': {
    ...SELF,
    example: () => ({ path: '/api/tokens/999999', init: send('DELETE') }),
  },
  'GET /api/users': { ...ADMIN, example: get('/api/users') },
  'PATCH /api/users/:id': {
    ...ADMIN,
    example: () => ({ path: '/api/users/999999', init: send('PATCH', { name: 'M' }) }),
  },
  'PUT /api/users/:id/grants': {
    ...ADMIN,
    example: () => ({ path: '/api/users/999999/grants', init: send('PUT', { grants: [] }) }),
  },
  'DELETE /api/users/:id/sessions': {
    ...ADMIN,
    example: () => ({ path: '/api/users/999999/sessions', init: send('DELETE') }),
  },
  'GET /api/invitations': { ...ADMIN, example: get('/api/invitations') },
  'POST /api/invitations': {
    ...ADMIN,
    example: (a) => ({
      path: '/api/invitations',
      init: json({ email: `matrix-${a}@example.org`, role: 'stakeholder' }),
    }),
  },
  'DELETE /api/invitations/:id': {
    ...ADMIN,
    example: () => ({ path: '/api/invitations/999999', init: send('DELETE') }),
  },
  'GET /api/outbox': { ...ADMIN, example: get('/api/outbox') },
} satisfies Record<string, MatrixRow>);

Object.assign(PERMISSION_MATRIX, MODULE_ROWS);
