import { z } from 'zod';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import { fieldsText, issueText, PARSE_OPTIONS } from '../zod-text.ts';

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Validates parsed command-line options; errors name the flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw, PARSE_OPTIONS);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.length ? flag(String(i.path[0])) : 'arguments',
    message: issueText(i),
  }));
  throw new AppError('invalid_input', t('input.options'), { detail: fieldsText(errors), errors });
}

/** How a command prints its answer: a table for people, JSON for programs. */
export const OutputFormat = z.enum(['table', 'json']).default('table');

/** The `--format` option of a command that prints a table or JSON. */
export function outputFormat(raw: unknown): z.infer<typeof OutputFormat> {
  return parseOptions(z.object({ format: OutputFormat }), { format: raw }).format;
}
