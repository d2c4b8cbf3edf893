import type { z } from 'zod';
import { AppError, quoteValue } from '../errors.ts';
import { LANGS } from '../i18n/langs.ts';
import { platformText as t } from '../messages.ts';
import { closest } from '../suggest.ts';
import { capitalized, fieldsText, issueText, PARSE_OPTIONS } from '../zod-text.ts';
import { LANG_PARAM } from './lang.ts';

const WHAT = ['path', 'query', 'body', 'form'] as const;
type What = (typeof WHAT)[number];
const isWhat = (what: string): what is What => (WHAT as readonly string[]).includes(what);

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
    throw new AppError(
      'invalid_input',
      isWhat(what) ? t(`input.nul.${what}`, { field }) : t('input.nul.other', { what, field }),
      { location: { field }, errors: [{ field, message: t('input.nul_issue') }] },
    );
  }
  const result = schema.safeParse(input, PARSE_OPTIONS);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.join('.') || what,
    message: issueText(i),
  }));
  throw new AppError(
    'invalid_input',
    isWhat(what) ? t(`input.invalid.${what}`) : t('input.invalid.other', { what }),
    {
      detail: fieldsText(errors),
      errors,
    },
  );
}

/**
 * Refuses query parameters a route does not declare, naming each with the declared one it most likely meant, so
 * that a misspelt filter is an error rather than a silently unfiltered answer.
 */
export function checkQueryNames(query: Record<string, string[]>, declared: readonly string[]): void {
  const known = declared.includes(LANG_PARAM) ? declared : [...declared, LANG_PARAM];
  const asked = query[LANG_PARAM]?.[0]?.trim().toLowerCase();
  if (
    !declared.includes(LANG_PARAM) &&
    asked !== undefined &&
    !(LANGS as readonly string[]).includes(asked)
  ) {
    throw new AppError('invalid_input', t('input.invalid.query'), {
      location: { field: LANG_PARAM },
      errors: [{ field: LANG_PARAM, message: t('input.lang', { langs: LANGS.join(', ') }) }],
      detail: fieldsText([{ field: LANG_PARAM, message: t('input.lang', { langs: LANGS.join(', ') }) }]),
    });
  }
  const repeated = Object.entries(query).find(([k, v]) => known.includes(k) && v.length > 1);
  if (repeated) {
    throw new AppError(
      'invalid_input',
      t('query.repeated', { name: quoteValue(repeated[0]), count: repeated[1].length }),
      { hint: t('query.repeated_hint'), location: { field: repeated[0] } },
    );
  }
  const unknown = Object.keys(query).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const candidates = known.map((code) => ({ code }));
  const errors = unknown.map((k) => {
    const hit = closest(k, candidates);
    const name = quoteValue(k);
    return {
      field: k,
      message: hit ? t('query.unknown_meant', { name, hit }) : t('query.unknown', { name }),
    };
  });
  const first = errors[0] as (typeof errors)[number];
  throw new AppError('invalid_input', capitalized(first.message), {
    detail: declared.length ? t('query.accepts', { names: declared.join(', ') }) : t('query.none'),
    location: { field: first.field },
    errors,
  });
}
