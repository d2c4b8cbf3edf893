export const ERROR_CODES = {
  invalid_input: { status: 400, exit: 2, title: 'Invalid input' },
  invalid_file: { status: 422, exit: 3, title: 'File refused' },
  unknown_area: { status: 422, exit: 3, title: 'Unknown area' },
  not_found: { status: 404, exit: 4, title: 'Not found' },
  conflict: { status: 409, exit: 5, title: 'Conflict' },
  unavailable: { status: 503, exit: 6, title: 'Service unavailable' },
  locked: { status: 423, exit: 7, title: 'Data directory in use' },
  internal: { status: 500, exit: 1, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in an input the problem is: file, 1-based row as a spreadsheet shows it, and column or field name. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  field?: string;
}

export interface AppErrorOptions {
  detail?: string;
  hint?: string;
  location?: ErrorLocation;
  /** Further located problems of the same kind (for instance every unknown area in a file). */
  errors?: ReadonlyArray<ErrorLocation & { message: string }>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  readonly hint: string | undefined;
  readonly location: ErrorLocation | undefined;
  readonly errors: ReadonlyArray<ErrorLocation & { message: string }>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
    this.hint = options.hint;
    this.location = options.location;
    this.errors = options.errors ?? [];
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
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
