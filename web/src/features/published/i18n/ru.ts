import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { publishedEn } from './en.ts';

export const publishedRu = {
  'published.title': 'Опубликованные отчеты',
} as const satisfies Catalogue<typeof publishedEn, 'ru'>;
