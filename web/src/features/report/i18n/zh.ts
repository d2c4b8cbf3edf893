import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportEn } from './en.ts';

export const reportZh = {
  'report.title': '国家报告',
} as const satisfies Catalogue<typeof reportEn, 'zh'>;
