import type { z } from 'zod';
import { AppError, quoteValue } from '../errors.ts';
import { closest } from '../suggest.ts';
import { issueMessage } from './query-params.ts';

/** Where in a request value a NUL character sits, which no text column can store; undefined when none does. */
function nulAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const hit = nulAt(v, path ? `${path}.${k}` : k, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Parses request input with a zod schema; failures become invalid_input naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const nul = nulAt(input, '');
  if (nul !== undefined) {
    const field = nul || what;
    throw new AppError('invalid_input', `Invalid ${what}: ${field} contains a NUL character`, {
      location: { field },
      errors: [{ field, message: 'contains a NUL character (\\u0000)' }],
    });
  }
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.join('.') || what,
    message: issueMessage(i),
  }));
  throw new AppError('invalid_input', `Invalid ${what}`, {
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

/**
 * Refuses query parameters a route does not declare, naming each with the declared one it most likely meant, so
 * that a misspelt filter is an error rather than a silently unfiltered answer.
 */
export function checkQueryNames(query: Record<string, string[]>, known: readonly string[]): void {
  const repeated = Object.entries(query).find(([k, v]) => known.includes(k) && v.length > 1);
  if (repeated) {
    throw new AppError(
      'invalid_input',
      `Query parameter ${quoteValue(repeated[0])} is given ${repeated[1].length} times`,
      {
        hint: 'give it once; parameters taking several codes take them comma-separated (area=GBR,FRA)',
        location: { field: repeated[0] },
      },
    );
  }
  const unknown = Object.keys(query).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const candidates = known.map((code) => ({ code }));
  const errors = unknown.map((k) => {
    const hit = closest(k, candidates);
    return {
      field: k,
      message: `unknown query parameter ${quoteValue(k)}${hit ? `; did you mean "${hit}"?` : ''}`,
    };
  });
  const first = errors[0] as { field: string; message: string };
  throw new AppError('invalid_input', `${first.message.charAt(0).toUpperCase()}${first.message.slice(1)}`, {
    detail: known.length
      ? `This route accepts: ${known.join(', ')}.`
      : 'This route takes no query parameters.',
    location: { field: first.field },
    errors,
  });
}
