import assert from 'node:assert/strict';
import { roundHalfEven } from './demographic-adjust.ts';

/**
 * Largest difference a value can have from a number as R printed it. Half a unit of the last printed digit, and,
 * when R printed the value itself (not a value already passed through `round()`), also half a unit of its 7th
 * significant digit: `print` shows every element to at least 7 significant digits, dropping only trailing zeros.
 */
export function printedTolerance(text: string, roundedBeforePrint: boolean): number {
  const m = /^-?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a printed number: ${text}`);
  const decimals = m[2]?.length ?? 0;
  const exponent = Number(m[3] ?? 0);
  const lastDigit = 0.5 * 10 ** (exponent - decimals);
  const value = Math.abs(Number(text));
  if (roundedBeforePrint || value === 0) return lastDigit;
  const seventh = 0.5 * 10 ** (Math.floor(Math.log10(value)) - 6);
  return Math.min(lastDigit, seventh);
}

/** Parses a block of printed numbers, one row per line, into strings (kept for their digits). */
export function parsePrinted(block: string): string[][] {
  return block
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
}

/**
 * Asserts every value is within the printed tolerance of R's output and returns the largest absolute difference.
 * With `rounded` (the digits R's `round()` was given before printing), the value rounded the same way must also
 * equal the printed one.
 */
export function assertMatchesPrinted(
  actual: ReadonlyArray<ReadonlyArray<number>>,
  options: { printed: string; label: string; rounded?: number },
): number {
  const { label } = options;
  const expected = parsePrinted(options.printed);
  assert.equal(actual.length, expected.length, `${label}: row count`);
  let worst = 0;
  expected.forEach((row, i) => {
    assert.equal(actual[i]?.length, row.length, `${label}: row ${i} length`);
    row.forEach((text, j) => {
      const a = actual[i]?.[j] as number;
      const diff = Math.abs(a - Number(text));
      const tol = printedTolerance(text, options.rounded !== undefined);
      assert.ok(
        diff <= tol * (1 + 1e-9),
        `${label}[${i}][${j}]: got ${a}, R printed ${text} (|diff| ${diff} > ${tol})`,
      );
      if (options.rounded !== undefined) {
        const scale = 10 ** options.rounded;
        const r = roundHalfEven(a * scale) / scale;
        assert.ok(
          Math.abs(r - Number(text)) < 1e-9,
          `${label}[${i}][${j}]: ${a} rounds to ${r}, R printed ${text}`,
        );
      }
      worst = Math.max(worst, diff);
    });
  });
  return worst;
}
