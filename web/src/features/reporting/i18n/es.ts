import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { reportingEn } from './en.ts';

export const reportingEs = {
  'reporting.title': 'Informes sobre el Código',
} as const satisfies Catalogue<typeof reportingEn, 'es'>;
