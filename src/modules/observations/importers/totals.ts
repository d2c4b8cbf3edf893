import { findMeasure } from '../../reference/index.ts';
import type { ImportRecord, Reason } from './types.ts';

export { totalLabel } from './header-words.ts';

/** Something in a file worth a look that does not stop the import. */
export interface ImportWarning {
  row: number;
  column: string | null;
  message: Reason;
}

/** Sums since the last totals row of either kind (`block`) and since the last total (`all`). */
interface Sums {
  blockSum: number;
  blockRows: number;
  allSum: number;
  allRows: number;
}

const SEP = '\u0001';

function key(r: ImportRecord): string {
  return [r.source, r.measure, r.year, r.occupation, r.sex, r.age, r.partner, r.partnerBasis, r.series].join(
    SEP,
  );
}

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

const show = (x: number) => String(Number(x.toPrecision(12)));

/**
 * Checks totals and subtotals rows against the rows they cover, in file order: a subtotal covers the rows since the
 * last totals row of either kind, a total those since the last total. Values are compared cell by cell (same measure,
 * year, occupation, sex, age, partner and column); measures that do not add up (densities, indices) are not checked.
 */
export class TotalsReconciler {
  private readonly sums = new Map<string, Sums>();

  /** A row of data (not a totals row). */
  add(r: ImportRecord): void {
    if (findMeasure(r.measure)?.aggregation !== 'sum') return;
    const k = key(r);
    const s = this.sums.get(k);
    if (s) {
      s.blockSum += r.value;
      s.blockRows++;
      s.allSum += r.value;
      s.allRows++;
    } else {
      this.sums.set(k, { blockSum: r.value, blockRows: 1, allSum: r.value, allRows: 1 });
    }
  }

  /** A totals row's value: a warning when it differs from the sum of the rows it covers. */
  total(r: ImportRecord, level: 'total' | 'subtotal'): ImportWarning | null {
    if (findMeasure(r.measure)?.aggregation !== 'sum') return null;
    const k = key(r);
    const s = this.sums.get(k);
    if (!s) return null;
    const covered =
      level === 'total' ? { sum: s.allSum, rows: s.allRows } : { sum: s.blockSum, rows: s.blockRows };
    s.blockSum = 0;
    s.blockRows = 0;
    if (level === 'total') {
      s.allSum = 0;
      s.allRows = 0;
    }
    if (covered.rows === 0 || !differs(covered.sum, r.value)) return null;
    const what = [
      r.measure,
      r.occupation === '_Z' ? null : r.occupation,
      r.year,
      r.sex === '_T' ? null : r.sex,
    ]
      .filter((x) => x !== null)
      .join(' ');
    const column = r.series || r.areaColumn;
    return {
      row: r.row,
      column,
      message:
        `row ${r.row} (${JSON.stringify(r.area)}), ${what}${r.series ? ` in column ${JSON.stringify(r.series)}` : ''}: ` +
        `the ${level} is ${show(r.value)} but the ${covered.rows} row(s) it covers sum to ${show(covered.sum)} ` +
        `(difference ${show(r.value - covered.sum)})`,
    };
  }
}
