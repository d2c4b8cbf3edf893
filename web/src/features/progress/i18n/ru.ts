import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { progressEn } from './en.ts';

export const progressRu = {
  'progress.title': 'Глобальный доклад о ходе работы',
} as const satisfies Catalogue<typeof progressEn, 'ru'>;
