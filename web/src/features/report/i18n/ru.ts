import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportEn } from './en.ts';

export const reportRu = {
  'report.title': 'Национальный отчет',
} as const satisfies Catalogue<typeof reportEn, 'ru'>;
