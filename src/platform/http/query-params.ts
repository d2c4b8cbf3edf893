import { z } from 'zod';
import { quoteValue } from '../errors.ts';
import { closest } from '../suggest.ts';

/** A comma-separated query or option value, each item checked against `re`. */
export const commaList = (re: RegExp, what: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    )
    .pipe(z.array(z.string().regex(re, `not a valid ${what}`)).min(1));

/** `2020` or `2010-2020`, as an inclusive range. */
export const yearRange = z
  .string()
  .regex(/^\d{4}(-\d{4})?$/, 'a year (2020) or a range (2010-2020)')
  .transform((s) => {
    const [from, to] = s.split('-').map(Number) as [number, number | undefined];
    return { from, to: to ?? from };
  })
  .refine((r) => r.from <= r.to, 'the range must not run backwards');

/** Largest integer a database id, count or offset column holds (PostgreSQL int4). */
export const MAX_INT4 = 2_147_483_647;

/** A database id in a path or query: a positive integer the id column can hold. */
export const dbId = z.coerce.number().int().positive().max(MAX_INT4, `at most ${MAX_INT4}`);

/** Rows to skip in a page of results. */
export const offset = z.coerce.number().int().min(0).max(MAX_INT4, `at most ${MAX_INT4}`).default(0);

/** An occupation slug of the reference list; a mistyped one is refused with the slug it most likely meant. */
/**
 * An issue's message, with the value given and, for a choice among fixed values, the one most likely meant:
 * `unknown value "densty"; did you mean "density"? (expected one of …)`. Parse with `{ reportInput: true }`.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_value' || typeof issue.input !== 'string') return issue.message;
  const hit = closest(
    issue.input,
    issue.values.filter((v): v is string => typeof v === 'string').map((code) => ({ code })),
  );
  const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
  return `unknown value ${quoteValue(issue.input)}${hit ? `; did you mean "${hit}"?` : ''} (expected one of ${options})`;
}
