import { createHash } from 'node:crypto';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { FlowWarning } from './domain/index.ts';
import { flowText } from './domain/messages.ts';
import type { DroppedArea, EstimateRequest, EstimationRun, EstimationRunQuery } from './schemas.ts';

export interface StockRow extends Record<string, unknown> {
  area: string;
  partner: string;
  partner_kind: string;
  year: number;
  value: number;
  source: string;
  batch_id: number;
}

export interface TotalRow extends Record<string, unknown> {
  area: string;
  year: number;
  value: number;
  source: string;
  batch_id: number;
}

/** The kind of each of these areas that is known. */
export async function areaKinds(db: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.query<{ code: string; kind: string }>(
    'SELECT code, kind FROM area WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.kind]));
}

/** Current bilateral stocks of a measure in two years, of areas of these kinds, by area, year and partner. */
export async function bilateralStocks(
  db: Queryable,
  request: Pick<
    EstimateRequest,
    'measure' | 'occupation' | 'sex' | 'age' | 'startYear' | 'endYear' | 'source' | 'areas'
  >,
  areaKindsOf: readonly string[],
): Promise<StockRow[]> {
  const { measure, occupation, sex, age, startYear, endYear } = request;
  const params: unknown[] = [measure, occupation, sex, age, [startYear, endYear], areaKindsOf];
  let filter = '';
  if (request.source) {
    params.push(request.source);
    filter += ` AND o.source = $${params.length}`;
  }
  if (request.areas) {
    params.push(request.areas);
    filter += ` AND o.area = ANY($${params.length}::text[])`;
  }
  return db.query<StockRow>(
    `SELECT o.area, o.partner, p.kind AS partner_kind, o.year, o.value, o.source, o.batch_id
     FROM observation o JOIN area a ON a.code = o.area JOIN area p ON p.code = o.partner
     WHERE o.superseded_by IS NULL AND o.measure = $1 AND o.occupation = $2 AND o.sex = $3 AND o.age = $4
       AND o.year = ANY($5::int[]) AND a.kind = ANY($6::text[])${filter}
     ORDER BY o.area, o.year, o.partner, o.source`,
    params,
  );
}

/** Current total stocks of these areas in the request's two years, from `totalSource` when given. */
export async function totalStocks(
  db: Queryable,
  request: Pick<EstimateRequest, 'occupation' | 'sex' | 'age' | 'startYear' | 'endYear' | 'totalSource'>,
  areas: readonly string[],
): Promise<TotalRow[]> {
  const params: unknown[] = [
    request.occupation,
    request.sex,
    request.age,
    [request.startYear, request.endYear],
    areas,
  ];
  let filter = ' AND area = ANY($5::text[])';
  if (request.totalSource) {
    params.push(request.totalSource);
    filter += ` AND source = $${params.length}`;
  }
  return db.query<TotalRow>(
    `SELECT area, year, value, source, batch_id FROM observation
     WHERE superseded_by IS NULL AND measure = 'stock' AND occupation = $1 AND sex = $2 AND age = $3
       AND year = ANY($4::int[])${filter}
     ORDER BY area, year, source`,
    params,
  );
}

/** Declares hwmo's own source for an estimate once. */
export async function ensureEstimateSource(db: Queryable, code: string, name: string): Promise<void> {
  await db.query(
    `INSERT INTO source (code, name, publisher, url, licence) VALUES ($1, $2, 'hwmo', NULL, NULL)
     ON CONFLICT (code) DO NOTHING`,
    [code, name],
  );
}

/** A committed batch for an estimate; its counts are set once the staged flows are committed. */
export async function insertEstimateBatch(
  db: Queryable,
  batch: { fileName: string; fingerprint: string; format: string; rows: number },
): Promise<number> {
  const bytes = Buffer.from(batch.fingerprint, 'utf8');
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
       unchanged, skipped) VALUES ($1, $2, $3, $4, NULL, 'committed', $5, 0, 0, 0, 0) RETURNING id`,
    [
      batch.fileName,
      createHash('sha256').update(bytes).digest('hex'),
      bytes.byteLength,
      batch.format,
      batch.rows,
    ],
  );
  if (!row) throw new AppError('internal', flowText('batch_not_created'));
  return row.id;
}

/**
 * Supersedes, by this batch, the current flows of a previous estimate (same measure, source, occupation, sex, age and
 * partner basis) between areas the staged rows do not cover; returns how many.
 */
export async function retireUncovered(
  db: Queryable,
  batchId: number,
  key: {
    measure: string;
    source: string;
    occupation: string;
    sex: string;
    age: string;
    partnerBasis: string;
  },
): Promise<number> {
  const [retired] = await db.query<{ n: number }>(
    `WITH r AS (
       UPDATE observation o SET superseded_by = $1
       WHERE o.superseded_by IS NULL AND o.measure = $2 AND o.source = $3 AND o.occupation = $4 AND o.sex = $5
         AND o.age = $6 AND o.partner_basis = $7
         AND NOT EXISTS (SELECT 1 FROM import_stage s WHERE s.area = o.area AND s.partner = o.partner AND s.year = o.year)
       RETURNING 1)
     SELECT count(*)::int AS n FROM r`,
    [batchId, key.measure, key.source, key.occupation, key.sex, key.age, key.partnerBasis],
  );
  return retired?.n ?? 0;
}

export async function setBatchCounts(
  db: Queryable,
  batchId: number,
  counts: { stored: number; revised: number; unchanged: number },
): Promise<void> {
  await db.query('UPDATE import_batch SET stored = $2, revised = $3, unchanged = $4 WHERE id = $1', [
    batchId,
    counts.stored,
    counts.revised,
    counts.unchanged,
  ]);
}

export interface NewRun {
  batchId: number;
  method: string;
  params: unknown;
  inputMeasure: string;
  occupation: string;
  startYear: number;
  endYear: number;
  outputMeasure: string;
  outputSource: string;
  inputBatches: readonly number[];
  areas: readonly string[];
  dropped: unknown;
  warnings: unknown;
  retired: number;
}

export async function insertRun(db: Queryable, run: NewRun): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO estimation_run (batch_id, method, params, input_measure, occupation, start_year, end_year,
       output_measure, output_source, input_batches, areas, dropped_areas, warnings, retired)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::int[], $11::text[], $12::jsonb, $13::jsonb, $14)
     RETURNING id`,
    [
      run.batchId,
      run.method,
      JSON.stringify(run.params),
      run.inputMeasure,
      run.occupation,
      run.startYear,
      run.endYear,
      run.outputMeasure,
      run.outputSource,
      run.inputBatches,
      run.areas,
      JSON.stringify(run.dropped),
      JSON.stringify(run.warnings),
      run.retired,
    ],
  );
  if (!row) throw new AppError('internal', flowText('run_not_recorded'));
  return row.id;
}

