import { AppError } from '../../../platform/errors.ts';
import type { ImportRecord, Reason, SkippedRow } from '../importers/types.ts';
import { text as msg } from '../messages.ts';

const TEXT_FIELDS = [
  'source',
  'measure',
  'area',
  'occupation',
  'age',
  'partner',
  'series',
  'comment',
] as const;

/**
 * The last gate before a record is staged, whatever importer produced it: a value no float holds is skipped
 * (never stored as Infinity or NaN), and text PostgreSQL cannot store (a NUL character) refuses the file.
 */
export function unstorable(r: ImportRecord, file: string): SkippedRow | null {
  for (const field of TEXT_FIELDS) {
    const text = r[field];
    if (text === null || !text.includes('\0')) continue;
    const column = field === 'area' ? r.areaColumn : field === 'partner' ? (r.partnerColumn ?? field) : field;
    throw new AppError('invalid_file', msg('recordNulCell', { row: r.row, column: JSON.stringify(column) }), {
      location: { file, row: r.row, column },
      hint: msg('damagedTextHint'),
    });
  }
  if (r.flags.some((f) => f.includes('\0'))) {
    throw new AppError('invalid_file', msg('recordNulFlag', { row: r.row }), {
      location: { file, row: r.row },
    });
  }
  if (Number.isFinite(r.value)) return null;
  return { row: r.row, column: null, reason: msg('notFinite') };
}

export interface Warning {
  row: number;
  column: string | null;
  message: Reason;
}

export const UNTERMINATED_REASON = msg('unterminatedHeld');

/** The skipped rows counted by reason, the commonest first. */
export function groupReasons(rows: readonly SkippedRow<string>[]): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
