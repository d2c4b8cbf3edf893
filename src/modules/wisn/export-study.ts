import { renderCsv } from '../../platform/documents/index.ts';
import { RESULT_COLUMNS, resultRows } from './domain/sheets.ts';
import type { StudyResults } from './schemas.ts';

/** The results of a study as CSV, a row per facility and cadre, in the columns of the workbook's results sheet. */
export function resultsCsv(results: StudyResults): string {
  return renderCsv(RESULT_COLUMNS, resultRows(results.results));
}
