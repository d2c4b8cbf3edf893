import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportingEn } from './en.ts';

export const reportingAr = {
  'reporting.title': 'الإبلاغ عن المدونة',
} as const satisfies Catalogue<typeof reportingEn, 'ar'>;
