import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { describeSource } from '../reference/index.ts';
import type { AreaFirstRow } from './domain/scope.ts';
import type { SkippedRow } from './importers/types.ts';
import { text as msg } from './messages.ts';
import type {
  BatchDetail,
  BatchPaging,
  BatchSummary,
  Observation,
  ObservationFilter,
  RollbackResult,
} from './schemas.ts';

// Batches

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
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function toSummary(r: BatchRow): BatchSummary {
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

export async function selectBatches(db: Queryable, paging: Partial<BatchPaging>): Promise<BatchSummary[]> {
  const rows = await db.query<BatchRow>('SELECT * FROM import_batch ORDER BY id DESC LIMIT $1 OFFSET $2', [
    paging.limit ?? 100,
    paging.offset ?? 0,
  ]);
  return rows.map(toSummary);
}

export async function selectBatch(db: Queryable, id: number): Promise<BatchDetail | null> {
  const [row] = await db.query<BatchRow & { skipped_rows: unknown }>(
    'SELECT * FROM import_batch WHERE id = $1',
    [id],
  );
  if (!row) return null;
  const [counts] = await db.query<{ current: number; superseded: number }>(
    `SELECT count(*) FILTER (WHERE superseded_by IS NULL)::int AS current,
            count(*) FILTER (WHERE superseded_by IS NOT NULL)::int AS superseded
     FROM observation WHERE batch_id = $1`,
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
  return {
    ...toSummary(row),
    skippedRows: json<SkippedRow<string>[]>(row.skipped_rows),
    current: counts?.current ?? 0,
    superseded: counts?.superseded ?? 0,
    supersededBy: await laterBatches(db, id),
    sources: sources.map((r) => r.s),
    measures: measures.map((r) => r.m),
  };
}

/** The batch's status and file, its row locked until the transaction ends; null when there is no such batch. */
export async function lockBatch(
  tx: Queryable,
  id: number,
): Promise<{ status: 'committed' | 'rolled_back'; file: string } | null> {
  const [row] = await tx.query<{ status: 'committed' | 'rolled_back'; file: string }>(
    'SELECT status, file_name AS file FROM import_batch WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ?? null;
}

/** The later batches that revised values of this one. */
export async function laterBatches(db: Queryable, id: number): Promise<number[]> {
  const rows = await db.query<{ b: number }>(
    'SELECT DISTINCT superseded_by AS b FROM observation WHERE batch_id = $1 AND superseded_by IS NOT NULL ORDER BY 1',
    [id],
  );
  return rows.map((r) => r.b);
}

/** Every area a batch stored values for, with the first row of the file that named it. */
export async function batchAreas(db: Queryable, id: number): Promise<AreaFirstRow[]> {
  const rows = await db.query<AreaFirstRow & Record<string, unknown>>(
    `SELECT area, min(source_row)::int AS "firstRow" FROM observation WHERE batch_id = $1
     GROUP BY area ORDER BY area`,
    [id],
  );
  return rows.map((r) => ({ area: r.area, firstRow: r.firstRow }));
}

/** The (area, year, source) cells whose values a rollback of this batch removes or makes current again. */
export async function batchCells(db: Queryable, id: number): Promise<Cell[]> {
  const rows = await db.query<Cell>(
    `SELECT DISTINCT area, year, source FROM observation WHERE batch_id = $1 OR superseded_by = $1
     ORDER BY area, year, source`,
    [id],
  );
  return rows.map((r) => ({ area: r.area, year: r.year, source: r.source }));
}

export async function removeBatch(tx: Queryable, id: number): Promise<Omit<RollbackResult, 'batchId'>> {
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
  return { removed: removed?.n ?? 0, restored: restored?.n ?? 0 };
}

export interface NewBatch {
  file: string;
  sha256: string;
  bytes: number;
  format: string;
  sheet: string | null;
  mapping: unknown;
  headerSignature: string | null;
}

export async function insertBatch(tx: Queryable, b: NewBatch): Promise<number> {
  const [batch] = await tx.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
       unchanged, skipped, mapping, header_signature)
     VALUES ($1, $2, $3, $4, $5, 'committed', 0, 0, 0, 0, 0, $6::jsonb, $7) RETURNING id`,
    [
      b.file,
      b.sha256,
      b.bytes,
      b.format,
      b.sheet,
      b.mapping === null ? null : JSON.stringify(b.mapping),
      b.headerSignature,
    ],
  );
  if (!batch) throw new AppError('internal', msg('batchCreateFailed'));
  return batch.id;
}

export interface BatchCounts {
  rowsRead: number;
  stored: number;
  revised: number;
  unchanged: number;
  skipped: number;
  skippedRows: readonly SkippedRow<string>[];
}

export async function updateBatchCounts(tx: Queryable, id: number, c: BatchCounts): Promise<void> {
  await tx.query(
    `UPDATE import_batch SET rows_read = $2, stored = $3, revised = $4, unchanged = $5, skipped = $6,
       skipped_rows = $7::jsonb WHERE id = $1`,
    [id, c.rowsRead, c.stored, c.revised, c.unchanged, c.skipped, JSON.stringify(c.skippedRows)],
  );
}

/** The column mapping saved with a batch: undefined when there is no such batch, null when it was not mapped. */
export async function selectBatchMapping(db: Queryable, id: number): Promise<unknown> {
  const [row] = await db.query<{ mapping: unknown }>('SELECT mapping FROM import_batch WHERE id = $1', [id]);
  if (!row) return undefined;
  return row.mapping === null ? null : json(row.mapping);
}

/** The latest committed batch's mapping for one of these header signatures. */
export async function selectSavedMapping(
  db: Queryable,
  signatures: readonly string[],
): Promise<{ batchId: number; mapping: unknown; signature: string } | null> {
  const [row] = await db.query<{ id: number; mapping: unknown; header_signature: string }>(
    `SELECT id, mapping, header_signature FROM import_batch
     WHERE mapping IS NOT NULL AND status = 'committed' AND header_signature = ANY($1::text[])
     ORDER BY id DESC LIMIT 1`,
    [signatures],
  );
  return row ? { batchId: row.id, mapping: json(row.mapping), signature: row.header_signature } : null;
}

export async function ensureSource(tx: Queryable, s: ReturnType<typeof describeSource>): Promise<void> {
  await tx.query(
    'INSERT INTO source (code, name, publisher, url, licence) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING',
    [s.code, s.name, s.publisher, s.url, s.licence],
  );
}

export interface Cell extends Record<string, unknown> {
  area: string;
  year: number;
  source: string;
}

// Observations

interface ObservationRow extends Record<string, unknown> {
  id: number;
  measure: string;
  area: string;
  area_name: string;
  year: number;
  occupation: string;
  sex: string;
  age: string;
  partner: string;
  partner_basis: string;
  value: number;
  unit: string;
  flags: string;
  comment: string | null;
  source: string;
  series: string;
  batch_id: number;
  file_name: string;
  source_row: number;
  superseded_by: number | null;
}

function where(filter: Partial<ObservationFilter>): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (!filter.history) clauses.push('o.superseded_by IS NULL');
  if (filter.measure) add('o.measure = ANY(?::text[])', filter.measure);
  if (filter.area)
    add(
      'o.area = ANY(?::text[])',
      filter.area.map((a) => a.toUpperCase()),
    );
  if (filter.year) {
    add('o.year >= ?', filter.year.from);
    add('o.year <= ?', filter.year.to);
  }
  if (filter.occupation) add('o.occupation = ANY(?::text[])', filter.occupation);
  if (filter.partner)
    add(
      'o.partner = ANY(?::text[])',
      filter.partner.map((a) => a.toUpperCase()),
    );
  if (filter.sex) add('o.sex = ?', filter.sex);
  if (filter.source) add('o.source = ANY(?::text[])', filter.source);
  if (filter.batch) add('o.batch_id = ?', filter.batch);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const SELECT = `SELECT o.id, o.measure, o.area, a.name AS area_name, o.year, o.occupation, o.sex, o.age, o.partner,
  o.partner_basis, o.value, m.unit, o.flags, o.comment, o.source, o.series, o.batch_id, b.file_name, o.source_row,
  o.superseded_by
  FROM observation o
  JOIN area a ON a.code = o.area
  JOIN measure m ON m.code = o.measure
  JOIN import_batch b ON b.id = o.batch_id`;

const ORDER = 'ORDER BY o.measure, o.area, o.year, o.occupation, o.sex, o.age, o.partner, o.source, o.id';

function toObservation(r: ObservationRow): Observation {
  return {
    id: Number(r.id),
    measure: r.measure,
    area: r.area,
    areaName: r.area_name,
    year: r.year,
    occupation: r.occupation,
    sex: r.sex,
    age: r.age,
    partner: r.partner,
    partnerBasis: r.partner_basis,
    value: r.value,
    unit: r.unit,
    flags: r.flags === '' ? [] : r.flags.split(' '),
    comment: r.comment,
    source: r.source,
    series: r.series,
    batchId: r.batch_id,
    file: r.file_name,
    row: r.source_row,
    supersededBy: r.superseded_by,
  };
}

export async function countObservations(db: Queryable, filter: Partial<ObservationFilter>): Promise<number> {
  const w = where(filter);
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observation o ${w.sql}`,
    w.params,
  );
  return count?.n ?? 0;
}

export async function selectObservations(
  db: Queryable,
  filter: Partial<ObservationFilter>,
  page: { limit: number; offset: number },
): Promise<Observation[]> {
  const w = where(filter);
  const rows = await db.query<ObservationRow>(
    `${SELECT} ${w.sql} ${ORDER} LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
    [...w.params, page.limit, page.offset],
  );
  return rows.map(toObservation);
}

/** The matching observations with an id above `afterId`, in id order: pages of any export. */
export async function selectObservationsAfter(
  db: Queryable,
  filter: Partial<ObservationFilter>,
  afterId: number,
  pageSize: number,
): Promise<Observation[]> {
  const w = where(filter);
  const rows = await db.query<ObservationRow>(
    `${SELECT} ${w.sql ? `${w.sql} AND` : 'WHERE'} o.id > $${w.params.length + 1} ORDER BY o.id LIMIT $${w.params.length + 2}`,
    [...w.params, afterId, pageSize],
  );
  return rows.map(toObservation);
}

export async function anyObservation(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM observation) AS any');
  return row?.any === true;
}

// Reference codes a request may name

export async function selectKnownAreaCodes(db: Queryable, codes: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ code: string }>('SELECT code FROM area WHERE code = ANY($1::text[])', [
    codes,
  ]);
  return rows.map((r) => r.code);
}

export async function selectAreaNames(
  db: Queryable,
): Promise<Array<{ code: string; name: string; aliases: string[] | null }>> {
  return db.query<{ code: string; name: string; aliases: string[] | null }>(
    `SELECT a.code, a.name, array_agg(al.alias) FILTER (WHERE al.alias IS NOT NULL) AS aliases
     FROM area a LEFT JOIN area_alias al ON al.code = a.code GROUP BY a.code, a.name`,
  );
}

export async function selectSources(db: Queryable): Promise<Array<{ code: string; name: string }>> {
  return db.query<{ code: string; name: string }>('SELECT code, name FROM source');
}
