import { AppError, ERROR_CODES, type ErrorLocation, formatLocation } from '../errors.ts';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: string;
  hint?: string;
  location?: ErrorLocation;
  errors?: ReadonlyArray<ErrorLocation & { message: string }>;
}

/** RFC 9457 rendering of any error; unknown errors are logged and answered without internals. */
export function toProblem(err: unknown, instance: string, log: (e: unknown) => void): ProblemDetails {
  if (err instanceof AppError) {
    const where = formatLocation(err.location);
    return {
      type: `/problems/${err.code}`,
      title: ERROR_CODES[err.code].title,
      status: err.status,
      detail: [err.message, where && !err.message.includes(where) ? `(${where})` : '', err.detail ?? '']
        .filter(Boolean)
        .join(' '),
      instance,
      code: err.code,
      ...(err.hint ? { hint: err.hint } : {}),
      ...(err.location ? { location: err.location } : {}),
      ...(err.errors.length ? { errors: err.errors } : {}),
    };
  }
  log(err);
  return {
    type: '/problems/internal',
    title: ERROR_CODES.internal.title,
    status: 500,
    detail: 'An unexpected error occurred; it has been logged.',
    instance,
    code: 'internal',
  };
}

export function problemResponse(problem: ProblemDetails): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}
