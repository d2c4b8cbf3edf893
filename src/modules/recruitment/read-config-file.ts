import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../platform/errors.ts';
import { issueText, PARSE_OPTIONS } from '../../platform/zod-text.ts';
import type { DestinationConfig } from './domain/destination-config.ts';
import { serviceText as text } from './messages-service.ts';
import { DestinationConfigSchema } from './schemas-config.ts';

/** A destination configuration file, or an error naming the file and each JSON path that is wrong. */
export function readConfigFile(path: string): DestinationConfig {
  const file = basename(path);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError('invalid_file', text('file_unreadable', { file, reason: (err as Error).message }), {
      location: { file },
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('invalid_file', text('file_not_json', { file, reason: (err as Error).message }), {
      location: { file },
    });
  }
  const parsed = DestinationConfigSchema.safeParse(raw, PARSE_OPTIONS);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({
    file,
    field: i.path.join('.') || '(file)',
    message: issueText(i),
  }));
  throw new AppError('invalid_file', text('file_invalid', { file }), {
    location: { file, field: errors[0]?.field ?? '' },
    errors,
  });
}
