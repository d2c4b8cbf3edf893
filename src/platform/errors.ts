import type { Lang } from './i18n/langs.ts';
import { isText, render, type Text } from './i18n/messages.ts';

export const ERROR_CODES = {
  invalid_input: {
    status: 400,
    exit: 2,
    title: 'Invalid input',
    description:
      'A parameter, option, form field or body value is missing, malformed or names a code hwmo does not know (a measure, occupation, source or query parameter). The problem lists each field with what is wrong and, for a mistyped code, the code most likely meant. Correct the fields named and send the request again.',
  },
  invalid_file: {
    status: 422,
    exit: 3,
    title: 'File refused',
    description:
      'An imported file cannot be read as any supported format, or a cell cannot be used; the problem names the file, row and column. Nothing of the file was written. Correct the file (or choose --format / --sheet) and import it again.',
  },
  unknown_area: {
    status: 422,
    exit: 3,
    title: 'Unknown area',
    description:
      'A file, a filter or an option names an area (country, region, income group, subnational unit) that the reference tables do not hold. The problem gives the area most likely meant. Use an ISO 3166 alpha-3 code or a listed name (`hwmo areas`, GET /api/areas), add subnational units with `hwmo areas add`, or import with --skip-unknown-areas.',
  },
  not_found: {
    status: 404,
    exit: 4,
    title: 'Not found',
    description:
      'The batch, edition, file, route or country asked for does not exist. List what exists (`hwmo batches`, GET /api/batches, GET /api/safeguards, /api/openapi.json) and ask again.',
  },
  conflict: {
    status: 409,
    exit: 5,
    title: 'Conflict',
    description:
      'The request contradicts the state of the data: for instance a batch already rolled back, or one whose values a later batch revised (roll that one back first). Nothing was changed.',
  },
  unavailable: {
    status: 503,
    exit: 6,
    title: 'Service unavailable',
    description:
      'The database cannot be reached or is held by another process. Start or point to the database (DATABASE_URL), or stop the process holding the data directory, and try again.',
  },
  locked: {
    status: 423,
    exit: 7,
    title: 'Data directory in use',
    description:
      'The embedded database directory (HWMO_DATA_DIR) is owned by another running hwmo process, named in the problem with its pid, address and start time. Commands that read or write data are sent to a running server automatically; this one cannot be. Stop that process, send the command to it with --server URL, or use a PostgreSQL server through DATABASE_URL.',
  },
  internal: {
    status: 500,
    exit: 1,
    title: 'Internal error',
    description:
      'hwmo failed in a way it did not foresee. The error was logged with its details on the server. Nothing was half-written: writes are transactional. Report it with the request that caused it.',
  },
  unauthenticated: {
    status: 401,
    exit: 8,
    title: 'Sign-in required',
    description:
      'The request changes data or reads something that is not public, and it comes from no one signed in. Sign in (the web app), or send a personal API token as `Authorization: Bearer …` (`hwmo --server URL` with HWMO_TOKEN).',
  },
  forbidden: {
    status: 403,
    exit: 9,
    title: 'Not allowed',
    description:
      'The signed-in user (or the API token) does not hold the permission the request needs for the area it touches: a data manager for one country cannot change another country’s data. The problem names the permission and the area. Ask an administrator for the role, or use a token carrying the permission.',
  },
  read_only: {
    status: 403,
    exit: 10,
    title: 'Read-only observatory',
    description:
      'This installation serves published data only (HWMO_PUBLIC_READONLY=true): every change of data, reference tables or accounts is refused, through the API and the CLI alike. Make the change on the installation that holds the data.',
  },
  rate_limited: {
    status: 429,
    exit: 11,
    title: 'Too many attempts',
    description:
      'Too many failed sign-ins for this account or from this address in the last 15 minutes: further attempts are refused, even with the right password, until the time given in Retry-After has passed. Wait, or reset the password by the link sent by e-mail.',
  },
  cross_site: {
    status: 403,
    exit: 2,
    title: 'Cross-site request refused',
    description:
      'A change (POST, PUT, PATCH or DELETE) was sent by a page of another site, or of a local file (origin "null"), named by its Origin or Sec-Fetch-Site header. hwmo accepts changes only from its own pages (the origins of HWMO_PUBLIC_URL, HWMO_ALLOWED_HOSTS and the loopback addresses) and from programs that are not browsers. Open hwmo at its own address and make the change there.',
  },
  unsupported_media_type: {
    status: 415,
    exit: 2,
    title: 'Unsupported body type',
    description:
      'The body of the request has a Content-Type the route does not take: a route with a JSON body takes only application/json, the import route only multipart/form-data, and a route without a body takes none (no form, no text/plain). The problem names the type sent and the types accepted.',
  },
  misdirected: {
    status: 421,
    exit: 2,
    title: 'Unknown host',
    description:
      'The Host header of the request names an address this server does not answer for (a guard against DNS rebinding). It answers for localhost, 127.0.0.1 and [::1] on the port it serves, the host of HWMO_PUBLIC_URL and those listed in HWMO_ALLOWED_HOSTS. Use one of these addresses, or add the host to HWMO_ALLOWED_HOSTS.',
  },
  invalid_state_transition: {
    status: 409,
    exit: 5,
    title: 'Not allowed in this approval state',
    description:
      'The action asked of an approval unit (an area, year and dataset) is not allowed in its state: for instance approving data that was not submitted, or submitting data already approved. The problem names the state and the actions it allows. Nothing was changed.',
  },
  data_locked: {
    status: 423,
    exit: 7,
    title: 'Data approved and locked',
    description:
      'An import, revision or rollback touches values of an area, year and dataset that were approved; approved values are locked. The problem names the approval, who gave it and when. Ask a data approver to unapprove it (with a comment), then write again. Nothing was written.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

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

  constructor(code: ErrorCode, message: ErrorText, options: AppErrorOptions = {}) {
    super(cutQuoted(render(message)), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.text = message;
    this.detailText = options.detail;
    this.hintText = options.hint;
    this.location = options.location && cutLocation(options.location);
    this.errorTexts = (options.errors ?? []).map((e) => ({ ...cutLocation(e), message: e.message }));
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

export function formatLocation(loc: ErrorLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column) parts.push(`column ${JSON.stringify(loc.column)}`);
  if (loc.field) parts.push(`field ${JSON.stringify(loc.field)}`);
  return parts.join(', ');
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
