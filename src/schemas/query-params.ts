import { z } from 'zod';

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
