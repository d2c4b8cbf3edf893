import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { ImportRecord } from '../observations/index.ts';
import {
  CREATE_STAGE_SQL,
  checkCodes,
  commitStaged,
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
import { flowText } from './domain/messages.ts';
import {
  areaKinds,
  bilateralStocks,
  ensureEstimateSource,
  insertEstimateBatch,
  insertRun,
  retireUncovered,
  setBatchCounts,
  type TotalRow,
  totalStocks,
} from './repo.ts';
import type { DroppedArea, EstimateRequest, EstimateResult } from './schemas.ts';

/** Flows estimated from stocks are stored under this measure: area = destination, partner = origin. */
export const FLOW_MEASURE = 'migration-flow';
const BATCH_FORMAT = 'flow-estimate';
/** Areas that can be rows and columns of a stock table. */
const TABLE_KINDS = ['country', 'subnational'];
/** Partner kinds summed into an area's foreign stock when no all-partners total is stored (aggregates would double count). */
const PARTNER_KINDS = new Set(['country', 'subnational', 'unspecified']);

export const PARTNER_BASIS = {
  'foreign-trained-stock': 'training',
  'foreign-born-stock': 'birth',
} as const satisfies Record<EstimateRequest['measure'], PartnerBasis>;

type ColumnReport = EstimateResult['columns'][number];

/** The source code under which an estimate is stored: one per method and period, so re-running it revises it. */
export function estimateSource(
  method: EstimateRequest['method'],
  startYear: number,
  endYear: number,
): string {
  return `HWMO.${method.toUpperCase().replaceAll('-', '_')}.${startYear}-${endYear}`;
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
export async function estimateStoredFlows(ctx: Ctx, request: EstimateRequest): Promise<EstimateResult> {
  assertCan(ctx.actor, 'flows.store');
  await checkCodes(
    ctx.db,
    {
      area: request.areas,
      source: [request.source, request.totalSource].filter((x): x is string => x !== undefined),
    },
    { area: 'areas' },
  );
  return mutation(
    ctx,
    'flows.estimate',
    async (tx) => {
      const result = await estimate(tx, request);
      await tx.audit({
        action: 'flows.estimate',
        objectType: 'estimation_run',
        objectId: String(result.runId ?? 'dry-run'),
        after: {
          method: result.method,
          params: result.params,
          outputSource: result.outputSource,
          batchId: result.batchId,
          areas: result.areas,
          stored: result.stored,
          revised: result.revised,
          unchanged: result.unchanged,
          retired: result.retired,
        },
      });
      return result;
    },
    { dryRun: request.dryRun },
  );
}

async function checkAreas(tx: Queryable, areas: readonly string[]): Promise<void> {
  const kinds = await areaKinds(tx, areas);
  const unknown = areas.filter((a) => !kinds.has(a));
  if (unknown.length > 0) {
    throw new AppError('unknown_area', flowText('unknown_areas', { codes: unknown.join(', ') }), {
      location: { field: 'areas' },
      hint: flowText('areas_hint'),
    });
  }
  const wrong = areas.filter((a) => !TABLE_KINDS.includes(kinds.get(a) ?? ''));
  if (wrong.length > 0) {
    throw new AppError(
      'invalid_input',
      flowText('not_table_areas', { codes: wrong.join(', '), count: wrong.length }),
      { location: { field: 'areas' }, detail: flowText('stock_tables_detail') },
    );
  }
}

async function estimate(tx: Queryable, request: EstimateRequest): Promise<EstimateResult> {
  const { measure, occupation, startYear, endYear, method } = request;
  const years = [startYear, endYear] as const;
  if (request.areas) await checkAreas(tx, request.areas);

  const rows = await bilateralStocks(tx, request, TABLE_KINDS);
  const columns = new Map<string, Column>();
  const columnKey = (area: string, year: number) => `${area} ${year}`;
  const seen = new Map<string, string>();
  for (const r of rows) {
    const cell = `${r.area} ${r.year} ${r.partner}`;
    const other = seen.get(cell);
    if (other !== undefined) {
      throw new AppError(
        'invalid_input',
        flowText('several_sources', {
          measure,
          area: r.area,
          year: r.year,
          partner: r.partner,
          a: other,
          b: r.source,
        }),
        { location: { field: 'source' }, hint: flowText('source_hint') },
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
      flowText('few_areas', { measure, occupation, start: startYear, end: endYear }),
      {
        location: { field: request.areas ? 'areas' : 'measure' },
        detail: dropped.length
          ? dropped.map((d) => `${d.area}: ${d.reason}`).join('; ')
          : flowText('no_match_detail'),
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
  const runId = await insertRun(tx, {
    batchId: written.batchId,
    method,
    params: applied,
    inputMeasure: measure,
    occupation,
    startYear,
    endYear,
    outputMeasure: FLOW_MEASURE,
    outputSource,
    inputBatches: sortedBatches,
    areas,
    dropped,
    warnings,
    retired: written.retired,
  });
  return {
    runId: request.dryRun ? null : runId,
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
  const rows = await totalStocks(tx, request, candidates);
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
      flowText('total_sources', {
        area: first.area,
        year: first.year,
        sources: options.map((o) => o.source).join(', '),
      }),
      { location: { field: 'totalSource' }, hint: flowText('total_source_hint') },
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
  await ensureEstimateSource(
    tx,
    outputSource,
    `hwmo estimate: flows from stocks by ${method}, ${startYear}-${endYear}`,
  );
  const batchId = await insertEstimateBatch(tx, {
    fileName: `${method} ${measure} ${occupation} ${startYear}-${endYear}`,
    fingerprint: input.fingerprint,
    format: BATCH_FORMAT,
    rows: lines.length,
  });
  const committed = await commitStaged(tx, batchId);
  // The previous estimate's flows between areas this run does not cover have no successor: they stop being current.
  const retired = await retireUncovered(tx, batchId, {
    measure: FLOW_MEASURE,
    source: outputSource,
    occupation,
    sex,
    age,
    partnerBasis,
  });
  const written: Written = {
    batchId,
    stored: committed.inserted - committed.revised,
    revised: committed.revised,
    unchanged: committed.staged - committed.inserted,
    retired,
  };
  await setBatchCounts(tx, batchId, written);
  return written;
}
