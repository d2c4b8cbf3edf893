import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportEn } from './en.ts';

export const reportAr = {
  'report.title': 'التقرير الوطني',
} as const satisfies Catalogue<typeof reportEn, 'ar'>;
