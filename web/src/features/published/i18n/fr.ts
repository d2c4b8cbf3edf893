import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { publishedEn } from './en.ts';

export const publishedFr = {
  'published.title': 'Rapports publiés',
} as const satisfies Catalogue<typeof publishedEn, 'fr'>;
