import type { Queryable } from '../../platform/db/client.ts';
import { UNTERMINATED_REASON, type Warning } from './domain/records.ts';
import type { SkippedRow } from './importers/types.ts';
import { text as msg } from './messages.ts';
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
  if (accept)
    return { skipped: [], warning: { row, column: null, message: msg('unterminatedImported', { row }) } };
  const held = await holdBackRevisions(tx, row);
  return {
    skipped: held.map((r) => ({ row: r, column: null, reason: UNTERMINATED_REASON })),
    warning: {
      row,
      column: null,
      message:
        held.length > 0
          ? msg('unterminatedSkipped', { row, count: held.length })
          : msg('unterminatedLine', { row }),
    },
  };
}
