/** A plain number written as text ("-12.5", "+3", "1e-4"): a spreadsheet reads it as a number, never a formula. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Characters with which a spreadsheet starts a formula or a DDE command (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell of an exported table made safe to open in a spreadsheet: text a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`, `=cmd|' /C calc'!A0`) gets a leading single quote, so that it is shown as
 * text. Numbers, and text that is just a number such as "-12.5", are left as they are.
 */
export function spreadsheetSafe<T>(cell: T): T | string {
  if (typeof cell !== 'string' || !FORMULA_START.test(cell) || NUMBER.test(cell)) return cell;
  return `'${cell}`;
}
