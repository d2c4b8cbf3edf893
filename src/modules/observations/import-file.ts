import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { assertCan, can } from '../../platform/auth/permissions.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { checkDataGuards } from '../../platform/db/data-guards.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { render, type Text } from '../../platform/i18n/messages.ts';
import type { AreaResolver } from '../reference/index.ts';
import {
  describeSource,
  findMeasure,
  findOccupation,
  loadAreaResolver,
  NOT_APPLICABLE,
} from '../reference/index.ts';
import { groupReasons, unstorable, type Warning } from './domain/records.ts';
import { scopeRefusal } from './domain/scope.ts';
import { openImportFile, type SavedMapping } from './importers/index.ts';
import { checkMapping } from './importers/mapping.ts';
import { type ImportWarning, TotalsReconciler, totalLabel } from './importers/totals.ts';
import type {
  FormatName,
  ImportEvent,
  ImportInput,
  ImportRecord,
  Reason,
  SkippedRow,
} from './importers/types.ts';
import { text as msg } from './messages.ts';
import {
  ensureSource,
  insertBatch,
  selectBatchMapping,
  selectSavedMapping,
  updateBatchCounts,
} from './repo.ts';
import {
  analyzeStage,
  commitStaged,
  copyToStage,
  createStage,
  removeDuplicates,
  stageAreas,
  stageChangedCells,
  stageLine,
  stageOverlapsCurrent,
} from './repo-stage.ts';
import { holdBackUnterminated } from './safe-records.ts';
import type { ColumnMapping, ImportReport } from './schemas.ts';

export type { ImportReport };

export interface ImportFileOptions {
  input: ImportInput;
  format?: FormatName;
  sheet?: string;
  dryRun?: boolean;
  /** Skip rows whose area is unknown instead of refusing the file. */
  skipUnknownAreas?: boolean;
  /** Read the file through this column mapping (`--mapping`, form field `mapping`). */
  mapping?: ColumnMapping;
  /** Read the file through the mapping saved with this batch (`--mapping-from`, form field `mappingFrom`). */
  mappingFrom?: number;
  onProgress?: (progress: { rowsRead: number; totalLines: number }) => void;
  /** Bounds on what the file may hold (config's HWMO_MAX_* limits); DEFAULT_IMPORT_LIMITS when absent. */
  limits?: ImportLimits;
  /** Let a last line without a line terminator revise stored values (it is taken as complete). */
  acceptUnterminated?: boolean;
  /** Filled with the first `limit` records as they are staged, areas resolved to their codes (the import page's preview). */
  previewRows?: { limit: number; rows: ImportRecord[] };
}

const COPY_CHUNK = 20_000;
const MAX_REPORTED_ERRORS = 50;
const MEMO_LIMIT = 10_000;

async function fingerprint(input: ImportInput): Promise<{ sha256: string; bytes: number; lines: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  const count = (chunk: Uint8Array) => {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  };
  if (input.bytes) {
    count(input.bytes);
    return { sha256: hash.digest('hex'), bytes: input.bytes.byteLength, lines };
  }
  if (!input.path) throw new AppError('invalid_input', msg('needsFile'));
  const size = await stat(input.path).then(
    (s) => s.size,
    (cause: unknown) => {
      throw new AppError('not_found', msg('cannotRead', { path: input.path ?? input.fileName }), {
        detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
        location: { file: input.fileName },
      });
    },
  );
  for await (const chunk of createReadStream(input.path)) count(chunk as Buffer);
  return { sha256: hash.digest('hex'), bytes: size, lines };
}

function checkRecord(r: ImportRecord, file: string): void {
  const measure = findMeasure(r.measure);
  const where = { file, row: r.row };
  if (!measure)
    throw new AppError('internal', msg('importerUnknownMeasure', { measure: r.measure }), {
      location: where,
    });
  if (measure.byOccupation ? !findOccupation(r.occupation) : r.occupation !== NOT_APPLICABLE) {
    throw new AppError(
      'internal',
      msg('importerOccupation', { occupation: r.occupation, measure: r.measure }),
      {
        location: where,
      },
    );
  }
}

