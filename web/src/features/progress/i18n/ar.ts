import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { progressEn } from './en.ts';

export const progressAr = {
  'progress.title': 'التقرير المرحلي العالمي',
} as const satisfies Catalogue<typeof progressEn, 'ar'>;
