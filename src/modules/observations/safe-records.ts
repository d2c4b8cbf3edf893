import type { Queryable } from '../../platform/db/client.ts';
import { UNTERMINATED_REASON, type Warning } from './domain/records.ts';
import type { SkippedRow } from './importers/types.ts';
import { holdBackRevisions } from './repo-stage.ts';

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
