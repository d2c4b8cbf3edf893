import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../cells.ts';

/**
 * Rows as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that spreadsheets read the languages right), each
 * cell made safe to open in a spreadsheet.
 */
export function renderCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const body = stringify(
    [header.map(spreadsheetSafe), ...rows.map((row) => row.map((cell) => spreadsheetSafe(cell ?? '')))],
    { record_delimiter: '\r\n' },
  );
  return `\uFEFF${body}`;
}
