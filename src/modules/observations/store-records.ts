import { createHash } from 'node:crypto';
import type { Queryable } from '../../platform/db/client.ts';
import type { describeSource } from '../reference/index.ts';
import type { ImportRecord } from './importers/types.ts';
import { ensureSource } from './repo.ts';
import { CREATE_STAGE_SQL, commitStaged, STAGE_COLUMNS, stageLine } from './repo-stage.ts';

export interface StoredRecords {
  batch: number;
  inserted: number;
  revised: number;
  unchanged: number;
}

/**
 * Stores records made by hwmo itself (a report's figures, the sums of declarations) as one committed batch of
 * their source, named `name`, in the caller's transaction: values already current are counted as unchanged, a
 * changed value revises the current one. The caller has checked codes, scope and data guards.
 */
export async function storeRecords(
  tx: Queryable,
  opts: {
    name: string;
    format: string;
    source: ReturnType<typeof describeSource>;
    records: readonly ImportRecord[];
  },
): Promise<StoredRecords> {
  const lines = opts.records.map((rec, i) => stageLine(i + 1, rec, rec.area, rec.partner));
  const csv = `${lines.join('\n')}\n`;
  await tx.exec(CREATE_STAGE_SQL);
  await tx.copyCsv('import_stage', STAGE_COLUMNS, csv);
  await ensureSource(tx, opts.source);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
       unchanged, skipped) VALUES ($1, $2, $3, $4, NULL, 'committed', $5, 0, 0, 0, 0) RETURNING id`,
    [
      opts.name,
      createHash('sha256').update(csv).digest('hex'),
      Buffer.byteLength(csv),
      opts.format,
      lines.length,
    ],
  );
  if (!row) throw new Error('import_batch: INSERT returned no row');
  const committed = await commitStaged(tx, row.id);
  const result = {
    batch: row.id,
    inserted: committed.inserted - committed.revised,
    revised: committed.revised,
    unchanged: committed.staged - committed.inserted,
  };
  await tx.query('UPDATE import_batch SET stored = $2, revised = $3, unchanged = $4 WHERE id = $1', [
    row.id,
    result.inserted,
    result.revised,
    result.unchanged,
  ]);
  return result;
}
