import type { Hono } from 'hono';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.ts';
import type { RouteSpec } from './openapi.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** What a problem type means, as its `type` URI documents it. */
export function problemType(code: ErrorCode): {
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
    title: e.title,
    status: e.status,
    exitCode: e.exit,
    description: e.description,
  };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · hwmo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .2em}dt{font-weight:600}</style></head>
<body><main>${body}</main></body></html>`;
}

const codes = Object.keys(ERROR_CODES) as ErrorCode[];

function typePage(code: ErrorCode): string {
  const t = problemType(code);
  return page(
    t.title,
    `<p><a href="/problems">Problem types</a></p>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.description)}</p>
<dl><dt>Type</dt><dd><code>${escapeHtml(t.type)}</code></dd>
<dt>Code</dt><dd><code>${escapeHtml(code)}</code></dd>
<dt>HTTP status</dt><dd>${t.status}</dd>
<dt>CLI exit code</dt><dd>${t.exitCode}</dd></dl>
<p>Errors are answered as RFC 9457 <code>application/problem+json</code>: <code>detail</code> says what was wrong,
<code>errors</code> lists each field, row or column concerned and <code>hint</code> the way forward.</p>`,
  );
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
    if (wantsHtml(c.req.header('accept'))) {
      const items = codes
        .map(
          (k) =>
            `<li><a href="/problems/${k}">${escapeHtml(ERROR_CODES[k].title)}</a> (<code>${k}</code>)</li>`,
        )
        .join('\n');
      return c.html(page('Problem types', `<h1>Problem types</h1>\n<ul>${items}</ul>`));
    }
    return c.json({ items: codes.map(problemType) });
  });
  app.get('/problems/:code', (c) => {
    const code = c.req.param('code');
    if (!Object.hasOwn(ERROR_CODES, code)) {
      throw new AppError('not_found', `No problem type ${JSON.stringify(code.slice(0, 40))}`, {
        hint: `problem types: ${codes.join(', ')} (GET /problems)`,
      });
    }
    const t = problemType(code as ErrorCode);
    const accept = c.req.header('accept');
    if (wantsHtml(accept)) return c.html(typePage(code as ErrorCode));
    if (/text\/plain/.test(accept ?? '') && !/json/.test(accept ?? '')) {
      return c.text(
        `${t.title} (${t.code})\nHTTP status ${t.status}, CLI exit code ${t.exitCode}\n\n${t.description}\n`,
      );
    }
    return c.json(t);
  });
}
