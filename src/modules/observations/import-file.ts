import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../platform/config.ts';
import type { Database, Queryable } from '../../platform/db/client.ts';
import { AppError, type ErrorLocation } from '../../platform/errors.ts';
import type { AreaResolver } from '../reference/index.ts';
import { describeSource, findMeasure, findOccupation, NOT_APPLICABLE } from '../reference/index.ts';
import { openImportFile, type SavedMapping } from './importers/index.ts';
import { checkMapping } from './importers/mapping.ts';
import { type ImportWarning, TotalsReconciler, totalLabel } from './importers/totals.ts';
import type { FormatName, ImportEvent, ImportInput, ImportRecord, SkippedRow } from './importers/types.ts';

export type { ImportReport };

import { loadAreaResolver } from '../reference/index.ts';
import type { ColumnMapping } from './mapping-schema.ts';
import { holdBackUnterminated, unstorable, type Warning } from './safe-records.ts';
import type { ImportReport } from './schemas.ts';
import {
  CREATE_STAGE_SQL,
  commitStaged,
  KEY_COLUMNS,
  OBSERVATION_WRITE_LOCK,
  STAGE_COLUMNS,
  stageLine,
} from './stage.ts';

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

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

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
  if (!input.path) throw new AppError('invalid_input', 'An import needs a file path or the file bytes');
  const size = await stat(input.path).then(
    (s) => s.size,
    (cause: unknown) => {
      throw new AppError('not_found', `Cannot read ${input.path}`, {
        detail: cause instanceof Error ? cause.message : String(cause),
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
    throw new AppError('internal', `Importer produced unknown measure ${r.measure}`, { location: where });
  if (measure.byOccupation ? !findOccupation(r.occupation) : r.occupation !== NOT_APPLICABLE) {
    throw new AppError('internal', `Importer produced occupation ${r.occupation} for ${r.measure}`, {
      location: where,
    });
  }
}

/** Reads one file and writes it as one batch in one transaction: all of it lands, or nothing does. */
export async function importFile(db: Database, options: ImportFileOptions): Promise<ImportReport> {
  const started = Date.now();
  const { input } = options;
  const file = input.fileName;
  const print = await fingerprint(input);
  const resolver = await loadAreaResolver(db);
  if (options.mapping && options.mappingFrom !== undefined) {
    throw new AppError('invalid_input', 'give a mapping or the batch to take it from, not both');
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

  try {
    return await db.transaction(async (tx) => {
      // Imports touching the same keys must not interleave, also across processes sharing one server.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [OBSERVATION_WRITE_LOCK]);
      await tx.exec(CREATE_STAGE_SQL);
      const scan = await stageRecords(tx, parsed.events, resolver, where, options, print.lines);
      if (scan.unknown.length > 0 && !options.skipUnknownAreas) {
        const first = scan.unknown[0] as ErrorLocation & { message: string };
        throw new AppError(
          'unknown_area',
          `${first.message} (${where}, row ${first.row}, column "${first.column}")`,
          {
            detail: `${scan.unknownCount} row(s) name an area hwmo does not know; nothing was imported.`,
            hint: 'correct the code or name, add the area to the reference tables, or import with --skip-unknown-areas',
            location: {
              file: where,
              ...(first.row ? { row: first.row } : {}),
              ...(first.column ? { column: first.column } : {}),
            },
            errors: scan.unknown,
          },
        );
      }
      for (const u of scan.unknown) {
        scan.skipped.push({ row: u.row ?? 0, column: u.column ?? null, reason: u.message });
      }
      const warnings: Warning[] = [];
      const unterminated = parsed.unterminatedRow ?? null;
      if (unterminated !== null) {
        const held = await holdBackUnterminated(tx, unterminated, options.acceptUnterminated ?? false);
        scan.skipped.push(...held.skipped);
        warnings.push(held.warning);
      }
      await tx.exec('ANALYZE import_stage');
      const duplicates = await tx.query<{ seq: number; source_row: number; first_row: number }>(
        `SELECT s.seq, s.source_row, d.first_row FROM import_stage s
         JOIN (SELECT ${KEY_COLUMNS}, min(seq) AS first_seq, min(source_row) AS first_row FROM import_stage
               GROUP BY ${KEY_COLUMNS} HAVING count(*) > 1) d USING (${KEY_COLUMNS})
         WHERE s.seq <> d.first_seq ORDER BY s.seq`,
      );
      for (const d of duplicates) {
        scan.skipped.push({
          row: d.source_row,
          column: null,
          reason: `same observation as row ${d.first_row}`,
        });
      }
      if (duplicates.length > 0) {
        await tx.query('DELETE FROM import_stage WHERE seq = ANY($1::int[])', [duplicates.map((d) => d.seq)]);
      }
      // Nothing current shares a source and measure with the file (a first import): every staged row is new.
      const [overlap] = await tx.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM observation o
           WHERE o.superseded_by IS NULL AND (o.source, o.measure) IN (SELECT DISTINCT source, measure FROM import_stage))
         AS any`,
      );
      const fresh = overlap?.any === false;

      for (const code of scan.sources) {
        const s = describeSource(code);
        await tx.query(
          'INSERT INTO source (code, name, publisher, url, licence) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING',
          [s.code, s.name, s.publisher, s.url, s.licence],
        );
      }
      const [batch] = await tx.query<{ id: number }>(
        `INSERT INTO import_batch (file_name, file_sha256, file_bytes, format, sheet, status, rows_read, stored, revised,
           unchanged, skipped, mapping, header_signature)
         VALUES ($1, $2, $3, $4, $5, 'committed', 0, 0, 0, 0, 0, $6::jsonb, $7) RETURNING id`,
        [
          file,
          print.sha256,
          print.bytes,
          parsed.format,
          parsed.sheet,
          parsed.mapping ? JSON.stringify(parsed.mapping.mapping) : null,
          parsed.headerSignature,
        ],
      );
      if (!batch) throw new AppError('internal', 'Could not create the import batch');
      const committed = await commitStaged(tx, batch.id, fresh);
      const nRevised = committed.revised;
      const nInserted = committed.inserted;
      const skippedRows = scan.skipped.sort((a, b) => a.row - b.row);
      const report: ImportReport = {
        file,
        format: parsed.format,
        sheet: parsed.sheet,
        sha256: print.sha256,
        bytes: print.bytes,
        batchId: options.dryRun ? null : batch.id,
        dryRun: options.dryRun ?? false,
        rowsRead: scan.rowsRead,
        stored: nInserted - nRevised,
        revised: nRevised,
        unchanged: committed.staged - nInserted,
        skipped: skippedRows.length,
        skippedRows,
        skippedByReason: groupReasons(skippedRows),
        sources: [...scan.sources].sort(),
        measures: [...scan.measures].sort(),
        years: scan.years,
        mapping: parsed.mapping,
        warnings: [...warnings, ...parsed.warnings, ...scan.warnings],
        durationMs: Date.now() - started,
      };
      await tx.query(
        `UPDATE import_batch SET rows_read = $2, stored = $3, revised = $4, unchanged = $5, skipped = $6,
           skipped_rows = $7::jsonb WHERE id = $1`,
        [
          batch.id,
          report.rowsRead,
          report.stored,
          report.revised,
          report.unchanged,
          report.skipped,
          JSON.stringify(skippedRows),
        ],
      );
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return { ...e.report, durationMs: Date.now() - started };
    throw e;
  }
}

interface Scan {
  rowsRead: number;
  skipped: SkippedRow[];
  unknown: Array<ErrorLocation & { message: string }>;
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
  const unknownArea = (row: number, column: string | null, raw: string, role: string) => {
    scan.unknownCount++;
    if (options.skipUnknownAreas || scan.unknown.length < MAX_REPORTED_ERRORS) {
      const meanings = resolver.ambiguity(raw);
      const message = meanings
        ? `ambiguous ${role} ${JSON.stringify(raw)}: it names ${meanings
            .map((m) => `${m.code} (${m.lang})`)
            .join(' and ')} in different languages; write the ISO code instead`
        : `unknown ${role} ${JSON.stringify(raw)}`;
      scan.unknown.push({ row, column: column ?? '', message });
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
    copying = tx.copyCsv('import_stage', STAGE_COLUMNS, csv);
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
      scan.skipped.push({ row: r.row, column: r.areaColumn, reason: 'total row' });
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
      scan.skipped.push({ row: r.row, column: r.areaColumn, reason: `"${r.area}" is not a reporting area` });
      continue;
    }
    let partner = NOT_APPLICABLE;
    if (r.partner !== NOT_APPLICABLE) {
      const p = resolver.resolve(r.partner);
      if (!p) {
        unknownArea(r.row, r.partnerColumn, r.partner, 'partner area');
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
  const [row] = await db.query<{ mapping: unknown }>('SELECT mapping FROM import_batch WHERE id = $1', [
    batchId,
  ]);
  if (!row)
    throw new AppError('not_found', `No batch ${batchId}`, { hint: '`hwmo batches` lists the batches' });
  if (row.mapping === null) {
    throw new AppError('invalid_input', `batch ${batchId} was not read through a column mapping`, {
      hint: 'name a batch whose format is "mapped" (`hwmo batches`), or give the mapping with --mapping FILE',
    });
  }
  return checkMapping(
    typeof row.mapping === 'string' ? JSON.parse(row.mapping) : row.mapping,
    `batch ${batchId}`,
  );
}

/** The latest committed batch's mapping for one of these header signatures. */
async function savedMapping(db: Queryable, signatures: string[]): Promise<SavedMapping | null> {
  const [row] = await db.query<{ id: number; mapping: unknown; header_signature: string }>(
    `SELECT id, mapping, header_signature FROM import_batch
     WHERE mapping IS NOT NULL AND status = 'committed' AND header_signature = ANY($1::text[])
     ORDER BY id DESC LIMIT 1`,
    [signatures],
  );
  if (!row) return null;
  const value = typeof row.mapping === 'string' ? JSON.parse(row.mapping) : row.mapping;
  return {
    mapping: checkMapping(value, `batch ${row.id}`),
    batchId: row.id,
    signature: row.header_signature,
  };
}

function groupReasons(rows: readonly SkippedRow[]): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
