import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportLimits } from '../../../platform/config.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Text } from '../../../platform/i18n/messages.ts';
import { text as msg } from '../messages.ts';
import type { ColumnMapping } from '../schemas.ts';
import { openCsvRows } from './csv-rows.ts';
import { detectEncoding, headText, refuseNonText } from './decode.ts';
import { type FormatContext, type FormatSpec, Header, type RowReader, skip } from './format.ts';
import { HWMO_TEMPLATE_HEADER, hwmoTemplate } from './hwmo-template.ts';
import { longPopulation } from './long-population.ts';
import { bindMapping, checkMapping, headerSignature, mappedReader } from './mapping.ts';
import {
  AUTO_MAPPING_CONFIDENCE,
  describeSuggestion,
  filledCells,
  MAX_HEADER_SEARCH_ROWS,
  MAX_MAPPED_COLUMNS,
  type MappingSuggestion,
  suggestMapping,
} from './mapping-suggest.ts';
import { oecdStat } from './oecd-stat.ts';
import { owid } from './owid.ts';
import type { RawRow, RowSource } from './rows.ts';
import { sdmxCsv } from './sdmx-csv.ts';
import { preview } from './text.ts';
import type { ImportWarning } from './totals.ts';
import {
  type AppliedMapping,
  FORMAT_NAMES,
  type FormatName,
  type ImportEvent,
  type ImportInput,
  type ParsedFile,
} from './types.ts';
import { wbWdi } from './wb-wdi.ts';
import { whoGho } from './who-gho.ts';
import { whoGhoLegacy } from './who-gho-legacy.ts';
import { isOle2, isZip, openXlsxRows } from './xlsx-rows.ts';

export { HWMO_TEMPLATE_HEADER };

/** Detection order: the first format whose header test passes reads the file. */
export const FORMATS: readonly FormatSpec[] = [
  sdmxCsv,
  whoGho,
  whoGhoLegacy,
  oecdStat,
  wbWdi,
  longPopulation,
  owid,
  hwmoTemplate,
];

/** Rows before the header that may be a preamble (the World Bank's four lines, a title, merged cells, blanks). */
const MAX_PREAMBLE_ROWS = MAX_HEADER_SEARCH_ROWS;

/** A mapping saved with an earlier batch, found by the signature of a header. */
export interface SavedMapping {
  mapping: ColumnMapping;
  batchId: number;
  signature: string;
}

export interface OpenOptions {
  format?: FormatName;
  sheet?: string;
  /** Bounds on what a file may hold (DEFAULT_IMPORT_LIMITS when absent). */
  limits?: ImportLimits;
  /** Read the file through this column mapping instead of detecting its format. */
  mapping?: ColumnMapping;
  /** Where no format fits: the latest mapping saved for one of these header signatures, if any. */
  savedMapping?: (signatures: string[]) => Promise<SavedMapping | null>;
}

