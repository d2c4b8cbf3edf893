import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Validates parsed command-line options; errors name the flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.length ? flag(String(i.path[0])) : 'arguments',
    message: i.message,
  }));
  throw new AppError('invalid_input', 'Invalid command-line options', {
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}
