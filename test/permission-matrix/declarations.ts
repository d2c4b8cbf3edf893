import { OPERATOR, requestAs } from '../actors.ts';
import type { MatrixArea, MatrixFixtureMaker, MatrixRow } from './types.ts';

const json = (value: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});
const LINE = { month: '2024-01', origin: 'IND', occupation: 'nursing-personnel', placed: 1 };
/** The register's reviewers: anywhere, or the destination's own national authority. */
const REVIEW = {
  access: 'recruiters.review',
  public: false,
  own: ['admin', 'secretariat', 'national_authority'],
  other: ['admin', 'secretariat'],
  readOnly: false,
} as const;

const listed = (f: { ids: Record<string, number> }, area: MatrixArea) =>
  f.ids[`recruiters.listed.${area}`] ?? 0;

export const rows: Record<string, MatrixRow> = {
  // Only the organisation's members (and the operator) declare: no role makes anyone one.
  'POST /api/recruiters/organisations/:id/declarations': {
    access: 'signed-in',
    public: false,
    own: [],
    other: [],
    readOnly: false,
    example: (a, f) => ({
      path: `/api/recruiters/organisations/${listed(f, a)}/declarations`,
      init: json({ lines: [LINE] }),
    }),
  },
  'GET /api/recruiters/organisations/:id/declarations': {
    ...REVIEW,
    access: 'signed-in',
    example: (a, f) => ({ path: `/api/recruiters/organisations/${listed(f, a)}/declarations` }),
  },
  'GET /api/declarations': { ...REVIEW, example: (a) => ({ path: `/api/declarations?destination=${a}` }) },
  'POST /api/declarations/:id/review': {
    ...REVIEW,
    example: (a, f) => ({
      path: `/api/declarations/${f.ids[`declarations.pending.${a}`] ?? 0}/review`,
      init: json({ decision: 'queried', note: 'Permission matrix' }),
    }),
  },
};

/** Per area, a line from India declared by its listed organisation under the area's UK memorandum, which does not govern it: pending review. */
export const makeFixtures: MatrixFixtureMaker = async ({ app, ids }) => {
  const made: Record<string, number> = {};
  for (const area of ['GHA', 'KEN'] as const) {
    const res = await requestAs(
      app,
      OPERATOR,
      `/api/recruiters/organisations/${ids[`recruiters.listed.${area}`]}/declarations`,
      json({ lines: [{ ...LINE, agreement: ids[`agreement.${area}`] }] }),
    );
    const body = (await res.json()) as { declarations?: Array<{ id: number; review: string }> };
    const line = body.declarations?.[0];
    if (res.status !== 201 || line?.review !== 'pending')
      throw new Error(`declaration for ${area}: ${res.status} ${JSON.stringify(body)}`);
    made[`declarations.pending.${area}`] = line.id;
  }
  return made;
};
