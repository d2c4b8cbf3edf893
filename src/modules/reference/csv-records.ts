import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { text as msg } from './messages.ts';

/**
 * Parses a small headed CSV (a reference list) and validates each record; the first invalid cell refuses
 * the whole file, naming its row (the header is row 1) and column.
 */
export function parseCsvRecords<S extends z.ZodType>(
  text: string | Uint8Array,
  schema: S,
  file: string,
): Array<z.infer<S>> {
  let records: Array<Record<string, string>>;
  try {
    records = parse(typeof text === 'string' ? text : Buffer.from(text), {
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw new AppError('invalid_file', msg('cannot_read_csv', { file }), {
      detail: cause instanceof Error ? cause.message : String(cause),
      ...(line ? { location: { file, row: line } } : { location: { file } }),
      cause,
    });
  }
  return records.map((record, i) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const column = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue?.path[0] ?? '');
    throw new AppError('invalid_file', msg('invalid_cell', { problem: issue?.message ?? 'invalid' }), {
      location: { file, row: i + 2, column },
    });
  });
}
