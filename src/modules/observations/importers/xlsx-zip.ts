import { open } from 'node:fs/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { type ImportLimits, LIMIT_VARIABLES } from '../../../platform/config.ts';
import { AppError } from '../../../platform/errors.ts';
import { text as msg } from '../messages.ts';
import type { ImportInput } from './types.ts';

/** Random access to the bytes of an input. */
interface ByteReader {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

async function byteReader(input: ImportInput): Promise<ByteReader> {
  if (input.bytes) {
    const all = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    return {
      size: all.length,
      read: async (offset, length) => all.subarray(offset, Math.min(all.length, offset + length)),
      close: async () => {},
    };
  }
  if (!input.path) throw new AppError('invalid_input', msg('needsFile'));
  const handle = await open(input.path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buf, 0, buf.length, offset);
      return buf.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX_ENTRIES = 10_000;
const INFLATE_CHUNK = 1 << 20;

type DamageKey =
  | 'zipPartOverflow'
  | 'zipPartNotInflated'
  | 'zip64'
  | 'zipNoEnd'
  | 'zipDirectoryDamaged'
  | 'zipTooManyParts'
  | 'zipPartMisplaced'
  | 'zipPartDamaged'
  | 'zipPartMethod'
  | 'zipPartPastDirectory'
  | 'zipPartChecksum'
  | 'zipDirectoryMisplaced';

/** What is wrong with the archive: a message key and its parameters (the file is added where it is refused). */
class Damaged extends Error {
  constructor(
    message: string,
    readonly key: DamageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

async function inflatedSize(r: ByteReader, e: Entry, start: number): Promise<{ size: number; crc: number }> {
  let crc = 0;
  let size = 0;
  if (e.method === 0) {
    for (let at = 0; at < e.compressed; at += INFLATE_CHUNK) {
      const chunk = await r.read(start + at, Math.min(INFLATE_CHUNK, e.compressed - at));
      crc = crc32(chunk, crc);
      size += chunk.length;
    }
    return { size, crc };
  }
  const inflate = createInflateRaw();
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (out: Buffer) => {
      size += out.length;
      if (size > e.uncompressed) {
        inflate.destroy(
          new Damaged(
            `${e.name} inflates to more than the ${e.uncompressed} bytes it declares`,
            'zipPartOverflow',
            {
              part: e.name,
              count: e.uncompressed,
            },
          ),
        );
        return;
      }
      crc = crc32(out, crc);
    });
    inflate.on('end', resolve);
    inflate.on('error', reject);
    inflate.on('close', () =>
      reject(new Damaged(`${e.name} cannot be inflated`, 'zipPartNotInflated', { part: e.name })),
    );
  });
  done.catch(() => {});
  for (let at = 0; at < e.compressed && !inflate.destroyed; at += INFLATE_CHUNK) {
    const chunk = await r.read(start + at, Math.min(INFLATE_CHUNK, e.compressed - at));
    if (!inflate.write(chunk)) {
      await new Promise((resolve) => {
        inflate.once('drain', resolve);
        inflate.once('close', resolve);
      });
    }
  }
  inflate.end();
  await done;
  return { size, crc };
}

function centralDirectory(tail: Buffer, tailStart: number, size: number): { offset: number; count: number } {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const cdSize = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff) throw new Damaged('it is a ZIP64 archive', 'zip64');
    if (offset + cdSize !== tailStart + i || offset + cdSize > size) continue;
    return { offset, count };
  }
  throw new Damaged(
    'its end-of-archive record is missing: the file is truncated or is not a ZIP archive',
    'zipNoEnd',
  );
}