/**
 * Reads one file and writes it as one batch in one transaction: all of it lands, or nothing does. An actor bound
 * to areas imports only rows of those areas: a file with rows of any other is refused whole.
 */
export async function importFile(ctx: Ctx, options: ImportFileOptions): Promise<ImportReport> {
  assertCan(ctx.actor, 'data.import');
  const started = Date.now();
  const { db } = ctx;
  const { input } = options;
  const file = input.fileName;
  const print = await fingerprint(input);
  const resolver = await loadAreaResolver(db);
  if (options.mapping && options.mappingFrom !== undefined) {
    throw new AppError('invalid_input', msg('mappingAndFrom'));
  }
  const mapping =
    options.mappingFrom !== undefined ? await batchMapping(db, options.mappingFrom) : options.mapping;
  const parsed = await openImportFile(input, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    limits: options.limits ?? DEFAULT_IMPORT_LIMITS,
    ...(mapping ? { mapping } : {}),
    savedMapping: (signatures) => savedMapping(db, signatures),
  });
  if (parsed.mapping && options.mappingFrom !== undefined) {
    parsed.mapping = { ...parsed.mapping, origin: 'saved', batchId: options.mappingFrom };
  }
  const where = parsed.sheet ? `${file} [${parsed.sheet}]` : file;
  const dryRun = options.dryRun ?? false;

  const report = await mutation(
    ctx,
    'batch.import',
    async (tx) => {
      await createStage(tx);
      const scan = await stageRecords(tx, parsed.events, resolver, where, options, print.lines);
      const areas = await stageAreas(tx);
      const refusal = scopeRefusal(
        areas,
        (area) => can(ctx.actor, 'data.import', { area }),
        { kind: 'import' },
        where,
      );
      if (refusal) {
        const [first] = refusal.errors;
        throw new AppError('forbidden', refusal.message, {
          detail: refusal.detail,
          hint: msg('scopeImportHint'),
          ...(first ? { location: { file: first.file, row: first.row } } : {}),
          errors: refusal.errors,
        });
      }
      if (scan.unknown.length > 0 && !options.skipUnknownAreas) {
        const first = scan.unknown[0] as UnknownArea;
        throw new AppError(
          'unknown_area',
          msg(LOCATED[first.key], { ...first.params, file: where, row: first.row, column: first.column }),
          {
            detail: msg('unknownAreasDetail', { count: scan.unknownCount }),
            hint: msg('unknownAreasHint'),
            location: {
              file: where,
              ...(first.row ? { row: first.row } : {}),
              ...(first.column ? { column: first.column } : {}),
            },
            errors: scan.unknown.map(({ row, column, message }) => ({ row, column, message })),
          },
        );
      }
      for (const u of scan.unknown) {
        scan.skipped.push({ row: u.row, column: u.column || null, reason: render(u.message) });
      }
      const warnings: Warning[] = [];
      const unterminated = parsed.unterminatedRow ?? null;
      if (unterminated !== null) {
        const held = await holdBackUnterminated(tx, unterminated, options.acceptUnterminated ?? false);
        scan.skipped.push(...held.skipped);
        warnings.push(held.warning);
      }
      await analyzeStage(tx);
      for (const d of await removeDuplicates(tx)) {
        scan.skipped.push({ row: d.row, column: null, reason: msg('sameObservation', { row: d.firstRow }) });
      }
      // Nothing current shares a source and measure with the file (a first import): every staged row is new.
      const fresh = !(await stageOverlapsCurrent(tx));
      const changed = await stageChangedCells(tx, fresh);
      if (changed.import.length > 0) await checkDataGuards(tx, changed.import, 'import');
      if (changed.revise.length > 0) await checkDataGuards(tx, changed.revise, 'revise');

      for (const code of scan.sources) await ensureSource(tx, describeSource(code));
      const batchId = await insertBatch(tx, {
        file,
        sha256: print.sha256,
        bytes: print.bytes,
        format: parsed.format,
        sheet: parsed.sheet,
        mapping: parsed.mapping ? parsed.mapping.mapping : null,
        headerSignature: parsed.headerSignature,
      });
      const committed = await commitStaged(tx, batchId, fresh);
      // The report speaks the reader's language; the batch keeps its skipped rows in English.
      const say = (r: Reason) => render(r, ctx.lang);
      const sorted = scan.skipped.sort((a, b) => a.row - b.row);
      const skippedRows = sorted.map((r) => ({ ...r, reason: say(r.reason) }));
      const result: ImportReport = {
        file,
        format: parsed.format,
        sheet: parsed.sheet,
        sha256: print.sha256,
        bytes: print.bytes,
        batchId: dryRun ? null : batchId,
        dryRun,
        rowsRead: scan.rowsRead,
        stored: committed.inserted - committed.revised,
        revised: committed.revised,
        unchanged: committed.staged - committed.inserted,
        skipped: skippedRows.length,
        skippedRows,
        skippedByReason: groupReasons(skippedRows),
        sources: [...scan.sources].sort(),
        measures: [...scan.measures].sort(),
        years: scan.years,
        mapping: parsed.mapping,
        warnings: [...warnings, ...parsed.warnings, ...scan.warnings].map((w) => ({
          ...w,
          message: say(w.message),
        })),
        durationMs: 0,
      };
      await updateBatchCounts(tx, batchId, {
        ...result,
        skippedRows:
          ctx.lang === 'en' ? skippedRows : sorted.map((r) => ({ ...r, reason: render(r.reason) })),
      });
      await tx.audit({
        action: 'batch.import',
        objectType: 'import_batch',
        objectId: String(batchId),
        area: areas.length === 1 ? (areas[0]?.area ?? null) : null,
        after: {
          file,
          sha256: print.sha256,
          bytes: print.bytes,
          format: parsed.format,
          sheet: parsed.sheet,
          rowsRead: result.rowsRead,
          stored: result.stored,
          revised: result.revised,
          unchanged: result.unchanged,
          skipped: result.skipped,
          areas: areas.map((a) => a.area),
          sources: result.sources,
          years: result.years,
        },
      });
      return result;
    },
    { dryRun },
  );
  return { ...report, durationMs: Date.now() - started };
}

