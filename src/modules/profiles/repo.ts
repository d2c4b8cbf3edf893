import type { Queryable } from '../../platform/db/client.ts';

export interface BatchRef {
  id: number;
  file: string;
  format: string;
  createdAt: string;
}

/** The import batches of these ids, oldest first. */
export async function batchesByIds(db: Queryable, ids: readonly number[]): Promise<BatchRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: number; file: string; format: string; created_at: string }>(
    `SELECT b.id, b.file_name AS file, b.format, b.created_at::text
       FROM import_batch b WHERE b.id = ANY($1::int[]) ORDER BY b.id`,
    [[...ids]],
  );
  return rows.map((b) => ({ id: Number(b.id), file: b.file, format: b.format, createdAt: b.created_at }));
}