function readEntries(cd: Buffer, count: number): Entry[] {
  const entries: Entry[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
      throw new Damaged('its directory is damaged', 'zipDirectoryDamaged');
    const nameLength = cd.readUInt16LE(at + 28);
    const skip = nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    entries.push({
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressed: cd.readUInt32LE(at + 20),
      uncompressed: cd.readUInt32LE(at + 24),
      offset: cd.readUInt32LE(at + 42),
      name: cd.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Offset where the next entry starts after `e`'s data (and data descriptor, when it has one). */
async function entryEnd(r: ByteReader, e: Entry, dataEnd: number): Promise<number> {
  if ((e.flags & 8) === 0) return dataEnd;
  const d = await r.read(dataEnd, 4);
  return dataEnd + (d.length === 4 && d.readUInt32LE(0) === DESCRIPTOR ? 16 : 12);
}

/**
 * Checks an .xlsx before the workbook reader sees it: the ZIP archive is complete and consistent (every entry
 * where the directory says, contiguous, inflating to exactly its declared size and checksum), and its parts
 * together declare no more than `maxWorkbookBytes` uncompressed. Inflating counts the bytes, so a zip bomb is
 * stopped at its declared size; the streaming reader is never given a damaged archive, on which it can hang.
 */
export async function checkWorkbookZip(input: ImportInput, limits: ImportLimits): Promise<void> {
  const file = input.fileName;
  const r = await byteReader(input);
  try {
    const tailStart = Math.max(0, r.size - 65_557);
    const { offset, count } = centralDirectory(
      await r.read(tailStart, r.size - tailStart),
      tailStart,
      r.size,
    );
    if (count > MAX_ENTRIES) throw new Damaged(`it has ${count} parts`, 'zipTooManyParts', { count });
    const entries = readEntries(await r.read(offset, r.size - offset), count).sort(
      (a, b) => a.offset - b.offset,
    );
    const total = entries.reduce((n, e) => n + e.uncompressed, 0);
    if (total > limits.maxWorkbookBytes) {
      throw new AppError(
        'invalid_file',
        msg('xlsxTooLarge', { file, count: total, max: limits.maxWorkbookBytes }),
        {
          location: { file },
          hint: msg('xlsxTooLargeHint', { variable: LIMIT_VARIABLES.maxWorkbookBytes }),
        },
      );
    }
    let expected = 0;
    for (const e of entries) {
      if (e.offset !== expected)
        throw new Damaged(`its part ${e.name} is not where the directory says`, 'zipPartMisplaced', {
          part: e.name,
        });
      const local = await r.read(e.offset, 30 + Buffer.byteLength(e.name));
      if (
        local.length < 30 ||
        local.readUInt32LE(0) !== LOCAL ||
        local.readUInt16LE(8) !== e.method ||
        local.readUInt16LE(26) !== local.length - 30 ||
        local.toString('utf8', 30) !== e.name
      ) {
        throw new Damaged(`its part ${e.name} is damaged`, 'zipPartDamaged', { part: e.name });
      }
      if (e.method !== 0 && e.method !== 8)
        throw new Damaged(`its part ${e.name} uses compression method ${e.method}`, 'zipPartMethod', {
          part: e.name,
          method: e.method,
        });
      const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const dataEnd = start + e.compressed;
      if (dataEnd > offset)
        throw new Damaged(`its part ${e.name} runs past the directory`, 'zipPartPastDirectory', {
          part: e.name,
        });
      const got = await inflatedSize(r, e, start);
      if (got.size !== e.uncompressed || got.crc >>> 0 !== e.crc) {
        throw new Damaged(`its part ${e.name} does not match its checksum`, 'zipPartChecksum', {
          part: e.name,
        });
      }
      expected = await entryEnd(r, e, dataEnd);
    }
    if (expected !== offset)
      throw new Damaged('its directory is not where its parts end', 'zipDirectoryMisplaced');
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const message =
      cause instanceof Damaged ? msg(cause.key, { ...cause.params, file }) : msg('zipBroken', { file });
    throw new AppError('invalid_file', message, {
      location: { file },
      ...(cause instanceof Damaged
        ? {}
        : {
            detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
          }),
      hint: msg('redownloadXlsxHint'),
    });
  } finally {
    await r.close();
  }
}
