import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { publishedEn } from './en.ts';

export const publishedZh = {
  'published.title': '已发布的报告',
} as const satisfies Catalogue<typeof publishedEn, 'zh'>;
