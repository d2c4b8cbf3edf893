import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { progressEn } from './en.ts';

export const progressEs = {
  'progress.title': 'Informe mundial sobre los progresos',
} as const satisfies Catalogue<typeof progressEn, 'es'>;
