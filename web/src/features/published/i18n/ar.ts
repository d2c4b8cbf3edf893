import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { publishedEn } from './en.ts';

export const publishedAr = {
  'published.title': 'التقارير المنشورة',
} as const satisfies Catalogue<typeof publishedEn, 'ar'>;
