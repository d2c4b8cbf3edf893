import { DEFAULT_LANG, type Lang } from './i18n/langs.ts';
import { isText, render, type Text } from './i18n/messages.ts';
import { platformText as t } from './messages.ts';

/** Each error code's HTTP status and CLI exit code; its title and description are in the platform's messages. */
export const ERROR_CODES = {
  invalid_input: {
    status: 400,
    exit: 2,
  },
  invalid_file: {
    status: 422,
    exit: 3,
  },
  unknown_area: {
    status: 422,
    exit: 3,
  },
  not_found: {
    status: 404,
    exit: 4,
  },
  conflict: {
    status: 409,
    exit: 5,
  },
  unavailable: {
    status: 503,
    exit: 6,
  },
  locked: {
    status: 423,
    exit: 7,
  },
  internal: {
    status: 500,
    exit: 1,
  },
  unauthenticated: {
    status: 401,
    exit: 8,
  },
  forbidden: {
    status: 403,
    exit: 9,
  },
  read_only: {
    status: 403,
    exit: 10,
  },
  rate_limited: {
    status: 429,
    exit: 11,
  },
  cross_site: {
    status: 403,
    exit: 2,
  },
  unsupported_media_type: {
    status: 415,
    exit: 2,
  },
  misdirected: {
    status: 421,
    exit: 2,
  },
  invalid_state_transition: {
    status: 409,
    exit: 5,
  },
  data_locked: {
    status: 423,
    exit: 7,
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The title of an error code, fixed per code (problem+json `title`), in a language. */
export function errorTitle(code: ErrorCode, lang: Lang = DEFAULT_LANG): string {
  return render(t(`code.${code}.title`), lang);
}

/** What an error code means and what to do about it, in a language (the problem type's page, OpenAPI). */
export function errorDescription(code: ErrorCode, lang: Lang = DEFAULT_LANG): string {
  return render(t(`code.${code}.description`), lang);
}

/** Where in an input the problem is: file, 1-based row as a spreadsheet shows it, and column or field name. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  field?: string;
}

/** A message of an error: a `Text` of a module's catalogue, rendered in the reader's language at the edge. */
export type ErrorText = Text | string;

export type LocatedProblem<M = ErrorText> = ErrorLocation & { message: M };

export interface AppErrorOptions {
  detail?: ErrorText;
  hint?: ErrorText;
  location?: ErrorLocation;
  /** Further located problems of the same kind (for instance every unknown area in a file). */
  errors?: ReadonlyArray<LocatedProblem>;
  /** Further members of the problem+json answer, such as the current version of what a stale save would overwrite. */
  extensions?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

/** An error's words in one language. */
export interface LocalizedError {
  message: string;
  detail: string | undefined;
  hint: string | undefined;
  errors: ReadonlyArray<LocatedProblem<string>>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The message as data; `message` is its English rendering, for logs. */
  readonly text: ErrorText;
  readonly detailText: ErrorText | undefined;
  readonly hintText: ErrorText | undefined;
  readonly location: ErrorLocation | undefined;
  readonly errorTexts: ReadonlyArray<LocatedProblem>;
  readonly extensions: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: ErrorText, options: AppErrorOptions = {}) {
    super(cutQuoted(render(message)), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.text = message;
    this.detailText = options.detail;
    this.hintText = options.hint;
    this.location = options.location && cutLocation(options.location);
    this.errorTexts = (options.errors ?? []).map((e) => ({ ...cutLocation(e), message: e.message }));
    this.extensions = options.extensions;
  }

  get detail(): string | undefined {
    return this.detailText === undefined ? undefined : cutQuoted(render(this.detailText));
  }

  get hint(): string | undefined {
    return this.hintText === undefined ? undefined : render(this.hintText);
  }

  get errors(): ReadonlyArray<LocatedProblem<string>> {
    return this.localize('en').errors;
  }

  /** The error's message, detail, hint and located problems in a language. */
  localize(lang: Lang): LocalizedError {
    const say = (t: ErrorText) => cutQuoted(render(t, lang));
    return {
      message: say(this.text),
      detail: this.detailText === undefined ? undefined : say(this.detailText),
      hint: this.hintText === undefined ? undefined : render(this.hintText, lang),
      errors: this.errorTexts.map((e) => ({ ...e, message: say(e.message) })),
    };
  }

  /** Whether every word of the error is a `Text` (no English-only string left). */
  get isData(): boolean {
    return [this.text, this.detailText, this.hintText, ...this.errorTexts.map((e) => e.message)].every(
      (t) => t === undefined || isText(t),
    );
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

function cutLocation<T extends ErrorLocation>(loc: T): T {
  const out = { ...loc };
  for (const key of ['file', 'column', 'field'] as const) {
    const v = out[key];
    if (v !== undefined && v.length > QUOTE_LIMIT * 4)
      out[key] = `${[...v.slice(0, QUOTE_LIMIT * 4)].join('')}…(${v.length} characters)`;
  }
  return out;
}

/** The words of a location in a language: `file x, row 5, column "area"`. */
export function formatLocation(loc: ErrorLocation | undefined, lang: Lang = DEFAULT_LANG): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.row !== undefined) parts.push(render(t('loc.row', { row: loc.row }), lang));
  if (loc.column) parts.push(render(t('loc.column', { name: JSON.stringify(loc.column) }), lang));
  if (loc.field) parts.push(render(t('loc.field', { name: JSON.stringify(loc.field) }), lang));
  return parts.join(render(t('loc.separator'), lang));
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Longest stretch of an input value an error message quotes. */
export const QUOTE_LIMIT = 80;

/**
 * An input value as an error message quotes it: JSON-quoted, cut to a readable length with the full length said,
 * so that a message about a 16 MB cell stays a message.
 */
export function quoteValue(value: unknown, limit = QUOTE_LIMIT): string {
  const s = typeof value === 'string' ? value : String(value);
  if (s.length <= limit) return JSON.stringify(s);
  return `${JSON.stringify([...s.slice(0, limit * 2)].slice(0, limit).join(''))}…(${s.length} characters)`;
}

/**
 * A message with every JSON-quoted value in it cut to a readable length, and the whole bounded: the net under
 * messages that quote what a file or a request held.
 */
export function cutQuoted(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit + 2) return text;
  const parts: string[] = [];
  let at = 0;
  for (let open = text.indexOf('"'); open !== -1; open = text.indexOf('"', at)) {
    let close = open + 1;
    while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
    if (close >= text.length) break;
    parts.push(text.slice(at, open));
    const quoted = text.slice(open, close + 1);
    if (quoted.length <= limit + 2) parts.push(quoted);
    else {
      let value: string;
      try {
        value = JSON.parse(quoted) as string;
      } catch {
        value = quoted.slice(1, -1);
      }
      parts.push(quoteValue(value, limit));
    }
    at = close + 1;
  }
  parts.push(text.slice(at));
  const cut = parts.join('');
  const max = limit * 25;
  return cut.length <= max ? cut : `${cut.slice(0, max)}…(${cut.length} characters)`;
}
