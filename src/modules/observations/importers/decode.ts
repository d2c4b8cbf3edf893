import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { AppError } from '../../../platform/errors.ts';
import { text as msg } from '../messages.ts';
import type { ImportInput } from './types.ts';

const CHUNK = 64 * 1024;
const SAMPLE = 64 * 1024;

/** The raw bytes of an input, in chunks. */
export async function* readBytes(input: ImportInput): AsyncGenerator<Buffer> {
  if (input.bytes) {
    const all = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    for (let i = 0; i < all.length; i += CHUNK) yield all.subarray(i, i + CHUNK);
    return;
  }
  if (!input.path) throw new AppError('invalid_input', msg('needsFile'));
  const stream = createReadStream(input.path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (cause) {
    throw new AppError('not_found', msg('cannotRead', { path: input.path }), {
      detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
      location: { file: input.fileName },
      cause,
    });
  } finally {
    stream.destroy();
  }
}

/** The first bytes of an input and an iterator over all of it, starting again from the first byte. */
export interface Peeked {
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
}

export async function peekBytes(source: AsyncIterable<Buffer>, size = SAMPLE): Promise<Peeked> {
  const it = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    taken.push(r.value);
    length += r.value.length;
  }
  const head = Buffer.concat(taken);
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  }
  return { head, chunks: chunks() };
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Bytes a text file cannot hold: not valid in its encoding, or a NUL byte (which PostgreSQL cannot store in text),
 * with the 1-based line they are on and the text of that line before them.
 */
export class BadBytesError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly linePrefix: string,
    readonly kind: 'encoding' | 'nul' = 'encoding',
    /** For bytes not valid in the encoding: the encoding's name and the first bad byte (hex), when known. */
    readonly encoding = 'UTF-8',
    readonly byte = '',
  ) {
    super(message);
  }
}

const NUL_MESSAGE = 'holds a NUL byte (0x00), which a text field cannot contain';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    if (n === 0 || i + n > buf.length) return i;
    const b1 = buf[i + 1] as number;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < n; k++) {
      const c = buf[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += n;
  }
  return -1;
}

/** Length of an incomplete UTF-8 sequence at the end of a chunk, to carry into the next one. */
function incompleteTail(buf: Buffer): number {
  for (let k = 1; k <= 3 && k <= buf.length; k++) {
    const b = buf[buf.length - k] as number;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return sequenceLength(b) > k ? k : 0;
  }
  return 0;
}

function countNewlines(buf: Uint8Array, end = buf.length): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Validates UTF-8 as it streams (BOM removed) and passes the bytes on unchanged.
 * Throws BadBytesError naming the line of the first invalid byte.
 */
export async function* validUtf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  let lines = 0;
  let lineStart: Buffer = Buffer.alloc(0);
  let first = true;
  const failure = (buf: Buffer, offset: number): BadBytesError => {
    const before = buf.subarray(0, offset);
    const nl = before.lastIndexOf(10);
    const prefix = nl === -1 ? Buffer.concat([lineStart, before]) : before.subarray(nl + 1);
    const line = lines + countNewlines(before) + 1;
    return buf[offset] === 0
      ? new BadBytesError(line, NUL_MESSAGE, prefix.toString('utf8'), 'nul')
      : new BadBytesError(
          line,
          `not valid UTF-8 (byte ${hex(buf[offset] as number)})`,
          prefix.toString('latin1'),
          'encoding',
          'UTF-8',
          hex(buf[offset] as number),
        );
  };
  for await (const raw of chunks) {
    let buf: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
    carry = null;
    if (first) {
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const tail = incompleteTail(buf);
    if (tail > 0) {
      carry = Buffer.from(buf.subarray(buf.length - tail));
      buf = buf.subarray(0, buf.length - tail);
    }
    const nul = buf.indexOf(0);
    const invalid = isUtf8(buf) ? -1 : firstInvalidUtf8(buf);
    if (nul !== -1 || invalid !== -1) {
      const offset = nul !== -1 && (invalid === -1 || nul < invalid) ? nul : invalid;
      const error = failure(buf, offset);
      // The lines before the bad one go on first, so the reader knows the header when it names the column.
      const nl = buf.lastIndexOf(10, offset);
      if (nl !== -1) yield buf.subarray(0, nl + 1);
      throw error;
    }
    const nl = buf.lastIndexOf(10);
    lineStart = nl === -1 ? Buffer.concat([lineStart, buf]) : buf.subarray(nl + 1);
    if (lineStart.length > 4096) lineStart = lineStart.subarray(lineStart.length - 4096);
    lines += countNewlines(buf);
    if (buf.length > 0) yield buf;
  }
  if (carry) throw failure(carry, 0);
}

