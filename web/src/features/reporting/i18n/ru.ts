import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportingEn } from './en.ts';

export const reportingRu = {
  'reporting.title': 'Отчетность по Кодексу',
} as const satisfies Catalogue<typeof reportingEn, 'ru'>;
