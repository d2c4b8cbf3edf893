import type { Hono } from 'hono';
import { districtHospital } from '../../src/modules/wisn/domain/fixtures.ts';
import { studyWorkbook } from '../../src/modules/wisn/workbook.ts';
import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixArea, MatrixFixtureMaker, MatrixRow } from './types.ts';

const send = (value: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** The district hospital study of the WISN tests, in the area. */
const studyIn = (area: MatrixArea) => ({ ...districtHospital(), area, name: `District hospital of ${area}` });

const WORKBOOKS = {
  GHA: await studyWorkbook(studyIn('GHA')),
  KEN: await studyWorkbook(studyIn('KEN')),
};

function upload(area: MatrixArea): RequestInit {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(WORKBOOKS[area])], `wisn-${area.toLowerCase()}.xlsx`));
  return { method: 'POST', body: form };
}

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;
/** The secretariat any study; a national authority or data manager those of its country. */
const MANAGE = {
  access: 'wisn.manage',
  public: false,
  own: ['admin', 'secretariat', 'national_authority', 'data_manager'],
  other: ['admin', 'secretariat'],
  readOnly: false,
} as const;

const study = (a: MatrixArea, f: { ids: Readonly<Record<string, number>> }, tail = '') =>
  `/api/wisn/studies/${f.ids[`wisn.${a}`]}${tail}`;

/** The WISN routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {
  'POST /api/wisn/compute': {
    ...READ,
    example: (a) => ({ path: '/api/wisn/compute', init: send(studyIn(a)) }),
  },
  'GET /api/wisn/template.xlsx': { ...READ, example: () => ({ path: '/api/wisn/template.xlsx' }) },
  'POST /api/wisn/read': { ...READ, example: (a) => ({ path: '/api/wisn/read', init: upload(a) }) },
  'GET /api/wisn/studies': { ...MANAGE, example: (a) => ({ path: `/api/wisn/studies?area=${a}` }) },
  'POST /api/wisn/studies': {
    ...MANAGE,
    example: (a) => ({ path: '/api/wisn/studies', init: send(studyIn(a)) }),
  },
  'POST /api/wisn/studies/import': {
    ...MANAGE,
    example: (a) => ({ path: '/api/wisn/studies/import', init: upload(a) }),
  },
  'GET /api/wisn/studies/:id': { ...MANAGE, example: (a, f) => ({ path: study(a, f) }) },
  // Served on a stale version (409) once the first allowed actor changed it.
  'PUT /api/wisn/studies/:id': {
    ...MANAGE,
    example: (a, f) => ({ path: study(a, f), init: send({ version: 1, inputs: studyIn(a) }, 'PUT') }),
  },
  'GET /api/wisn/studies/:id/results': { ...MANAGE, example: (a, f) => ({ path: study(a, f, '/results') }) },
  'GET /api/wisn/studies/:id/export.xlsx': {
    ...MANAGE,
    example: (a, f) => ({ path: study(a, f, '/export.xlsx') }),
  },
  'GET /api/wisn/studies/:id/results.csv': {
    ...MANAGE,
    example: (a, f) => ({ path: study(a, f, '/results.csv') }),
  },
  // Served as not found (404) once the first allowed actor deleted it; refused by its area before that is looked at.
  'DELETE /api/wisn/studies/:id': {
    ...MANAGE,
    example: (a, f) => ({ path: study(a, f, ''), init: { method: 'DELETE' } }),
  },
};

/** A study in each area, and one more to delete. Ids: wisn.GHA, wisn.KEN. */
export const makeFixtures: MatrixFixtureMaker = async ({ app }: { app: Hono }) => {
  const ids: Record<string, number> = {};
  for (const area of ['GHA', 'KEN'] as const) {
    const res = await requestAs(app, OPERATOR, '/api/wisn/studies', send(studyIn(area)));
    const body = await res.text();
    if (res.status !== 201) throw new Error(`POST /api/wisn/studies: ${res.status} ${body}`);
    ids[`wisn.${area}`] = (JSON.parse(body) as { id: number }).id;
  }
  return ids;
};
