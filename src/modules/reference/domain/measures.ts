/**
 * How values of a measure may be combined across areas or categories:
 * `sum` adds (headcounts, flows), `none` never adds (densities, indices, rates as published).
 */
export type Aggregation = 'sum' | 'none';

export interface Measure {
  code: string;
  name: string;
  unit: string;
  aggregation: Aggregation;
  /** Whether observations of this measure carry an occupation (population does not). */
  byOccupation: boolean;
  /** Whether observations carry a partner area (origin or destination). */
  bilateral: boolean;
  description: string;
}

export const MEASURES: readonly Measure[] = [
  {
    code: 'population',
    name: 'Population',
    unit: 'persons',
    aggregation: 'sum',
    byOccupation: false,
    bilateral: false,
    description: 'Total resident population (mid-year where the publisher says so).',
  },
  {
    code: 'stock',
    name: 'Health workers (headcount stock)',
    unit: 'persons',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: false,
    description:
      'Health workers counted in the area in the year, as the source defines them (practising, active or licensed).',
  },
  {
    code: 'density',
    name: 'Health worker density as published',
    unit: 'per 10 000 population',
    aggregation: 'none',
    byOccupation: true,
    bilateral: false,
    description:
      'Health workers per 10 000 population as the publisher computed it; per-1 000 series are converted on import.',
  },
  {
    code: 'foreign-trained-stock',
    name: 'Foreign-trained health workers (stock)',
    unit: 'persons',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description:
      'Health workers in the area who obtained their first qualification abroad; partner area is the country of training.',
  },
  {
    code: 'foreign-born-stock',
    name: 'Foreign-born health workers (stock)',
    unit: 'persons',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description: 'Health workers in the area born abroad; partner area is the country of birth.',
  },
  {
    code: 'inflow',
    name: 'Inflow of foreign health workers',
    unit: 'persons per year',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description:
      'Foreign-trained or foreign-born health workers newly registered or authorised to practise in the year.',
  },
  {
    code: 'outflow',
    name: 'Outflow of health workers',
    unit: 'persons per year',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description: 'Health workers leaving the area for the partner area in the year.',
  },
  {
    code: 'migration-flow',
    name: 'Estimated migration flow over a period',
    unit: 'persons per period',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description:
      'Health workers estimated to have moved from the partner area (origin) to the area (destination) between two ' +
      'stock dates; the year is the end of the period and the source names method and period ' +
      '(HWMO.FFS_DEMO.2015-2020).',
  },
  {
    code: 'verification-requests',
    name: 'Verification requests',
    unit: 'requests per year',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: true,
    description:
      'Requests from authorities abroad to verify qualifications, an early signal of intent to emigrate.',
  },
  {
    code: 'graduates',
    name: 'Graduates',
    unit: 'persons per year',
    aggregation: 'sum',
    byOccupation: true,
    bilateral: false,
    description: 'Graduates of domestic education programmes in the year.',
  },
  {
    code: 'uhc-sci',
    name: 'UHC service coverage index (SDG 3.8.1)',
    unit: 'index 0-100',
    aggregation: 'none',
    byOccupation: false,
    bilateral: false,
    description:
      'Coverage of essential health services on a 0-100 scale; fractions on a 0-1 scale are rescaled on import.',
  },
];

const byCode = new Map(MEASURES.map((m) => [m.code, m]));

export function findMeasure(code: string): Measure | undefined {
  return byCode.get(code);
}
