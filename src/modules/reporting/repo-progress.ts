import type { Queryable } from '../../platform/db/client.ts';

/**
 * Publishes the round's progress report (called when the round is published, in the same transaction): 'missing'
 * when none was generated.
 */
export async function publishProgressReport(
  tx: Queryable,
  roundId: number,
  at: Date,
  by: string,
): Promise<'published' | 'missing'> {
  const rows = await tx.query<{ round_id: number }>(
    `UPDATE progress_report SET state = 'published', published_at = $2, updated_at = $2, updated_by = $3,
       version = version + 1
     WHERE round_id = $1 RETURNING round_id`,
    [roundId, at, by],
  );
  return rows.length > 0 ? 'published' : 'missing';
}
