import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';

/** Parses request input with a zod schema; failures become invalid_input naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ field: i.path.join('.') || what, message: i.message }));
  throw new AppError('invalid_input', `Invalid ${what}`, {
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}
