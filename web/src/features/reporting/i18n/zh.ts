import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportingEn } from './en.ts';

export const reportingZh = {
  'reporting.title': '《守则》报告',
} as const satisfies Catalogue<typeof reportingEn, 'zh'>;
