import { hwmoTemplateCsv } from '../../importers/index.ts';

export function templateCsv(): string {
  return hwmoTemplateCsv();
}
