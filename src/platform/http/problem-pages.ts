import type { Context, Hono } from 'hono';
import { AppError, ERROR_CODES, type ErrorCode, errorDescription, errorTitle } from '../errors.ts';
import { DEFAULT_LANG, dirOf, type Lang } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';
import { requestLang } from './lang.ts';
import type { RouteSpec } from './openapi.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** What a problem type means, as its `type` URI documents it. */
export function problemType(
  code: ErrorCode,
  lang: Lang = DEFAULT_LANG,
): {
  type: string;
  code: ErrorCode;
  title: string;
  status: number;
  exitCode: number;
  description: string;
} {
  const e = ERROR_CODES[code];
  return {
    type: `/problems/${code}`,
    code,
    title: errorTitle(code, lang),
    status: e.status,
    exitCode: e.exit,
    description: errorDescription(code, lang),
  };
}

function page(title: string, body: string, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · hwmo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .2em}dt{font-weight:600}</style></head>
<body><main>${body}</main></body></html>`;
}

const codes = Object.keys(ERROR_CODES) as ErrorCode[];

function typePage(code: ErrorCode, lang: Lang): string {
  const p = problemType(code, lang);
  const say = (key: Parameters<typeof t>[0]) => escapeHtml(render(t(key), lang));
  return page(
    p.title,
    `<p><a href="/problems?lang=${lang}">${say('problem.types')}</a></p>
<h1>${escapeHtml(p.title)}</h1>
<p>${escapeHtml(p.description)}</p>
<dl><dt>${say('problem.type')}</dt><dd><code>${escapeHtml(p.type)}</code></dd>
<dt>${say('problem.code')}</dt><dd><code>${escapeHtml(code)}</code></dd>
<dt>${say('problem.status')}</dt><dd>${p.status}</dd>
<dt>${say('problem.exit')}</dt><dd>${p.exitCode}</dd></dl>
<p>${say('problem.about')}</p>`,
    lang,
  );
}

/** The language of a problem page, said by Content-Language; the answer varies with Accept-Language. */
function inLanguage(c: Context, lang: Lang): void {
  c.header('content-language', lang);
  c.header('vary', 'Accept-Language', { append: true });
}

const wantsHtml = (accept: string | undefined) => /text\/html/.test(accept ?? '');

/** The page each problem `type` URI leads to: HTML for browsers, JSON (or plain text on request) otherwise. */
export function registerProblemPages(app: Hono, routes: RouteSpec[]): void {
  routes.push(
    {
      method: 'get',
      path: '/problems',
      summary: 'The problem types errors are answered with',
      tag: 'system',
      response: { contentType: 'application/json', description: 'Every problem type' },
    },
    {
      method: 'get',
      path: '/problems/:code',
      summary: 'What one problem type means',
      tag: 'system',
      response: { contentType: 'application/json', description: 'The problem type' },
    },
  );
  app.get('/problems', (c) => {
    const lang = requestLang(c);
    inLanguage(c, lang);
    if (wantsHtml(c.req.header('accept'))) {
      const items = codes
        .map(
          (k) =>
            `<li><a href="/problems/${k}?lang=${lang}">${escapeHtml(errorTitle(k, lang))}</a> (<code>${k}</code>)</li>`,
        )
        .join('\n');
      const title = escapeHtml(render(t('problem.types'), lang));
      return c.html(page(render(t('problem.types'), lang), `<h1>${title}</h1>\n<ul>${items}</ul>`, lang));
    }
    return c.json({ items: codes.map((code) => problemType(code, lang)) });
  });
  app.get('/problems/:code', (c) => {
    const code = c.req.param('code');
    if (!Object.hasOwn(ERROR_CODES, code)) {
      throw new AppError('not_found', t('problem.none', { code: JSON.stringify(code.slice(0, 40)) }), {
        hint: t('problem.hint', { codes: codes.join(', ') }),
      });
    }
    const lang = requestLang(c);
    inLanguage(c, lang);
    const p = problemType(code as ErrorCode, lang);
    const accept = c.req.header('accept');
    if (wantsHtml(accept)) return c.html(typePage(code as ErrorCode, lang));
    if (/text\/plain/.test(accept ?? '') && !/json/.test(accept ?? '')) {
      const line = render(t('problem.status_line', { status: p.status, exit: p.exitCode }), lang);
      return c.text(`${p.title} (${p.code})\n${line}\n\n${p.description}\n`);
    }
    return c.json(p);
  });
}
