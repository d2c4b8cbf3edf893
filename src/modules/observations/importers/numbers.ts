import type { Text } from '../../../platform/i18n/messages.ts';
import { text as msg } from '../messages.ts';

const PLAIN = /^-?\d+(\.\d+)?$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const MISSING = new Set(['', '..', '...', '…', '-', '–', '—', ':', 'na', 'n/a', 'nan', 'null', '#n/a']);
/** Digit groups separated by a space, no-break space (U+00A0), narrow no-break space (U+202F) or thin space. */
const SPACE_GROUPED = /^[-+]?\d{1,3}([ \u00A0\u202F\u2009\u2007]\d{3})+([.,]\d+)?$/;
const HAS_SPACE = /[ \u00A0\u202F\u2009\u2007]/;
const SPACES = /[ \u00A0\u202F\u2009\u2007]/g;
const COMMA_GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DOT_GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * Reads a number as statistical files write it.
 * Returns null for a missing value (empty, `..`, `-`, `:`, `NA`) and NaN for text that is not a number, and for a
 * number no float can hold (`1e309`, 400 digits, a non-zero `1e-400`): a stored value is always finite.
 * `decimalComma` is the file's decimal separator, sniffed per file: then `12,4` is 12.4 and `1.234,5` is 1234.5.
 */
export function parseNumber(raw: string, decimalComma = false): number | null {
  const v = readNumber(raw, decimalComma);
  return v === null || representable(v.value, v.text) ? (v?.value ?? null) : Number.NaN;
}

/** Whether a cell is written as a number but lies beyond what a float holds. */
export function isOutOfRange(raw: string, decimalComma = false): boolean {
  const v = readNumber(raw, decimalComma);
  return v !== null && !Number.isNaN(v.value) && !representable(v.value, v.text);
}

/** Why a cell that is neither empty nor missing is not a value. */
export function notANumber(raw: string, decimalComma = false): Text {
  const t = raw.trim();
  const value = JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
  return isOutOfRange(raw, decimalComma)
    ? msg('valueOutOfRange', { value })
    : msg('valueNotNumber', { value });
}

function representable(value: number, text: string): boolean {
  if (Number.isNaN(value)) return true;
  if (!Number.isFinite(value)) return false;
  return value !== 0 || !/[1-9]/.test(text.split(/[eE]/)[0] ?? '');
}

function readNumber(raw: string, decimalComma: boolean): { value: number; text: string } | null {
  if (!decimalComma && PLAIN.test(raw)) return { value: Number(raw), text: raw };
  let s = raw.trim();
  if (MISSING.has(s.toLowerCase())) return null;
  if (s.charCodeAt(0) === 0x2212) s = `-${s.slice(1)}`;
  if (HAS_SPACE.test(s)) {
    if (!SPACE_GROUPED.test(s)) return { value: Number.NaN, text: s };
    s = s.replace(SPACES, '');
  }
  if (decimalComma) {
    if (DOT_GROUPED.test(s)) s = s.replaceAll('.', '');
    const comma = s.indexOf(',');
    if (comma !== -1) {
      if (s.indexOf(',', comma + 1) !== -1 || s.includes('.')) return { value: Number.NaN, text: s };
      s = `${s.slice(0, comma)}.${s.slice(comma + 1)}`;
    }
  } else if (COMMA_GROUPED.test(s)) {
    s = s.replaceAll(',', '');
  }
  return { value: NUMBER.test(s) ? Number(s) : Number.NaN, text: s };
}

const FOUR_DIGITS = /^\d{4}$/;
const YEAR = /^(\d{4})(\.0+)?$/;
/** A typed year that a spreadsheet stored as a date (`2020-01-01`, from XLSX) counts as that year. */
const DATE = /^(\d{4})-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** A calendar year from a year cell, or null when the cell is not a year. */
export function parseYear(raw: string): number | null {
  if (FOUR_DIGITS.test(raw)) return Number(raw);
  const s = raw.trim();
  const m = YEAR.exec(s) ?? DATE.exec(s);
  return m ? Number(m[1]) : null;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Multiplies without binary noise (0.123 × 10 is 1.23, not 1.2300000000000002).
 * NaN when the product is no finite number or a non-zero value vanishes to 0 (`UNIT_MULT` 400 or -400).
 */
export function scale(value: number, factor: number): number {
  const product = value * factor;
  if (!Number.isFinite(product) || (product === 0 && value !== 0)) return Number.NaN;
  return Number(product.toPrecision(15));
}