interface RunRow extends Record<string, unknown> {
  id: number;
  batch_id: number;
  status: 'committed' | 'rolled_back';
  created_at: Date | string;
  method: string;
  params: unknown;
  input_measure: string;
  occupation: string;
  start_year: number;
  end_year: number;
  output_measure: string;
  output_source: string;
  input_batches: number[];
  input_sources: string[] | null;
  areas: string[];
  dropped_areas: unknown;
  warnings: unknown;
  stored: number;
  revised: number;
  unchanged: number;
  retired: number;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A stored run as read back: everything of EstimationRun but what follows from its input measure. */
export type StoredRun = Omit<EstimationRun, 'partnerBasis'>;

/** Estimation runs, newest first, with the state and counts of their batch and the sources of their inputs. */
export async function selectRuns(db: Queryable, query: EstimationRunQuery): Promise<StoredRun[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.occupation) {
    params.push(query.occupation);
    where.push(`r.occupation = $${params.length}`);
  }
  if (query.measure) {
    params.push(query.measure);
    where.push(`r.input_measure = $${params.length}`);
  }
  params.push(query.limit, query.offset);
  const rows = await db.query<RunRow>(
    `SELECT r.*, b.status, b.stored, b.revised, b.unchanged,
       (SELECT array_agg(DISTINCT o.source ORDER BY o.source) FROM observation o
         WHERE o.batch_id = ANY(r.input_batches) AND o.measure = r.input_measure) AS input_sources
     FROM estimation_run r
     JOIN import_batch b ON b.id = r.batch_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY r.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return rows.map((r) => {
    const params = json<Record<string, unknown>>(r.params);
    return {
      id: r.id,
      batchId: r.batch_id,
      batchStatus: r.status,
      createdAt: (r.created_at instanceof Date ? r.created_at : new Date(r.created_at)).toISOString(),
      method: r.method,
      params,
      inputMeasure: r.input_measure,
      occupation: r.occupation,
      sex: String(params.sex ?? '_T'),
      age: String(params.age ?? '_T'),
      startYear: r.start_year,
      endYear: r.end_year,
      outputMeasure: r.output_measure,
      outputSource: r.output_source,
      inputBatches: r.input_batches.map(Number),
      inputSources: r.input_sources ?? [],
      areas: r.areas,
      dropped: json<DroppedArea[]>(r.dropped_areas),
      warnings: json<FlowWarning[]>(r.warnings),
      stored: r.stored,
      revised: r.revised,
      unchanged: r.unchanged,
      retired: r.retired,
    };
  });
}

export interface FlowRow extends Record<string, unknown> {
  measure: 'inflow' | 'outflow';
  area: string;
  partner: string;
  partner_basis: string;
  year: number;
  value: number;
  source: string;
  batch_id: number;
}

export interface FlowFilter {
  occupation: string;
  sex: string;
  age: string;
  from: number;
  to: number;
  pairKinds: readonly string[];
  inflow: { source?: string | undefined; basis?: string | undefined };
  outflow: { source?: string | undefined; basis?: string | undefined };
}

/** Current reported inflows and outflows between two distinct areas of the pair kinds, in a range of years. */
export async function reportedFlows(db: Queryable, f: FlowFilter): Promise<FlowRow[]> {
  const params: unknown[] = [f.occupation, f.sex, f.age, f.from, f.to, f.pairKinds];
  const side = (measure: 'inflow' | 'outflow', choice: FlowFilter['inflow']) => {
    let sql = `o.measure = '${measure}'`;
    if (choice.source) {
      params.push(choice.source);
      sql += ` AND o.source = $${params.length}`;
    }
    if (choice.basis) {
      params.push(choice.basis);
      sql += ` AND o.partner_basis = $${params.length}`;
    }
    return `(${sql})`;
  };
  const inflow = side('inflow', f.inflow);
  const outflow = side('outflow', f.outflow);
  return db.query<FlowRow>(
    `SELECT o.measure, o.area, o.partner, o.partner_basis, o.year, o.value, o.source, o.batch_id
     FROM observation o JOIN area a ON a.code = o.area JOIN area p ON p.code = o.partner
     WHERE o.superseded_by IS NULL AND o.occupation = $1 AND o.sex = $2 AND o.age = $3
       AND o.year BETWEEN $4 AND $5 AND a.kind = ANY($6::text[]) AND p.kind = ANY($6::text[])
       AND o.area <> o.partner AND (${inflow} OR ${outflow})
     ORDER BY o.year, o.measure, o.area, o.partner, o.source, o.partner_basis`,
    params,
  );
}
