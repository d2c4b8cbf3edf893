import { CsvError, type Options, type Parser, parse } from 'csv-parse';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, LIMIT_VARIABLES } from '../../../platform/config.ts';
import { AppError } from '../../../platform/errors.ts';
import { text as msg } from '../messages.ts';
import {
  BadBytesError,
  detectEncoding,
  headText,
  peekBytes,
  readBytes,
  refuseNonText,
  utf16ToUtf8,
  validUtf8,
} from './decode.ts';
import { isBlankRow, type RawRow, type RowSource } from './rows.ts';
import type { ImportInput } from './types.ts';

export const SEPARATORS = [',', ';', '\t', '|'] as const;

function countOutsideQuotes(line: string): Map<string, number> {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

function lines(text: string, max: number): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() !== '') out.push(line);
    if (out.length >= max) break;
  }
  return out;
}

const SDMX_FIRST = /^"?(STRUCTURE|DATAFLOW)(\[[^\]]*\])?"?(.)/i;

/**
 * The field separator: for SDMX-CSV the character after the first header term (`STRUCTURE[;]` may declare a
 * sub-field separator in brackets first); otherwise the most frequent of `,` `;` tab `|` outside quotes on the
 * first non-blank line that has any (a preamble line may have none).
 */
export function sniffSeparator(text: string): string {
  const first = lines(text, 1)[0] ?? '';
  const sdmx = SDMX_FIRST.exec(first);
  if (sdmx?.[3] && (SEPARATORS as readonly string[]).includes(sdmx[3])) return sdmx[3];
  for (const line of lines(text, 10)) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [sep, n] of countOutsideQuotes(line)) {
      if (n > bestCount) {
        best = sep;
        bestCount = n;
      }
    }
    if (best) return best;
  }
  return ',';
}

const COMMA_DECIMAL = /^[-+]?(\d+|\d{1,3}(\.\d{3})+),\d+$/;
const DOT_DECIMAL = /^[-+]?\d*\.\d+$/;
const DOT_THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+$/;

/**
 * Whether the file writes decimals with a comma: only possible when fields are not comma-separated, and
 * decided from the sample's number-like cells (`12,4` for, `12.4` against; `1.234` says nothing).
 */
export function sniffDecimalComma(text: string, separator: string): boolean {
  if (separator === ',') return false;
  let comma = 0;
  let dot = 0;
  let grouped = 0;
  for (const line of lines(text, 500).slice(1)) {
    for (const raw of line.split(separator)) {
      const cell = raw
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/[ \u00A0\u202F]/g, '');
      if (COMMA_DECIMAL.test(cell)) comma++;
      else if (DOT_THOUSANDS.test(cell)) grouped++;
      else if (DOT_DECIMAL.test(cell)) dot++;
    }
  }
  // A semicolon file is what a spreadsheet writes where the comma is the decimal mark: there `203.907` is a
  // grouped 203907, as `1.234.567` is anywhere, unless some cell is an unmistakable decimal with a dot.
  return (comma > 0 || (separator === ';' && grouped > 0)) && dot === 0;
}

/** Index of the field a line prefix ends in. */
export function fieldIndex(prefix: string, separator: string): number {
  let quoted = false;
  let n = 0;
  for (const ch of prefix) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === separator) n++;
  }
  return n;
}

/** Lets the format layer name columns in decoding errors once it knows the header. */
export interface ColumnNamer {
  columnName(index: number): string | undefined;
}

