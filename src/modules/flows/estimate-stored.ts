import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { ImportRecord } from '../observations/index.ts';
import {
  CREATE_STAGE_SQL,
  checkCodes,
  commitStaged,
  OBSERVATION_WRITE_LOCK,
  STAGE_COLUMNS,
  stageLine,
} from '../observations/index.ts';
import { OBSERVATION_FLAGS, type PartnerBasis, TOTAL } from '../reference/index.ts';
import {
  type FitInfo,
  type FlowWarning,
  ffsDemo,
  ffsDiff,
  type Matrix,
  summariseFlows,
} from './domain/index.ts';
import type {
  DroppedArea,
  EstimateRequest,
  EstimateResult,
  EstimationRun,
  EstimationRunQuery,
} from './schemas.ts';

/** Flows estimated from stocks are stored under this measure: area = destination, partner = origin. */
export const FLOW_MEASURE = 'migration-flow';
const BATCH_FORMAT = 'flow-estimate';
/** Areas that can be rows and columns of a stock table. */
const TABLE_KINDS = ['country', 'subnational'];
/** Partner kinds summed into an area's foreign stock when no all-partners total is stored (aggregates would double count). */
const PARTNER_KINDS = new Set(['country', 'subnational', 'unspecified']);

const PARTNER_BASIS = {
  'foreign-trained-stock': 'training',
  'foreign-born-stock': 'birth',
} as const satisfies Record<EstimateRequest['measure'], PartnerBasis>;

type ColumnReport = EstimateResult['columns'][number];

class DryRunRollback extends Error {
  constructor(readonly result: EstimateResult) {
    super('dry run');
  }
}

/** The source code under which an estimate is stored: one per method and period, so re-running it revises it. */
export function estimateSource(
  method: EstimateRequest['method'],
  startYear: number,
  endYear: number,
): string {
  return `HWMO.${method.toUpperCase().replaceAll('-', '_')}.${startYear}-${endYear}`;
}

interface StockRow extends Record<string, unknown> {
  area: string;
  partner: string;
  partner_kind: string;
  year: number;
  value: number;
  source: string;
  batch_id: number;
}

interface TotalRow extends Record<string, unknown> {
  area: string;
  year: number;
  value: number;
  source: string;
  batch_id: number;
}

/** Bilateral stock values of one area and year, by partner. */
interface Column {
  byPartner: Map<string, number>;
  /** The all-partners total (`_T`) when stored. */
  reportedTotal: number | null;
  /** Sum over partners that are areas or unspecified, excluding the area itself. */
  partnerSum: number;
  sources: Set<string>;
  batches: Set<number>;
}

/**
 * Estimates bilateral flows from two stored stock tables and (unless a dry run) stores them as estimated
 * observations in a batch of their own, with the run's provenance, in one transaction.
 *
 * Tables: rows = partner (country of training or birth), columns = area of residence, from the current values of
 * `request.measure`; the diagonal is the area's total `stock` minus its foreign stock (the all-partners value when
 * stored, else the sum over partners). Areas lacking the measure in either year (or, for ffs-demo, the total stock)
 * are dropped with the reason; a partner among the areas with no value in a reporting area counts as 0 and is listed.
 * Re-running the same method for the same period, measure, occupation, sex and age revises the stored estimate:
 * changed values supersede the old ones, equal ones stay, and flows between areas no longer estimated are retired.
 */
