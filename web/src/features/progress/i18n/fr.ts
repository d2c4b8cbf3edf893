import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { progressEn } from './en.ts';

export const progressFr = {
  'progress.title': 'Rapport de situation mondial',
} as const satisfies Catalogue<typeof progressEn, 'fr'>;
