import { spreadsheetSafe } from '../../../src/platform/cells.ts';
import { has, t } from '../i18n/i18n.ts';

export type Cell = string | number | null | undefined;

function quote(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const s = String(spreadsheetSafe(cell));
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet programs read accented names right; text cells a
 * spreadsheet would run as formulas are quoted as text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** A column's heading in the reader's language ("area" → "Pays ou zone"); a heading already written stays as it is. */
export function columnLabel(column: string): string {
  const key = `csv.${column}`;
  return has(key) ? t(key) : column;
}
