import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportEn } from './en.ts';

export const reportEs = {
  'report.title': 'Informe nacional',
} as const satisfies Catalogue<typeof reportEn, 'es'>;