/** Decodes UTF-16 (the BOM says which byte order) and passes the text on as UTF-8 bytes. */
export async function* utf16ToUtf8(
  chunks: AsyncIterable<Buffer>,
  encoding: Encoding,
): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let lines = 0;
  let lineStart = '';
  /** Set with the text before the line of a NUL, which goes on first so the reader knows the header. */
  let nulError: BadBytesError | null = null;
  const decode = (chunk?: Buffer): string => {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new BadBytesError(
        lines + 1,
        `not valid ${encoding.toUpperCase()}`,
        lineStart,
        'encoding',
        encoding.toUpperCase(),
      );
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      const before = text.slice(0, nul);
      const nl = before.lastIndexOf('\n');
      nulError = new BadBytesError(
        lines + before.split('\n').length,
        NUL_MESSAGE,
        nl === -1 ? lineStart + before : before.slice(nl + 1),
        'nul',
      );
      return before.slice(0, nl + 1);
    }
    const nl = text.lastIndexOf('\n');
    lineStart = (nl === -1 ? lineStart + text : text.slice(nl + 1)).slice(-4096);
    lines += text.split('\n').length - 1;
    return text;
  };
  for await (const chunk of chunks) {
    const text = decode(chunk);
    if (text) yield Buffer.from(text, 'utf8');
    if (nulError) throw nulError;
  }
  const rest = decode();
  if (rest) yield Buffer.from(rest, 'utf8');
  if (nulError) throw nulError;
}

/**
 * Whether bytes after a UTF-16 byte-order mark are not UTF-16 at all: UTF-16 text of a data file is mostly
 * ASCII, whose every other byte is 0x00; a UTF-8 body under a stray BOM has none.
 */
export function bomContradicted(head: Uint8Array): boolean {
  const sample = head.subarray(2, 4098);
  return sample.length >= 4 && !sample.includes(0);
}

export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Text of the first bytes, for sniffing; never throws. */
export function headText(head: Buffer, encoding: Encoding): string {
  const text = new TextDecoder(encoding).decode(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Refuses inputs that are not delimited text at all: HTML pages saved as .csv (a failed download),
 * XML or JSON documents, and binary or BOM-less UTF-16 files (NUL bytes).
 */
export function refuseNonText(head: Buffer, text: string, encoding: Encoding, file: string): void {
  if (encoding !== 'utf-8' && bomContradicted(head)) {
    throw new AppError('invalid_file', msg('bomMismatch', { file, encoding: encoding.toUpperCase() }), {
      location: { file, row: 1 },
      detail: msg('bomMismatchDetail'),
      hint: msg('bomMismatchHint'),
    });
  }
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const row = lead.split('\n').length;
  const start = text.slice(lead.length, lead.length + 1024).toLowerCase();
  const where = { file, row };
  if (
    start.startsWith('<!doctype') ||
    start.startsWith('<html') ||
    start.startsWith('<head') ||
    start.startsWith('<body') ||
    (start.startsWith('<?xml') && start.includes('<html'))
  ) {
    throw new AppError('invalid_file', msg('htmlPage', { file }), {
      location: where,
      hint: msg('htmlPageHint'),
    });
  }
  if (/^<[a-z?!]/.test(start) && start.includes('>')) {
    throw new AppError('invalid_file', msg('xmlDocument', { file }), {
      location: where,
      hint: msg('xmlDocumentHint'),
    });
  }
  if (start.startsWith('{"') || start.startsWith('[{')) {
    throw new AppError('invalid_file', msg('jsonDocument', { file }), {
      location: where,
      hint: msg('jsonDocumentHint'),
    });
  }
  if (encoding === 'utf-8' && head.includes(0)) {
    const offset = head.indexOf(0);
    throw new AppError('invalid_file', msg('nulBytes', { file }), {
      location: { file, row: countNewlines(head, offset) + 1 },
      hint: msg('nulBytesHint'),
    });
  }
}
