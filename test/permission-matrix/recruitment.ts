import { readFileSync } from 'node:fs';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

const UK = JSON.parse(readFileSync(new URL('../../data/recruitment/gbr.json', import.meta.url), 'utf8')) as {
  destination: string;
  name: string;
};
/** The UK configuration made the area's own, so that only a refusal stops its save. */
const configFor = (area: string) => ({ ...UK, destination: area, name: `Destination ${area}` });

const READ = { access: 'public', public: true, own: 'all', other: 'all', readOnly: true } as const;

export const rows: Record<string, MatrixRow> = {
  'GET /api/recruitment/status': {
    ...READ,
    example: (a) => ({
      path: `/api/recruitment/status?destination=${a}&origin=NGA&occupation=nursing-personnel&date=2024-06-01`,
    }),
  },
  'GET /api/recruitment/destinations': {
    ...READ,
    example: () => ({ path: '/api/recruitment/destinations' }),
  },
  'GET /api/recruitment/destinations/:iso3': {
    ...READ,
    example: (a) => ({ path: `/api/recruitment/destinations/${a}` }),
  },
  'GET /api/recruitment/destinations/:iso3/statuses': {
    ...READ,
    example: (a) => ({ path: `/api/recruitment/destinations/${a}/statuses?date=2024-06-01` }),
  },
  'POST /api/recruitment/destinations/:iso3/versions': {
    access: 'recruitment.configure',
    public: false,
    own: ['admin', 'secretariat', 'national_authority'],
    other: ['admin', 'secretariat'],
    readOnly: false,
    example: (a) => ({
      path: `/api/recruitment/destinations/${a}/versions`,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ config: configFor(a), note: 'Permission matrix' }),
      },
    }),
  },
};

/** Nothing to make: every destination has a configuration to read (its own, or the WHO list as published). */
export const makeFixtures: MatrixFixtureMaker = async () => ({});
