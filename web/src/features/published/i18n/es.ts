import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { publishedEn } from './en.ts';

export const publishedEs = {
  'published.title': 'Informes publicados',
} as const satisfies Catalogue<typeof publishedEn, 'es'>;