/** The message of the first unknown area, which says where it is. */
const LOCATED = {
  unknownAreaRow: 'unknownAreaIn',
  unknownPartnerRow: 'unknownPartnerIn',
  ambiguousAreaRow: 'ambiguousAreaIn',
  ambiguousPartnerRow: 'ambiguousPartnerIn',
} as const;

/** A row naming an area hwmo does not know (or that names several): its message as data, and where it is. */
interface UnknownArea {
  row: number;
  column: string;
  key: keyof typeof LOCATED;
  params: { value: string; meanings?: string };
  message: Text;
}

interface Scan {
  rowsRead: number;
  skipped: SkippedRow[];
  unknown: UnknownArea[];
  unknownCount: number;
  sources: Set<string>;
  measures: Set<string>;
  years: { from: number; to: number } | null;
  warnings: ImportWarning[];
}

async function stageRecords(
  tx: Queryable,
  events: AsyncIterable<ImportEvent>,
  resolver: AreaResolver,
  file: string,
  options: ImportFileOptions,
  totalLines: number,
): Promise<Scan> {
  const scan: Scan = {
    rowsRead: 0,
    skipped: [],
    unknown: [],
    unknownCount: 0,
    sources: new Set(),
    measures: new Set(),
    years: null,
    warnings: [],
  };
  const totals = new TotalsReconciler();
  const totalLevels = new Map<string, ReturnType<typeof totalLabel>>();
  const unknownArea = (row: number, column: string | null, raw: string, role: 'area' | 'partner') => {
    scan.unknownCount++;
    if (options.skipUnknownAreas || scan.unknown.length < MAX_REPORTED_ERRORS) {
      const meanings = resolver.ambiguity(raw);
      const value = JSON.stringify(raw);
      const key = meanings
        ? role === 'area'
          ? 'ambiguousAreaRow'
          : 'ambiguousPartnerRow'
        : role === 'area'
          ? 'unknownAreaRow'
          : 'unknownPartnerRow';
      const params = meanings
        ? { value, meanings: meanings.map((m) => `${m.code} (${m.lang})`).join(', ') }
        : { value };
      scan.unknown.push({ row, column: column ?? '', key, params, message: msg(key, params) });
    }
  };
  let lines: string[] = [];
  // One COPY runs while the next chunk is parsed; a server does the loading in its own process meanwhile.
  let copying: Promise<void> = Promise.resolve();
  const flush = async () => {
    await copying;
    if (lines.length === 0) return;
    const csv = `${lines.join('\n')}\n`;
    lines = [];
    copying = copyToStage(tx, csv);
    // Awaited at the next flush; marked handled so a parse error meanwhile does not crash the process.
    copying.catch(() => {});
  };
  for await (const event of events) {
    scan.rowsRead++;
    if (options.onProgress && scan.rowsRead % 5000 === 0) {
      options.onProgress({ rowsRead: scan.rowsRead, totalLines });
    }
    if (event.type === 'skip') {
      scan.skipped.push(event.skip);
      continue;
    }
    const r = event.record;
    checkRecord(r, file);
    const bad = unstorable(r, file);
    if (bad) {
      scan.skipped.push(bad);
      continue;
    }
    let level = totalLevels.get(r.area);
    if (level === undefined) {
      level = totalLabel(r.area);
      if (totalLevels.size < MEMO_LIMIT) totalLevels.set(r.area, level);
    }
    if (level) {
      scan.skipped.push({ row: r.row, column: r.areaColumn, reason: msg('totalRow') });
      const warning = totals.total(r, level);
      if (warning && scan.warnings.length < MAX_REPORTED_ERRORS) scan.warnings.push(warning);
      continue;
    }
    totals.add(r);
    const area = resolver.resolve(r.area);
    if (!area) {
      unknownArea(r.row, r.areaColumn, r.area, 'area');
      continue;
    }
    if (area.kind === 'total' || area.kind === 'unspecified' || area.kind === 'none') {
      scan.skipped.push({
        row: r.row,
        column: r.areaColumn,
        reason: msg('notReportingArea', { area: `"${r.area}"` }),
      });
      continue;
    }
    let partner = NOT_APPLICABLE;
    if (r.partner !== NOT_APPLICABLE) {
      const p = resolver.resolve(r.partner);
      if (!p) {
        unknownArea(r.row, r.partnerColumn, r.partner, 'partner');
        continue;
      }
      partner = p.code;
    }
    scan.sources.add(r.source);
    scan.measures.add(r.measure);
    scan.years = scan.years
      ? { from: Math.min(scan.years.from, r.year), to: Math.max(scan.years.to, r.year) }
      : { from: r.year, to: r.year };
    lines.push(stageLine(scan.rowsRead, r, area.code, partner));
    const preview = options.previewRows;
    if (preview && preview.rows.length < preview.limit) preview.rows.push({ ...r, area: area.code, partner });
    if (lines.length >= COPY_CHUNK) await flush();
  }
  await flush();
  await copying;
  return scan;
}

/** The mapping saved with a batch. */
async function batchMapping(db: Queryable, batchId: number): Promise<ColumnMapping> {
  const mapping = await selectBatchMapping(db, batchId);
  if (mapping === undefined)
    throw new AppError('not_found', msg('noBatch', { id: batchId }), { hint: msg('batchesListHint') });
  if (mapping === null) {
    throw new AppError('invalid_input', msg('batchNotMapped', { id: batchId }), {
      hint: msg('batchNotMappedHint'),
    });
  }
  return checkMapping(mapping, `batch ${batchId}`);
}

/** The latest committed batch's mapping for one of these header signatures. */
async function savedMapping(db: Queryable, signatures: string[]): Promise<SavedMapping | null> {
  const row = await selectSavedMapping(db, signatures);
  if (!row) return null;
  return {
    mapping: checkMapping(row.mapping, `batch ${row.batchId}`),
    batchId: row.batchId,
    signature: row.signature,
  };
}
