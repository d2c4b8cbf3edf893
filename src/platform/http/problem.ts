import { AppError, type ErrorLocation, errorTitle, formatLocation } from '../errors.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';

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

/** The language a problem is rendered in, kept beside it for its Content-Language header. */
const languages = new WeakMap<ProblemDetails, Lang>();

/**
 * RFC 9457 rendering of any error in the reader's language: title, detail, hint, located errors and the words of
 * the location. Unknown errors are logged and answered without internals.
 */
export function toProblem(
  err: unknown,
  instance: string,
  log: (e: unknown) => void,
  lang: Lang,
): ProblemDetails {
  let problem: ProblemDetails;
  if (err instanceof AppError) {
    const words = err.localize(lang);
    const where = formatLocation(err.location, lang);
    // A message that names its file and row already says where, in its own words and quotes.
    const loc = err.location;
    const said = loc?.file
      ? words.message.includes(loc.file) && (loc.row === undefined || words.message.includes(String(loc.row)))
      : words.message.includes(where);
    problem = {
      type: `/problems/${err.code}`,
      title: errorTitle(err.code, lang),
      status: err.status,
      detail: [
        words.message,
        where && !said ? render(t('loc.around', { where }), lang) : '',
        words.detail ?? '',
      ]
        .filter(Boolean)
        .join(' '),
      instance,
      code: err.code,
      ...(words.hint ? { hint: words.hint } : {}),
      ...(err.location ? { location: err.location } : {}),
      ...(words.errors.length ? { errors: words.errors } : {}),
    };
    if (err.extensions) problem = { ...err.extensions, ...problem };
  } else {
    log(err);
    problem = {
      type: '/problems/internal',
      title: errorTitle('internal', lang),
      status: 500,
      detail: render(t('internal.unexpected'), lang),
      instance,
      code: 'internal',
    };
  }
  languages.set(problem, lang);
  return problem;
}

/** A problem+json answer, in the language it was rendered in (Content-Language). */
export function problemResponse(problem: ProblemDetails, lang?: Lang): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': lang ?? languages.get(problem) ?? DEFAULT_LANG,
      vary: 'Accept-Language',
    },
  });
}
