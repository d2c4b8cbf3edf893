import { z } from 'zod';
import { render, type Text, textByLang } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';
import { issueText, zodText } from '../zod-text.ts';

/** A comma-separated query or option value, each item checked against `re`. */
export const commaList = (re: RegExp, what: string | Text) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              re,
              zodText(textByLang((lang) => render(t('value.list_item', { what: render(what, lang) }), lang))),
            ),
        )
        .min(1),
    );

/** `2020` or `2010-2020`, as an inclusive range. */
export const yearRange = z
  .string()
  .regex(/^\d{4}(-\d{4})?$/, zodText(t('value.year_range')))
  .transform((s) => {
    const [from, to] = s.split('-').map(Number) as [number, number | undefined];
    return { from, to: to ?? from };
  })
  .refine((r) => r.from <= r.to, zodText(t('value.range_backwards')));

/** Largest integer a database id, count or offset column holds (PostgreSQL int4). */
export const MAX_INT4 = 2_147_483_647;

/** A database id in a path or query: a positive integer the id column can hold. */
export const dbId = z.coerce
  .number()
  .int()
  .positive()
  .max(MAX_INT4, zodText(t('value.at_most', { max: MAX_INT4 })));

/** Rows to skip in a page of results. */
export const offset = z.coerce
  .number()
  .int()
  .min(0)
  .max(MAX_INT4, zodText(t('value.at_most', { max: MAX_INT4 })))
  .default(0);

/**
 * An issue's message in English (see `issueText` for every language), with the value given and, for a choice among
 * fixed values, the one most likely meant: `unknown value "densty"; did you mean "density"? (expected one of …)`.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return render(issueText(issue));
}
