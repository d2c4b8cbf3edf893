import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportEn } from './en.ts';

export const reportFr = {
  'report.title': 'Rapport national',
} as const satisfies Catalogue<typeof reportEn, 'fr'>;
