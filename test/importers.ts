import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { type OpenOptions, openImportFile } from '../src/modules/observations/importers/index.ts';
import type {
  AppliedMapping,
  ImportInput,
  ImportRecord,
  ReadFormat,
  SkippedRow,
} from '../src/modules/observations/importers/types.ts';
import { AppError } from '../src/platform/errors.ts';
import { render } from '../src/platform/i18n/messages.ts';

export const fixture = (name: string) =>
  fileURLToPath(new URL(`fixtures/importers/${name}`, import.meta.url));

export const utf8 = (text: string) => new TextEncoder().encode(text);

export interface ReadResult {
  format: ReadFormat;
  sheet: string | null;
  mapping: AppliedMapping | null;
  records: ImportRecord[];
  /** The skipped rows, their reasons in English. */
  skips: SkippedRow<string>[];
  events: number;
}

/** Reads a whole file through openImportFile. */
export async function readAll(input: ImportInput | string, opts: OpenOptions = {}): Promise<ReadResult> {
  const parsed = await openImportFile(
    typeof input === 'string' ? { fileName: input.slice(input.lastIndexOf('/') + 1), path: input } : input,
    opts,
  );
  const records: ImportRecord[] = [];
  const skips: SkippedRow<string>[] = [];
  for await (const e of parsed.events) {
    if (e.type === 'record') records.push(e.record);
    else skips.push({ ...e.skip, reason: render(e.skip.reason) });
  }
  return {
    format: parsed.format,
    sheet: parsed.sheet,
    mapping: parsed.mapping,
    records,
    skips,
    events: records.length + skips.length,
  };
}

/** Reads text as a file of that name. */
export function readText(fileName: string, text: string, opts: OpenOptions = {}): Promise<ReadResult> {
  return readAll({ fileName, bytes: utf8(text) }, opts);
}

/** The AppError a read fails with; fails the test if the read succeeds. */
export async function refusal(read: Promise<unknown>, code = 'invalid_file'): Promise<AppError> {
  const err = await read.then(
    () => assert.fail('the file was accepted'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof AppError, String(err));
  assert.equal(err.code, code, err.message);
  return err;
}