export async function estimateStoredFlows(db: Database, request: EstimateRequest): Promise<EstimateResult> {
  await checkCodes(
    db,
    {
      area: request.areas,
      source: [request.source, request.totalSource].filter((x): x is string => x !== undefined),
    },
    { area: 'areas' },
  );
  try {
    return await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [OBSERVATION_WRITE_LOCK]);
      const result = await estimate(tx, request);
      if (request.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
}

async function checkAreas(tx: Queryable, areas: readonly string[]): Promise<void> {
  const rows = await tx.query<{ code: string; kind: string }>(
    'SELECT code, kind FROM area WHERE code = ANY($1::text[])',
    [areas],
  );
  const kinds = new Map(rows.map((r) => [r.code, r.kind]));
  const unknown = areas.filter((a) => !kinds.has(a));
  if (unknown.length > 0) {
    throw new AppError('unknown_area', `Unknown area(s) ${unknown.join(', ')}`, {
      location: { field: 'areas' },
      hint: 'list areas with GET /api/areas',
    });
  }
  const wrong = areas.filter((a) => !TABLE_KINDS.includes(kinds.get(a) ?? ''));
  if (wrong.length > 0) {
    throw new AppError(
      'invalid_input',
      `${wrong.join(', ')} ${wrong.length === 1 ? 'is not a country' : 'are not countries'} or subnational unit(s)`,
      { location: { field: 'areas' }, detail: 'Stock tables are made of countries or subnational units.' },
    );
  }
}

async function estimate(tx: Queryable, request: EstimateRequest): Promise<EstimateResult> {
  const { measure, occupation, sex, age, startYear, endYear, method } = request;
  const years = [startYear, endYear] as const;
  if (request.areas) await checkAreas(tx, request.areas);

  const params: unknown[] = [measure, occupation, sex, age, [...years], TABLE_KINDS];
  let filter = '';
  if (request.source) {
    params.push(request.source);
    filter += ` AND o.source = $${params.length}`;
  }
  if (request.areas) {
    params.push(request.areas);
    filter += ` AND o.area = ANY($${params.length}::text[])`;
  }
  const rows = await tx.query<StockRow>(
    `SELECT o.area, o.partner, p.kind AS partner_kind, o.year, o.value, o.source, o.batch_id
     FROM observation o JOIN area a ON a.code = o.area JOIN area p ON p.code = o.partner
     WHERE o.superseded_by IS NULL AND o.measure = $1 AND o.occupation = $2 AND o.sex = $3 AND o.age = $4
       AND o.year = ANY($5::int[]) AND a.kind = ANY($6::text[])${filter}
     ORDER BY o.area, o.year, o.partner, o.source`,
    params,
  );
  const columns = new Map<string, Column>();
  const columnKey = (area: string, year: number) => `${area} ${year}`;
  const seen = new Map<string, string>();
  for (const r of rows) {
    const cell = `${r.area} ${r.year} ${r.partner}`;
    const other = seen.get(cell);
    if (other !== undefined) {
      throw new AppError(
        'invalid_input',
        `${measure} of ${r.area} in ${r.year} from ${r.partner} is stored by more than one source or partner basis (${other}, ${r.source})`,
        { location: { field: 'source' }, hint: 'choose the source of the stocks with source' },
      );
    }
    seen.set(cell, r.source);
    const k = columnKey(r.area, r.year);
    let c = columns.get(k);
    if (!c) {
      c = {
        byPartner: new Map(),
        reportedTotal: null,
        partnerSum: 0,
        sources: new Set(),
        batches: new Set(),
      };
      columns.set(k, c);
    }
    c.sources.add(r.source);
    c.batches.add(r.batch_id);
    if (r.partner === TOTAL) c.reportedTotal = r.value;
    else if (r.partner !== r.area) {
      c.byPartner.set(r.partner, r.value);
      if (PARTNER_KINDS.has(r.partner_kind)) c.partnerSum += r.value;
    }
  }

  const candidates = request.areas ?? [...new Set(rows.map((r) => r.area))].sort();
  const needsTotals = method === 'ffs-demo';
  const totals = needsTotals
    ? await loadTotals(tx, request, candidates, columns)
    : new Map<string, TotalRow>();

  const dropped: DroppedArea[] = [];
  const areas: string[] = [];
  for (const area of candidates) {
    const noStock = years.filter((y) => !columns.has(columnKey(area, y)));
    if (noStock.length > 0) {
      dropped.push({ area, reason: `no ${measure} by partner stored for ${noStock.join(' and ')}` });
      continue;
    }
    const noTotal = needsTotals ? years.filter((y) => !totals.has(columnKey(area, y))) : [];
    if (noTotal.length > 0) {
      dropped.push({
        area,
        reason: `no total stock of ${occupation} stored for ${noTotal.join(' and ')} (needed for the diagonal)`,
      });
      continue;
    }
    areas.push(area);
  }
  if (areas.length < 2) {
    throw new AppError(
      'invalid_input',
      `Fewer than two areas have ${measure} of ${occupation} for both ${startYear} and ${endYear}`,
      {
        location: { field: request.areas ? 'areas' : 'measure' },
        detail: dropped.length
          ? dropped.map((d) => `${d.area}: ${d.reason}`).join('; ')
          : 'no stored values match',
        errors: dropped.map((d) => ({ field: 'areas', message: `${d.area}: ${d.reason}` })),
      },
    );
  }

  const inputBatches = new Set<number>();
  const n = areas.length;
  const tables: [Matrix, Matrix] = [[], []];
  const columnReports: ColumnReport[] = areas.map((area) => ({
    area,
    total: { start: null, end: null },
    foreign: { start: 0, end: 0 },
    foreignBasis: { start: 'reported-total', end: 'reported-total' },
    outsideSystem: { start: 0, end: 0 },
    assumedZero: { start: [], end: [] },
  }));
  years.forEach((year, t) => {
    const side = t === 0 ? 'start' : 'end';
    const m: Matrix = areas.map(() => new Array<number>(n).fill(0));
    areas.forEach((dest, j) => {
      const c = columns.get(columnKey(dest, year)) as Column;
      const report = columnReports[j] as ColumnReport;
      for (const b of c.batches) inputBatches.add(b);
      const foreign = c.reportedTotal ?? c.partnerSum;
      report.foreign[side] = foreign;
      report.foreignBasis[side] = c.reportedTotal === null ? 'sum-of-partners' : 'reported-total';
      let inside = 0;
      areas.forEach((origin, i) => {
        if (i === j) return;
        const v = c.byPartner.get(origin);
        if (v === undefined) report.assumedZero[side].push(origin);
        else {
          (m[i] as number[])[j] = v;
          inside += v;
        }
      });
      report.outsideSystem[side] = foreign - inside;
      if (needsTotals) {
        const total = totals.get(columnKey(dest, year)) as TotalRow;
        inputBatches.add(total.batch_id);
        report.total[side] = total.value;
        (m[j] as number[])[j] = total.value - foreign;
      }
    });
    tables[t] = m;
  });
  const [stockStart, stockEnd] = tables;

  let od: Matrix;
  let fits: Array<FitInfo & { step: string }> = [];
  let warnings: FlowWarning[] = [];
  let summary: EstimateResult['summary'];
  if (request.method === 'ffs-demo') {
    const r = ffsDemo(
      { areas, stockStart, stockEnd },
      {
        stayerAssumption: request.stayerAssumption,
        birthplaceTotals: request.matchBirthplace,
        matchGlobal: request.matchGlobal,
        tol: request.tol,
      },
    );
    od = r.od;
    fits = r.fits;
    warnings = r.warnings;
    summary = r.summary;
  } else {
    od = ffsDiff({ stockStart, stockEnd }, { decrease: request.decrease });
    summary = summariseFlows(od, { areas });
  }

  const { dryRun: _dryRun, ...applied } = request;
  const outputSource = estimateSource(method, startYear, endYear);
  const partnerBasis = PARTNER_BASIS[measure];
  const written = await store(tx, {
    request,
    areas,
    od,
    outputSource,
    partnerBasis,
    fingerprint: JSON.stringify({ applied, areas, stockStart, stockEnd }),
  });
  const sortedBatches = [...inputBatches].sort((a, b) => a - b);
  const [run] = await tx.query<{ id: number }>(
    `INSERT INTO estimation_run (batch_id, method, params, input_measure, occupation, start_year, end_year,
       output_measure, output_source, input_batches, areas, dropped_areas, warnings, retired)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::int[], $11::text[], $12::jsonb, $13::jsonb, $14)
     RETURNING id`,
    [
      written.batchId,
      method,
      JSON.stringify(applied),
      measure,
      occupation,
      startYear,
      endYear,
      FLOW_MEASURE,
      outputSource,
      sortedBatches,
      areas,
      JSON.stringify(dropped),
      JSON.stringify(warnings),
      written.retired,
    ],
  );
  if (!run) throw new AppError('internal', 'Could not record the estimation run');
  return {
    runId: request.dryRun ? null : run.id,
    batchId: request.dryRun ? null : written.batchId,
    dryRun: request.dryRun,
    method,
    params: applied,
    outputMeasure: FLOW_MEASURE,
    outputSource,
    partnerBasis,
    areas,
    dropped,
    inputBatches: sortedBatches,
    columns: columnReports,
    stockStart,
    stockEnd,
    od,
    summary,
    fits,
    warnings,
    stored: written.stored,
    revised: written.revised,
    unchanged: written.unchanged,
    retired: written.retired,
  };
}

/**
 * The total stock of each candidate area and year. When several sources hold it: `totalSource` if given, else the
 * source of that area's bilateral stocks, else the request is refused naming the sources. Areas lacking bilateral
 * stocks in a year need no total for it.
 */
async function loadTotals(
  tx: Queryable,
  request: EstimateRequest,
  candidates: readonly string[],
  columns: ReadonlyMap<string, Column>,
): Promise<Map<string, TotalRow>> {
  const params: unknown[] = [
    request.occupation,
    request.sex,
    request.age,
    [request.startYear, request.endYear],
  ];
  params.push(candidates);
  let filter = ` AND area = ANY($${params.length}::text[])`;
  if (request.totalSource) {
    params.push(request.totalSource);
    filter += ` AND source = $${params.length}`;
  }
  const rows = await tx.query<TotalRow>(
    `SELECT area, year, value, source, batch_id FROM observation
     WHERE superseded_by IS NULL AND measure = 'stock' AND occupation = $1 AND sex = $2 AND age = $3
       AND year = ANY($4::int[])${filter}
     ORDER BY area, year, source`,
    params,
  );
  const byKey = new Map<string, TotalRow[]>();
  for (const r of rows) {
    const k = `${r.area} ${r.year}`;
    byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  const chosen = new Map<string, TotalRow>();
  for (const [k, options] of byKey) {
    const [first] = options;
    if (!first) continue;
    if (options.length === 1) {
      chosen.set(k, first);
      continue;
    }
    const column = columns.get(k);
    // An area without bilateral stocks that year is dropped for that reason; its total needs no choice.
    if (!column) continue;
    const same = options.filter((o) => column.sources.has(o.source));
    if (same.length === 1 && same[0]) {
      chosen.set(k, same[0]);
      continue;
    }
    throw new AppError(
      'invalid_input',
      `The total stock of ${first.area} in ${first.year} is stored by several sources (${options.map((o) => o.source).join(', ')})`,
      { location: { field: 'totalSource' }, hint: 'choose one with totalSource' },
    );
  }
  return chosen;
}

interface Written {
  batchId: number;
  stored: number;
  revised: number;
  unchanged: number;
  retired: number;
}

/** Stores the off-diagonal flows as one batch through the import stage, with the import's revision rules. */
async function store(
  tx: Queryable,
  input: {
    request: EstimateRequest;
    areas: readonly string[];
    od: Matrix;
    outputSource: string;
    partnerBasis: PartnerBasis;
    fingerprint: string;
  },
): Promise<Written> {
  const { request, areas, od, outputSource, partnerBasis } = input;
  const { method, measure, occupation, sex, age, startYear, endYear } = request;
  const comment = `${method} from ${measure}, ${startYear}-${endYear}`;
  const lines: string[] = [];
  areas.forEach((origin, i) => {
    areas.forEach((destination, j) => {
      if (i === j) return;
      const seq = lines.length + 1;
      const record: ImportRecord = {
        row: seq,
        source: outputSource,
        measure: FLOW_MEASURE,
        area: destination,
        areaColumn: 'area',
        year: endYear,
        occupation,
        sex,
        age,
        partner: origin,
        partnerColumn: 'partner',
        partnerBasis,
        value: od[i]?.[j] ?? 0,
        flags: [OBSERVATION_FLAGS.estimated],
        comment,
        series: `${method}:${startYear}-${endYear}`,
      };
      lines.push(stageLine(seq, record, destination, origin));
    });
  });
  await tx.exec(CREATE_STAGE_SQL);
  await tx.copyCsv('import_stage', STAGE_COLUMNS, `${lines.join('\n')}\n`);
  await tx.query(
    `INSERT INTO source (code, name, publisher, url, licence) VALUES ($1, $2, 'hwmo', NULL, NULL)
     ON CONFLICT (code) DO NOTHING`,
    [outputSource, `hwmo estimate: flows from stocks by ${method}, ${startYear}-${endYear}`],
  );
  const bytes = Buffer.from(input.fingerprint, 'utf8');
  const [batch] = await tx.query<{ id: number }>(
    `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
       unchanged, skipped) VALUES ($1, $2, $3, $4, NULL, 'committed', $5, 0, 0, 0, 0) RETURNING id`,
    [
      `${method} ${measure} ${occupation} ${startYear}-${endYear}`,
      createHash('sha256').update(bytes).digest('hex'),
      bytes.byteLength,
      BATCH_FORMAT,
      lines.length,
    ],
  );
  if (!batch) throw new AppError('internal', 'Could not create the estimate batch');
  const committed = await commitStaged(tx, batch.id);
  // The previous estimate's flows between areas this run does not cover have no successor: they stop being current.
  const [retired] = await tx.query<{ n: number }>(
    `WITH r AS (
       UPDATE observation o SET superseded_by = $1
       WHERE o.superseded_by IS NULL AND o.measure = $2 AND o.source = $3 AND o.occupation = $4 AND o.sex = $5
         AND o.age = $6 AND o.partner_basis = $7
         AND NOT EXISTS (SELECT 1 FROM import_stage s WHERE s.area = o.area AND s.partner = o.partner AND s.year = o.year)
       RETURNING 1)
     SELECT count(*)::int AS n FROM r`,
    [batch.id, FLOW_MEASURE, outputSource, occupation, sex, age, partnerBasis],
  );
  const written: Written = {
    batchId: batch.id,
    stored: committed.inserted - committed.revised,
    revised: committed.revised,
    unchanged: committed.staged - committed.inserted,
    retired: retired?.n ?? 0,
  };
  await tx.query('UPDATE import_batch SET stored = $2, revised = $3, unchanged = $4 WHERE id = $1', [
    batch.id,
    written.stored,
    written.revised,
    written.unchanged,
  ]);
  return written;
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

/** Estimation runs, newest first, with their provenance and the state of their batch. */
export async function listEstimationRuns(db: Queryable, query: EstimationRunQuery): Promise<EstimationRun[]> {
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
      partnerBasis: PARTNER_BASIS[r.input_measure as EstimateRequest['measure']],
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
