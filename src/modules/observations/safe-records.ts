import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { ImportRecord, SkippedRow } from './importers/types.ts';
import { holdBackRevisions } from './repo-stage.ts';

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
    throw new AppError(
      'invalid_file',
      `row ${r.row}, column ${JSON.stringify(column)} holds a NUL character (0x00), which a text field cannot contain`,
      {
        location: { file, row: r.row, column },
        hint: 'the file is damaged or not a text file; export or download it again',
      },
    );
  }
  if (r.flags.some((f) => f.includes('\0'))) {
    throw new AppError('invalid_file', `row ${r.row} has a flag holding a NUL character (0x00)`, {
      location: { file, row: r.row },
    });
  }
  if (Number.isFinite(r.value)) return null;
  return { row: r.row, column: null, reason: 'the value is not a finite number' };
}

export interface Warning {
  row: number;
  column: string | null;
  message: string;
}

export const UNTERMINATED_REASON =
  'possibly truncated: the last line has no line terminator, so it does not revise the stored value';

/**
 * A last record without a line terminator may have been cut off (`…,2005,7` of `…,2005,72.15`): its values are
 * stored where they are new or equal to the stored ones, and do not revise a stored value unless the caller
 * accepts unterminated records. Returns the rows held back and the warning for the report.
 */
export async function holdBackUnterminated(
  tx: Queryable,
  row: number,
  accept: boolean,
): Promise<{ skipped: SkippedRow[]; warning: Warning }> {
  const warning: Warning = {
    row,
    column: null,
    message: `row ${row} is the last line and has no line terminator: the file may be truncated`,
  };
  if (accept) {
    return {
      skipped: [],
      warning: { ...warning, message: `${warning.message}; its values were imported as they are` },
    };
  }
  const held = await holdBackRevisions(tx, row);
  const note =
    held.length > 0
      ? `; ${held.length} value(s) in it would revise stored values and were skipped (import with --accept-unterminated if the line is complete)`
      : '';
  return {
    skipped: held.map((r) => ({ row: r, column: null, reason: UNTERMINATED_REASON })),
    warning: { ...warning, message: warning.message + note },
  };
}
