import type { Database, Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { SkippedRow } from './importers/types.ts';
import { OBSERVATION_WRITE_LOCK } from './stage.ts';

export interface BatchSummary {
  id: number;
  file: string;
  format: string;
  sheet: string | null;
  sha256: string;
  bytes: number;
  status: 'committed' | 'rolled_back';
  createdAt: string;
  rolledBackAt: string | null;
  rowsRead: number;
  stored: number;
  revised: number;
  unchanged: number;
  skipped: number;
}

export interface BatchDetail extends BatchSummary {
  skippedRows: SkippedRow[];
  current: number;
  superseded: number;
  supersededBy: number[];
  sources: string[];
  measures: string[];
}

interface BatchRow extends Record<string, unknown> {
  id: number;
  file_name: string;
  format: string;
  sheet: string | null;
  file_sha256: string;
  file_bytes: number;
  status: 'committed' | 'rolled_back';
  created_at: Date | string;
  rolled_back_at: Date | string | null;
  rows_read: number;
  stored: number;
  revised: number;
  unchanged: number;
  skipped: number;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

function summary(r: BatchRow): BatchSummary {
  return {
    id: r.id,
    file: r.file_name,
    format: r.format,
    sheet: r.sheet,
    sha256: r.file_sha256,
    bytes: Number(r.file_bytes),
    status: r.status,
    createdAt: iso(r.created_at),
    rolledBackAt: r.rolled_back_at === null ? null : iso(r.rolled_back_at),
    rowsRead: r.rows_read,
    stored: r.stored,
    revised: r.revised,
    unchanged: r.unchanged,
    skipped: r.skipped,
  };
}

export async function listBatches(
  db: Queryable,
  opts: { limit?: number; offset?: number } = {},
): Promise<BatchSummary[]> {
  const rows = await db.query<BatchRow>('SELECT * FROM import_batch ORDER BY id DESC LIMIT $1 OFFSET $2', [
    opts.limit ?? 100,
    opts.offset ?? 0,
  ]);
  return rows.map(summary);
}

export async function getBatch(db: Queryable, id: number): Promise<BatchDetail> {
  const [row] = await db.query<BatchRow & { skipped_rows: SkippedRow[] | string }>(
    'SELECT * FROM import_batch WHERE id = $1',
    [id],
  );
  if (!row)
    throw new AppError('not_found', `No import batch ${id}`, { hint: 'list batches with `hwmo batches`' });
  const [counts] = await db.query<{ current: number; superseded: number }>(
    `SELECT count(*) FILTER (WHERE superseded_by IS NULL)::int AS current,
            count(*) FILTER (WHERE superseded_by IS NOT NULL)::int AS superseded
     FROM observation WHERE batch_id = $1`,
    [id],
  );
  const later = await db.query<{ b: number }>(
    'SELECT DISTINCT superseded_by AS b FROM observation WHERE batch_id = $1 AND superseded_by IS NOT NULL ORDER BY 1',
    [id],
  );
  const sources = await db.query<{ s: string }>(
    'SELECT DISTINCT source AS s FROM observation WHERE batch_id = $1 ORDER BY 1',
    [id],
  );
  const measures = await db.query<{ m: string }>(
    'SELECT DISTINCT measure AS m FROM observation WHERE batch_id = $1 ORDER BY 1',
    [id],
  );
  const skipped = typeof row.skipped_rows === 'string' ? JSON.parse(row.skipped_rows) : row.skipped_rows;
  return {
    ...summary(row),
    skippedRows: skipped as SkippedRow[],
    current: counts?.current ?? 0,
    superseded: counts?.superseded ?? 0,
    supersededBy: later.map((r) => r.b),
    sources: sources.map((r) => r.s),
    measures: measures.map((r) => r.m),
  };
}

export interface RollbackResult {
  batchId: number;
  removed: number;
  restored: number;
}

/**
 * Removes a batch's values and makes current again the values it had superseded. It holds the lock imports and
 * flow estimates write under, so that "revised by a later batch" is checked against every committed write and no
 * import can revise the values while they are being removed.
 */
export async function rollbackBatch(db: Database, id: number): Promise<RollbackResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [OBSERVATION_WRITE_LOCK]);
    const [row] = await tx.query<{ status: string }>(
      'SELECT status FROM import_batch WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!row)
      throw new AppError('not_found', `No import batch ${id}`, { hint: 'list batches with `hwmo batches`' });
    if (row.status === 'rolled_back') throw new AppError('conflict', `Batch ${id} is already rolled back`);
    const later = await tx.query<{ b: number }>(
      'SELECT DISTINCT superseded_by AS b FROM observation WHERE batch_id = $1 AND superseded_by IS NOT NULL ORDER BY 1',
      [id],
    );
    if (later.length > 0) {
      const ids = later.map((r) => r.b).join(', ');
      throw new AppError('conflict', `Batch ${id} has values revised by later batch(es) ${ids}`, {
        hint: `roll back batch(es) ${ids} first`,
      });
    }
    const [removed] = await tx.query<{ n: number }>(
      'WITH d AS (DELETE FROM observation WHERE batch_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM d',
      [id],
    );
    const [restored] = await tx.query<{ n: number }>(
      `WITH u AS (UPDATE observation SET superseded_by = NULL WHERE superseded_by = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM u`,
      [id],
    );
    await tx.query("UPDATE import_batch SET status = 'rolled_back', rolled_back_at = now() WHERE id = $1", [
      id,
    ]);
    return { batchId: id, removed: removed?.n ?? 0, restored: restored?.n ?? 0 };
  });
}
