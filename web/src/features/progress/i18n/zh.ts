import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { progressEn } from './en.ts';

export const progressZh = {
  'progress.title': '全球进展报告',
} as const satisfies Catalogue<typeof progressEn, 'zh'>;