async function firstBytes(input: ImportInput, n = 4096): Promise<Buffer> {
  if (input.bytes) return Buffer.from(input.bytes.subarray(0, n));
  if (!input.path) throw new AppError('invalid_input', msg('needsFile'));
  const handle = await open(input.path, 'r').catch((cause: unknown) => {
    throw new AppError('not_found', msg('cannotRead', { path: input.path ?? input.fileName }), {
      detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
      location: { file: input.fileName },
    });
  });
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Pulls single rows (to find the header) and then hands on the rest in batches. */
class RowCursor {
  private batch: RawRow[] = [];
  private at = 0;
  private readonly it: AsyncIterator<RawRow[]>;
  constructor(batches: AsyncIterable<RawRow[]>) {
    this.it = batches[Symbol.asyncIterator]();
  }

  /** Puts rows already taken back in front of the rest. */
  unread(rows: readonly RawRow[]): void {
    this.batch = [...rows, ...this.batch.slice(this.at)];
    this.at = 0;
  }

  async next(): Promise<RawRow | null> {
    while (this.at >= this.batch.length) {
      const r = await this.it.next();
      if (r.done) return null;
      this.batch = r.value;
      this.at = 0;
    }
    return this.batch[this.at++] ?? null;
  }

  async *rest(): AsyncGenerator<RawRow[]> {
    try {
      if (this.at < this.batch.length) yield this.batch.slice(this.at);
      for (let r = await this.it.next(); !r.done; r = await this.it.next()) yield r.value;
    } finally {
      await this.it.return?.();
    }
  }

  async close(): Promise<void> {
    await this.it.return?.();
  }
}

function headerFor(spec: FormatSpec, row: RawRow): Header {
  return new Header(row.cells, row.row, spec.normalise);
}

function formatList(): string {
  return FORMAT_NAMES.join(', ');
}

type Detected = { spec: FormatSpec; header: Header } | { seen: RawRow[] };

async function findHeader(
  cursor: RowCursor,
  forced: FormatSpec | undefined,
  file: string,
): Promise<Detected> {
  const seen: RawRow[] = [];
  for (let row = await cursor.next(); row && seen.length < MAX_PREAMBLE_ROWS; row = await cursor.next()) {
    seen.push(row);
    for (const spec of forced ? [forced] : FORMATS) {
      const header = headerFor(spec, row);
      if (spec.detect(header)) return { spec, header };
    }
    if (seen.length === MAX_PREAMBLE_ROWS) break;
  }
  const first = seen[0];
  if (!first) {
    await cursor.close();
    throw new AppError('invalid_file', msg('emptyFile', { file }), {
      location: { file },
      hint: msg('emptyFileHint'),
    });
  }
  if (forced) {
    await cursor.close();
    const header = headerFor(forced, first);
    const column = forced.missing(header) ?? forced.name;
    throw new AppError(
      'invalid_file',
      msg('notFormat', { file, format: forced.name, row: first.row, column }),
      {
        location: { file, row: first.row, column },
        detail: msg('formatIs', { format: forced.name, description: forced.description }),
        hint: msg('checkFileOrFormat', { formats: formatList() }),
      },
    );
  }
  return { seen };
}

/** The command that accepts a suggested mapping, for messages. */
function acceptHint(fileName: string): Text {
  return msg('acceptSuggestion', { file: fileName });
}

function undetected(file: string, fileName: string, first: RawRow, s: MappingSuggestion | null): AppError {
  if (s) {
    return new AppError(
      'invalid_file',
      s.complete
        ? msg('suggestedUnsure', {
            file,
            row: s.headerRow,
            confidence: s.confidence.toFixed(2),
            threshold: AUTO_MAPPING_CONFIDENCE,
          })
        : msg('suggestedIncomplete', { file, row: s.headerRow }),
      {
        location: { file, row: s.headerRow },
        detail: msg('suggestedMapping', { mapping: describeSuggestion(s).join('\n') }),
        hint: acceptHint(fileName),
      },
    );
  }
  return new AppError(
    'invalid_file',
    msg('undetected', { file, header: JSON.stringify(preview(first.cells)) }),
    {
      location: { file, row: first.row },
      detail: msg('undetectedDetail', {
        formats: FORMATS.map((f) => `${f.name}: ${f.description}`).join('; '),
        count: MAX_HEADER_SEARCH_ROWS,
      }),
      hint: msg('undetectedHint', { formats: formatList() }),
    },
  );
}

/**
 * The header a given mapping reads: its `headerRow` when that row has the mapping's columns, else the first of the
 * first rows that has them (next year's file may have a line more or less above the table).
 */
async function mappedHeader(cursor: RowCursor, mapping: ColumnMapping, file: string): Promise<Header> {
  const seen: RawRow[] = [];
  const fits = (row: RawRow) => {
    try {
      bindMapping(mapping, new Header(row.cells, row.row), file);
      return true;
    } catch {
      return false;
    }
  };
  for (let row = await cursor.next(); row; row = await cursor.next()) {
    seen.push(row);
    if (mapping.headerRow === undefined ? fits(row) : row.row === mapping.headerRow && fits(row)) break;
    if (seen.length === MAX_PREAMBLE_ROWS) break;
  }
  const at = seen.findIndex((r) => r.row === mapping.headerRow && fits(r));
  const chosen = at !== -1 ? at : seen.findIndex(fits);
  const row = seen[chosen];
  if (!row) {
    await cursor.close();
    const first = seen[0];
    // The first row's own complaint names the missing column.
    if (first) bindMapping(mapping, new Header(first.cells, first.row), file);
    throw new AppError('invalid_file', msg('noMappedHeader', { file }), {
      location: { file },
    });
  }
  cursor.unread(seen.slice(chosen + 1));
  return new Header(row.cells, row.row);
}

/** Events from the rows after the header; one iterator step per event, batches underneath. */
function eventStream(
  rows: AsyncIterable<RawRow[]>,
  reader: RowReader,
  header: Header,
  strictWidth: boolean,
  file: string,
  warnings: ImportWarning[],
  unterminatedRow: () => number | null | undefined = () => null,
): AsyncIterable<ImportEvent> {
  const width = header.cells.length;
  // Fields under unnamed trailing header cells (the World Bank's trailing comma) may be left out.
  let minWidth = width;
  while (minWidth > 0 && (header.cells[minWidth - 1] ?? '').trim() === '') minWidth--;
  /** False when the row is not read: a short last line without a line terminator, probably cut off. */
  const check = (row: RawRow, out: ImportEvent[]): boolean => {
    const n = row.cells.length;
    if (n === width || (n >= minWidth && n < width)) return true;
    if (n > width && row.cells.slice(width).every((c) => c.trim() === '')) return true;
    if (n < width && row.row === unterminatedRow()) {
      out.push(skip(row.row, header.name(n), msg('possiblyTruncated', { count: n, width })));
      return false;
    }
    throw new AppError(
      'invalid_file',
      msg('rowWidth', { row: row.row, count: n, header: header.row, width }),
      {
        location: { file, row: row.row },
        detail: n < width ? msg('rowWidthShort') : msg('rowWidthLong'),
        hint: msg('exportAgain'),
      },
    );
  };
  let it: AsyncIterator<RawRow[]> | null = null;
  let events: ImportEvent[] = [];
  let at = 0;
  let done = false;
  const more = async (): Promise<IteratorResult<ImportEvent>> => {
    it ??= rows[Symbol.asyncIterator]();
    for (;;) {
      if (done) return { done: true, value: undefined };
      const r = await it.next();
      if (r.done) {
        done = true;
        reader.finish?.();
        return { done: true, value: undefined };
      }
      events = [];
      at = 0;
      let ended: RawRow | null = null;
      let below = 0;
      for (const row of r.value) {
        const kind = reader.classify?.(row) ?? 'data';
        if (ended) {
          if (kind === 'data') below++;
          continue;
        }
        if (kind === 'skip') continue;
        if (kind === 'end') {
          ended = row;
          continue;
        }
        if (strictWidth && !check(row, events)) continue;
        reader.read(row, events);
      }
      if (ended) {
        done = true;
        // Rows below the notes are counted, not read: a second table there would be misread as this one's.
        try {
          for (let more = await it.next(); !more.done; more = await it.next()) {
            for (const row of more.value) if (reader.classify?.(row) === 'data') below++;
          }
        } catch {
          // What cannot be read below the notes was not going to be read.
          await it.return?.().catch(() => undefined);
        }
        if (below > 0) {
          warnings.push({
            row: ended.row,
            column: null,
            message: msg('tableEnds', {
              row: ended.row,
              cells: JSON.stringify(preview(ended.cells.filter((c) => c.trim() !== ''))),
              count: below,
            }),
          });
        }
        reader.finish?.();
        return events.length > 0
          ? { done: false, value: events[at++] as ImportEvent }
          : { done: true, value: undefined };
      }
      if (events.length > 0) return { done: false, value: events[at++] as ImportEvent };
    }
  };
  return {
    [Symbol.asyncIterator]() {
      return {
        next: () =>
          at < events.length ? Promise.resolve({ done: false, value: events[at++] as ImportEvent }) : more(),
        return: async () => {
          done = true;
          await it?.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/**
 * Opens a file for import: decodes it strictly, detects its format from the header (or uses `format`),
 * and returns its events as a stream. Files that cannot be read as a whole throw `invalid_file`.
 */
/** `mappedSheet`, the sheet a mapping names, applies to workbooks only: a CSV export of that sheet is read too. */
async function openSource(
  input: ImportInput,
  sheet: string | undefined,
  namer: { columns: readonly string[] | null },
  limits: ImportLimits | undefined,
  mappedSheet?: string,
): Promise<RowSource> {
  const head = await firstBytes(input);
  const ext = extname(input.fileName).toLowerCase();
  if (isOle2(head)) {
    throw new AppError('invalid_file', msg('legacyXls', { file: input.fileName }), {
      location: { file: input.fileName },
      hint: msg('legacyXlsHint'),
    });
  }
  const columnNamer = { columnName: (i: number) => namer.columns?.[i] };
  if (isZip(head)) return openXlsxRows(input, sheet ?? mappedSheet, limits, columnNamer);
  if (ext === '.xlsx' || ext === '.xlsm') {
    const encoding = detectEncoding(head);
    refuseNonText(head, headText(head, encoding), encoding, input.fileName);
    throw new AppError('invalid_file', msg('notXlsx', { file: input.fileName }), {
      location: { file: input.fileName },
      hint: msg('notXlsxHint'),
    });
  }
  if (sheet !== undefined) {
    throw new AppError('invalid_input', msg('sheetNotWorkbook', { file: input.fileName }));
  }
  return openCsvRows(input, columnNamer, limits);
}

function sourceName(input: ImportInput, source: RowSource): string {
  return source.sheet ? `${input.fileName} [${source.sheet}]` : input.fileName;
}

/**
 * Opens a file for import: decodes it strictly, detects its format from the header (or uses `format`, or reads it
 * through `mapping`), and returns its events as a stream. Where no format fits, a mapping saved for the same header
 * or a confident suggestion reads it; otherwise it is refused with the suggestion. Files that cannot be read as a
 * whole throw `invalid_file`.
 */
export async function openImportFile(input: ImportInput, opts: OpenOptions = {}): Promise<ParsedFile> {
  if (opts.mapping && opts.format) {
    throw new AppError('invalid_input', msg('formatAndMapping'));
  }
  const forced = opts.format ? FORMATS.find((f) => f.name === opts.format) : undefined;
  if (opts.format && !forced) {
    throw new AppError('invalid_input', msg('unknownFormat', { format: JSON.stringify(opts.format) }), {
      hint: msg('formatsAre', { formats: formatList() }),
    });
  }
  const namer: { columns: readonly string[] | null } = { columns: null };
  const source = await openSource(input, opts.sheet, namer, opts.limits, opts.mapping?.sheet);
  const file = sourceName(input, source);
  const cursor = new RowCursor(source.batches);
  let applied: AppliedMapping | null = null;
  let header: Header;
  let spec: FormatSpec | null = null;
  if (opts.mapping) {
    header = await mappedHeader(cursor, opts.mapping, file);
    applied = { mapping: opts.mapping, origin: 'given', confidence: null, batchId: null };
  } else {
    const found = await findHeader(cursor, forced, file);
    if ('spec' in found) {
      spec = found.spec;
      header = found.header;
    } else {
      const { seen } = found;
      const chosen = await fallbackMapping(seen, source.sheet, opts).catch(async (e: unknown) => {
        await cursor.close();
        throw e;
      });
      if (!chosen) {
        await cursor.close();
        throw undetected(file, input.fileName, seen[0] as RawRow, suggestMapping(seen, source.sheet));
      }
      const at = seen.findIndex((r) => r.row === chosen.headerRow);
      header = new Header((seen[at] as RawRow).cells, chosen.headerRow);
      cursor.unread(seen.slice(at + 1));
      applied = chosen.applied;
    }
  }
  namer.columns = header.names;
  const warnings: ImportWarning[] = [];
  const ctx: FormatContext = { file, fileName: input.fileName, header, decimalComma: source.decimalComma };
  if (spec) {
    const missing = spec.missing(header);
    if (missing) {
      await cursor.close();
      throw new AppError(
        'invalid_file',
        msg('notFormat', { file, format: spec.name, row: header.row, column: missing }),
        {
          location: { file, row: header.row, column: missing },
          detail: msg('formatIs', { format: spec.name, description: spec.description }),
          hint: msg('addColumnOrFormat', { formats: formatList() }),
        },
      );
    }
  }
  let reader: RowReader;
  try {
    reader = spec ? spec.open(ctx) : mappedReader((applied as AppliedMapping).mapping, ctx);
  } catch (e) {
    await cursor.close();
    throw e;
  }
  const rows = source;
  return {
    format: spec ? spec.name : 'mapped',
    sheet: source.sheet,
    events: eventStream(
      cursor.rest(),
      reader,
      header,
      source.strictWidth,
      file,
      warnings,
      () => rows.unterminatedRow,
    ),
    get unterminatedRow() {
      return rows.unterminatedRow ?? null;
    },
    warnings,
    mapping: applied,
    headerSignature: applied ? headerSignature(header.cells) : null,
  };
}

/** A mapping saved for one of the first rows' signatures, else a confident and complete suggestion, else null. */
async function fallbackMapping(
  seen: readonly RawRow[],
  sheet: string | null,
  opts: OpenOptions,
): Promise<{ headerRow: number; applied: AppliedMapping } | null> {
  if (opts.savedMapping) {
    const candidates = seen
      .filter((r) => filledCells(r.cells) <= MAX_MAPPED_COLUMNS)
      .map((r) => ({ row: r, signature: headerSignature(r.cells) }))
      .filter((c) => c.signature.includes('|'));
    const saved = candidates.length > 0 ? await opts.savedMapping(candidates.map((c) => c.signature)) : null;
    const row = saved ? candidates.find((c) => c.signature === saved.signature)?.row : undefined;
    const binds = (m: ColumnMapping, r: RawRow) => {
      try {
        bindMapping(m, new Header(r.cells, r.row), '');
        return true;
      } catch {
        return false;
      }
    };
    // A saved mapping that names columns this header lacks (last year's years, one by one) gives way to a suggestion.
    if (saved && row && binds(saved.mapping, row)) {
      return {
        headerRow: row.row,
        applied: { mapping: saved.mapping, origin: 'saved', confidence: null, batchId: saved.batchId },
      };
    }
  }
  const s = suggestMapping(seen, sheet);
  if (!s?.complete || s.confidence < AUTO_MAPPING_CONFIDENCE) return null;
  return {
    headerRow: s.headerRow,
    applied: {
      mapping: checkMapping(s.mapping),
      origin: 'suggested',
      confidence: s.confidence,
      batchId: null,
    },
  };
}

/** What `--suggest-mapping` answers: the proposal, and the format that reads the file when one does. */
export interface SuggestionReport {
  file: string;
  detectedFormat: FormatName | null;
  suggestion: MappingSuggestion;
}

/** Proposes a column mapping for a file from its first rows, without reading it further. */
export async function suggestFileMapping(
  input: ImportInput,
  opts: { sheet?: string; limits?: ImportLimits } = {},
): Promise<SuggestionReport> {
  const source = await openSource(input, opts.sheet, { columns: null }, opts.limits);
  const file = sourceName(input, source);
  const cursor = new RowCursor(source.batches);
  const seen: RawRow[] = [];
  try {
    for (let row = await cursor.next(); row; row = await cursor.next()) {
      seen.push(row);
      if (seen.length >= MAX_PREAMBLE_ROWS * 2) break;
    }
  } finally {
    await cursor.close();
  }
  const detected =
    seen
      .slice(0, MAX_PREAMBLE_ROWS)
      .flatMap((row) => FORMATS.filter((f) => f.detect(headerFor(f, row))))[0] ?? null;
  const suggestion = suggestMapping(seen, source.sheet);
  if (!suggestion) {
    throw new AppError('invalid_file', msg('noRecognisedHeader', { count: MAX_HEADER_SEARCH_ROWS, file }), {
      location: { file },
      ...(seen[0] ? { detail: msg('firstRowIs', { cells: JSON.stringify(preview(seen[0].cells)) }) } : {}),
      hint: msg('writeMappingHint'),
    });
  }
  return { file, detectedFormat: detected?.name ?? null, suggestion };
}
