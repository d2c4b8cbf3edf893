import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportingEn } from './en.ts';

export const reportingFr = {
  'reporting.title': 'Rapports sur le Code',
} as const satisfies Catalogue<typeof reportingEn, 'fr'>;