function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length < 2) continue;
    if (c.indexOf('\n') === -1 && c.indexOf('\r') === -1) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10 || (ch === 13 && c.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

function csvFailure(e: unknown, file: string, row: number, limits: ImportLimits): AppError {
  const code = e instanceof CsvError ? e.code : '';
  const where = { location: { file, row } };
  switch (code) {
    case 'CSV_MAX_RECORD_SIZE':
      return new AppError('invalid_file', msg('csvRecordTooLong', { row, max: limits.maxLineChars }), {
        ...where,
        detail: msg('csvRecordTooLongDetail'),
        hint: msg('checkFileLimit', { variable: LIMIT_VARIABLES.maxLineChars }),
      });
    case 'CSV_QUOTE_NOT_CLOSED':
      return new AppError('invalid_file', msg('csvQuoteNotClosed', { row }), {
        ...where,
        detail: msg('csvQuoteNotClosedDetail'),
        hint: msg('downloadOrExportAgain'),
      });
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new AppError('invalid_file', msg('csvTextAfterQuote', { row }), {
        ...where,
        hint: msg('csvTextAfterQuoteHint'),
      });
    default:
      return new AppError('invalid_file', msg('csvUnreadable', { row }), {
        ...where,
        detail: msg('systemReason', { reason: e instanceof Error ? e.message : String(e) }),
      });
  }
}

/**
 * Streams the rows of a delimited text file through csv-parse, decoding strictly (UTF-8, or UTF-16 with a BOM).
 * Row numbers are the lines a text editor shows: csv-parse's own `info.lines` counts CRLF inside a quoted field
 * twice and costs a third of the throughput, so lines are counted here from the records.
 */
export async function openCsvRows(
  input: ImportInput,
  namer: ColumnNamer,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<RowSource> {
  const file = input.fileName;
  const { head, chunks } = await peekBytes(readBytes(input));
  const encoding = detectEncoding(head);
  const text = headText(head, encoding);
  refuseNonText(head, text, encoding, file);
  const separator = sniffSeparator(text);
  const decimalComma = sniffDecimalComma(text, separator);
  // csv-parse settles on the first line ending it meets; a file mixing CRLF and LF needs both named.
  const mixedEndings = text.includes('\r\n') && /(^|[^\r])\n/.test(text);
  const bytes = encoding === 'utf-8' ? validUtf8(chunks) : utf16ToUtf8(chunks, encoding);
  const source: RowSource = {
    kind: 'csv',
    sheet: null,
    separator,
    decimalComma,
    strictWidth: true,
    unterminatedRow: null,
    batches: csvBatches(bytes, { separator, file, namer, mixedEndings, limits }, (row) => {
      source.unterminatedRow = row;
    }),
  };
  return source;
}

interface CsvSettings {
  separator: string;
  file: string;
  namer: ColumnNamer;
  mixedEndings: boolean;
  limits: ImportLimits;
}

/**
 * csv-parse builds an error, with a deep copy of its parsing state, for every record whose width differs from the
 * first one, even when relax_column_count forgives it: every blank line, at tens of microseconds each. Only the
 * error's code is used here, so the state is left out and no stack is captured.
 */
function lighten(parser: Parser): Parser {
  const api = (parser as unknown as { api?: { __infoField?: () => object } }).api;
  if (api && typeof api.__infoField === 'function') api.__infoField = () => ({});
  return parser;
}

function quietly(run: () => void): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The refusal of a record beyond the limits, or null. It is built when thrown, after the rows before it are
 * passed on, so that it can name the column once the header is known.
 */
function checkRecord(cells: readonly string[], row: number, s: CsvSettings): (() => AppError) | null {
  const { limits, file } = s;
  if (row > limits.maxRows) {
    return () =>
      new AppError('invalid_file', msg('csvTooManyLines', { file, max: limits.maxRows }), {
        location: { file, row },
        hint: msg('splitFileLimit', { variable: LIMIT_VARIABLES.maxRows }),
      });
  }
  if (cells.length > limits.maxColumns) {
    return () =>
      new AppError(
        'invalid_file',
        msg('csvTooManyFields', { row, count: cells.length, max: limits.maxColumns }),
        {
          location: { file, row },
          hint: msg('csvTooManyFieldsHint', { variable: LIMIT_VARIABLES.maxColumns }),
        },
      );
  }
  for (let i = 0; i < cells.length; i++) {
    const n = (cells[i] as string).length;
    if (n <= limits.maxFieldChars) continue;
    return () => {
      const column = s.namer.columnName(i) ?? `column ${i + 1}`;
      return new AppError(
        'invalid_file',
        msg('cellTooLong', { row, column: JSON.stringify(column), count: n, max: limits.maxFieldChars }),
        {
          location: { file, row, column },
          detail: msg('cellTooLongDetail'),
          hint: msg('checkFileLimit', { variable: LIMIT_VARIABLES.maxFieldChars }),
        },
      );
    };
  }
  return null;
}

async function* csvBatches(
  chunks: AsyncIterable<Buffer>,
  settings: CsvSettings,
  onUnterminated: (row: number) => void,
): AsyncGenerator<RawRow[]> {
  const { separator, file, namer, mixedEndings, limits } = settings;
  const options: Options & { readableHighWaterMark: number } = {
    delimiter: separator,
    max_record_size: limits.maxLineChars,
    ...(mixedEndings ? { record_delimiter: ['\r\n', '\n', '\r'] } : {}),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    // Each written chunk is parsed at once; a large buffer keeps csv-parse from deferring the next write.
    readableHighWaterMark: 1 << 30,
  };
  const parser: Parser = lighten(parse(options));
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on('error', (e) => {
    failure ??= e;
    signal();
  });
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('readable', signal);

  let line = 0;
  let quotes = false;
  /** The last non-blank record read, while it may be the file's last. */
  let last: RawRow | null = null;
  let fault: (() => AppError) | null = null;
  const take = (): RawRow[] => {
    const out: RawRow[] = [];
    if (fault) return out;
    for (
      let cells = parser.read() as string[] | null;
      cells !== null;
      cells = parser.read() as string[] | null
    ) {
      const row = line + 1;
      line = quotes ? row + breaksIn(cells) : row;
      fault = checkRecord(cells, row, settings);
      if (fault) break;
      const c0 = cells[0];
      if ((c0 === undefined || c0 === '' || c0.charCodeAt(0) <= 32) && isBlankRow(cells)) continue;
      last = { row, cells };
      out.push(last);
    }
    return out;
  };
  const raise = (): never => {
    throw csvFailure(failure, file, line + 1, limits);
  };

  let lastByte = 10;
  try {
    try {
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        if (!quotes && chunk.includes(34)) quotes = true;
        lastByte = chunk[chunk.length - 1] as number;
        quietly(() => parser.write(chunk));
        const rows = take();
        if (rows.length > 0) yield rows;
        if (fault) throw (fault as () => AppError)();
        if (failure) raise();
      }
    } catch (e) {
      if (e instanceof BadBytesError) {
        const column = namer.columnName(fieldIndex(e.linePrefix, separator));
        const location = { file, row: e.line, ...(column ? { column } : {}) };
        if (e.kind === 'nul') {
          throw new AppError(
            'invalid_file',
            column
              ? msg('nulInCell', { row: e.line, column: JSON.stringify(column) })
              : msg('nulInRow', { row: e.line }),
            { location, hint: msg('damagedTextHint') },
          );
        }
        const bad = e.byte
          ? msg('invalidEncodingByte', { row: e.line, encoding: e.encoding, byte: e.byte })
          : msg('invalidEncoding', { row: e.line, encoding: e.encoding });
        throw new AppError('invalid_file', bad, {
          location,
          hint: msg('invalidEncodingHint'),
        });
      }
      throw e;
    }
    // A record still open at the end of the input has no line terminator: it is read only now.
    last = null;
    quietly(() => parser.end());
    for (;;) {
      const rows = take();
      if (last && lastByte !== 10 && lastByte !== 13) onUnterminated((last as RawRow).row);
      if (rows.length > 0) yield rows;
      if (fault) throw (fault as () => AppError)();
      if (failure) raise();
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    parser.destroy();
  }
}
