import { z } from 'zod';
import { AppError } from '../errors.ts';
import { issueMessage } from '../http/query-params.ts';

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Validates parsed command-line options; errors name the flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.length ? flag(String(i.path[0])) : 'arguments',
    message: issueMessage(i),
  }));
  throw new AppError('invalid_input', 'Invalid command-line options', {
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

/** How a command prints its answer: a table for people, JSON for programs. */
export const OutputFormat = z.enum(['table', 'json']).default('table');

/** The `--format` option of a command that prints a table or JSON. */
export function outputFormat(raw: unknown): z.infer<typeof OutputFormat> {
  return parseOptions(z.object({ format: OutputFormat }), { format: raw }).format;
}
