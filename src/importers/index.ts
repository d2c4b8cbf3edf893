import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportLimits } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { openCsvRows } from './csv-rows.ts';
import { detectEncoding, headText, refuseNonText } from './decode.ts';
import { type FormatContext, type FormatSpec, Header, type RowReader, skip } from './format.ts';
import { HWMO_TEMPLATE_HEADER, hwmoTemplate, hwmoTemplateCsv } from './hwmo-template.ts';
import { longPopulation } from './long-population.ts';
import { oecdStat } from './oecd-stat.ts';
import { owid } from './owid.ts';
import type { RawRow, RowSource } from './rows.ts';
import { sdmxCsv } from './sdmx-csv.ts';
import { preview } from './text.ts';
import {
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

export { HWMO_TEMPLATE_HEADER, hwmoTemplateCsv };

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

/** Rows before the header that may be a preamble (the World Bank's has four lines). */
const MAX_PREAMBLE_ROWS = 10;

export interface OpenOptions {
  format?: FormatName;
  sheet?: string;
  /** Bounds on what a file may hold (DEFAULT_IMPORT_LIMITS when absent). */
  limits?: ImportLimits;
}

async function firstBytes(input: ImportInput, n = 4096): Promise<Buffer> {
  if (input.bytes) return Buffer.from(input.bytes.subarray(0, n));
  if (!input.path) throw new AppError('invalid_input', 'An import needs a file path or the file bytes');
  const handle = await open(input.path, 'r').catch((cause: unknown) => {
    throw new AppError('not_found', `Cannot read ${input.path}`, {
      detail: cause instanceof Error ? cause.message : String(cause),
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

async function findHeader(
  cursor: RowCursor,
  forced: FormatSpec | undefined,
  file: string,
): Promise<{ spec: FormatSpec; header: Header }> {
  const seen: RawRow[] = [];
  for (let row = await cursor.next(); row && seen.length < MAX_PREAMBLE_ROWS; row = await cursor.next()) {
    seen.push(row);
    for (const spec of forced ? [forced] : FORMATS) {
      const header = headerFor(spec, row);
      if (spec.detect(header)) return { spec, header };
    }
  }
  await cursor.close();
  const first = seen[0];
  if (!first) {
    throw new AppError('invalid_file', `${file} has no header row: the file is empty`, {
      location: { file },
      hint: 'export the data again; `hwmo template` shows the columns hwmo expects',
    });
  }
  if (forced) {
    const header = headerFor(forced, first);
    const column = forced.missing(header) ?? forced.name;
    throw new AppError(
      'invalid_file',
      `${file} is not ${forced.name}: its header (row ${first.row}) has no column ${column}`,
      {
        location: { file, row: first.row, column },
        detail: `Format ${forced.name}: ${forced.description}.`,
        hint: `check the file, or choose another format with --format (${formatList()})`,
      },
    );
  }
  throw new AppError(
    'invalid_file',
    `cannot detect the format of ${file}: header starts ${JSON.stringify(preview(first.cells))}; use --format NAME`,
    {
      location: { file, row: first.row },
      detail: `hwmo reads: ${FORMATS.map((f) => `${f.name}: ${f.description}`).join('; ')}.`,
      hint: `name the format with --format (${formatList()}), or copy the data into the hwmo template (\`hwmo template\`)`,
    },
  );
}

/** Events from the rows after the header; one iterator step per event, batches underneath. */
function eventStream(
  rows: AsyncIterable<RawRow[]>,
  reader: RowReader,
  header: Header,
  strictWidth: boolean,
  file: string,
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
      out.push(
        skip(
          row.row,
          header.name(n),
          `possibly truncated: the last line has no line terminator and ${n} of the header's ${width} fields`,
        ),
      );
      return false;
    }
    throw new AppError(
      'invalid_file',
      `row ${row.row} has ${n} fields but the header (row ${header.row}) has ${width}`,
      {
        location: { file, row: row.row },
        detail:
          n < width
            ? 'the file looks truncated, or the row lost fields'
            : 'a field probably contains the separator without being quoted',
        hint: 'export or download the file again',
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
      for (const row of r.value) {
        if (strictWidth && !check(row, events)) continue;
        reader.read(row, events);
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
export async function openImportFile(input: ImportInput, opts: OpenOptions = {}): Promise<ParsedFile> {
  const head = await firstBytes(input);
  const ext = extname(input.fileName).toLowerCase();
  if (isOle2(head)) {
    throw new AppError('invalid_file', `${input.fileName} is a legacy Excel .xls workbook`, {
      location: { file: input.fileName },
      hint: 'open it in a spreadsheet and save it as .xlsx or as CSV UTF-8',
    });
  }
  let columns: readonly string[] | null = null;
  let source: RowSource;
  const namer = { columnName: (i: number) => columns?.[i] };
  if (isZip(head)) {
    source = await openXlsxRows(input, opts.sheet, opts.limits, namer);
  } else {
    if (ext === '.xlsx' || ext === '.xlsm') {
      const encoding = detectEncoding(head);
      refuseNonText(head, headText(head, encoding), encoding, input.fileName);
      throw new AppError(
        'invalid_file',
        `${input.fileName} is not an XLSX workbook (it does not start like one)`,
        {
          location: { file: input.fileName },
          hint: 'if it is CSV, rename it to .csv',
        },
      );
    }
    if (opts.sheet !== undefined) {
      throw new AppError(
        'invalid_input',
        `${input.fileName} is not a workbook: --sheet applies to .xlsx files only`,
      );
    }
    source = await openCsvRows(input, namer, opts.limits);
  }
  const file = source.sheet ? `${input.fileName} [${source.sheet}]` : input.fileName;
  const forced = opts.format ? FORMATS.find((f) => f.name === opts.format) : undefined;
  if (opts.format && !forced) {
    throw new AppError('invalid_input', `unknown format ${JSON.stringify(opts.format)}`, {
      hint: `formats: ${formatList()}`,
    });
  }
  const cursor = new RowCursor(source.batches);
  const { spec, header } = await findHeader(cursor, forced, file);
  columns = header.names;
  const missing = spec.missing(header);
  if (missing) {
    await cursor.close();
    throw new AppError(
      'invalid_file',
      `${file} is not ${spec.name}: its header (row ${header.row}) has no column ${missing}`,
      {
        location: { file, row: header.row, column: missing },
        detail: `Format ${spec.name}: ${spec.description}.`,
        hint: `add the column, or choose another format with --format (${formatList()})`,
      },
    );
  }
  const ctx: FormatContext = { file, fileName: input.fileName, header, decimalComma: source.decimalComma };
  let reader: RowReader;
  try {
    reader = spec.open(ctx);
  } catch (e) {
    await cursor.close();
    throw e;
  }
  const rows = source;
  return {
    format: spec.name,
    sheet: source.sheet,
    events: eventStream(cursor.rest(), reader, header, source.strictWidth, file, () => rows.unterminatedRow),
    get unterminatedRow() {
      return rows.unterminatedRow ?? null;
    },
  };
}
