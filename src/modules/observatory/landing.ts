import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Queryable } from '../../platform/db/client.ts';
import { dataVersion } from '../../platform/db/unit-of-work.ts';
import { dirOf } from '../../platform/i18n/langs.ts';
import { NOT_FOUND_LINKS, type PageLang, pageText } from '../../platform/i18n/page-text.ts';
import { VERSION } from '../../platform/version.ts';
import { listBatches } from '../observations/index.ts';
import { countObservations, listMeasures, listSafeguardsEditions, listSources } from '../reference/index.ts';

const fmt = new Intl.NumberFormat('en');

/**
 * What is loaded, with credits to each publisher: the observatory's data summary, rendered on the server so that it
 * reads without JavaScript (inside the app shell's noscript) and as the whole page when the web app is not built.
 */
export async function dataSummary(db: Queryable): Promise<HtmlEscapedString> {
  const version = await dataVersion(db);
  const hit = summaries.get(db);
  if (hit?.version === version) return hit.summary;
  const summary = await renderSummary(db);
  summaries.set(db, { version, summary });
  return summary;
}

// Every page carries the summary: rendered once per data version rather than recounted per request.
const summaries = new WeakMap<Queryable, { version: number; summary: HtmlEscapedString }>();

async function renderSummary(db: Queryable) {
  const [total, sources, measures, batches, safeguards] = await Promise.all([
    countObservations(db),
    listSources(db),
    listMeasures(db),
    listBatches({ db }, { limit: 20 }),
    listSafeguardsEditions(db),
  ]);
  return html`<main class="summary">
<h1>hwmo — Health Worker Migration Observatory</h1>
<p class="muted">Version ${VERSION}. ${fmt.format(total)} current observations of health workers, population and service coverage,
each traceable to its source file and row. API description: <a href="/api/openapi.json">/api/openapi.json</a>.</p>

<h2>Datasets loaded</h2>
<table>
<thead><tr><th>Dataset</th><th>Publisher</th><th>Licence</th><th>Years</th><th class="n">Values</th></tr></thead>
<tbody>
${sources
  .filter((s) => s.observations > 0)
  .map(
    (s) => html`<tr><td>${s.url ? html`<a href="${s.url}">${s.name}</a>` : s.name} <code>${s.code}</code></td>
<td>${s.publisher ?? ''}</td><td>${s.licence ?? ''}</td>
<td>${s.years ? `${s.years.from}–${s.years.to}` : ''}</td><td class="n">${fmt.format(s.observations)}</td></tr>`,
  )}
</tbody>
</table>
<p class="muted">The data are the publishers', not hwmo's; they are shown under the publishers' terms.</p>
${safeguards.map(
  (
    s,
  ) => html`<p>WHO Health Workforce Support and Safeguards List ${s.edition}: ${s.countries} countries loaded (World Health
Organization, CC BY-NC-SA 3.0 IGO).</p>`,
)}

<h2>Measures</h2>
<table>
<thead><tr><th>Measure</th><th>Unit</th><th class="n">Values</th></tr></thead>
<tbody>
${measures.map(
  (m) =>
    html`<tr><td>${m.name} <code>${m.code}</code></td><td>${m.unit}</td><td class="n">${fmt.format(m.observations)}</td></tr>`,
)}
</tbody>
</table>

<h2>Latest imports</h2>
<table>
<thead><tr><th>Batch</th><th>File</th><th>Format</th><th>Status</th><th class="n">Read</th><th class="n">New</th><th class="n">Revised</th><th class="n">Unchanged</th><th class="n">Skipped</th></tr></thead>
<tbody>
${batches.map(
  (
    b,
  ) => html`<tr><td><a href="/api/batches/${b.id}">${b.id}</a></td><td>${b.file}</td><td>${b.format}</td><td>${b.status}</td>
<td class="n">${fmt.format(b.rowsRead)}</td><td class="n">${fmt.format(b.stored)}</td><td class="n">${fmt.format(b.revised)}</td>
<td class="n">${fmt.format(b.unchanged)}</td><td class="n">${fmt.format(b.skipped)}</td></tr>`,
)}
</tbody>
</table>
<p class="muted">Add data with <code>npx hwmo import FILE</code> or <code>POST /api/imports</code>;
a blank template is at <a href="/api/imports/template.csv">/api/imports/template.csv</a>.</p>
</main>`;
}

/** The not-found page's content: what was not found and the links back into the observatory. */
export function notFoundSection(lang: PageLang, message?: string) {
  const suffix = lang === 'en' ? '' : `?lang=${lang}`;
  return html`<main class="summary not-found">
<h1>${pageText(lang, 'notFound.title')}</h1>
<p>${message ?? pageText(lang, 'notFound.text')}</p>
<p>${pageText(lang, 'notFound.links')}</p>
<ul>
${NOT_FOUND_LINKS.map((l) => html`<li><a href="${l.path}${suffix}">${pageText(lang, l.label)}</a></li>`)}
</ul>
</main>`;
}

/** The not-found page on its own, for a server whose web app has not been built. */
export function notFoundPage(lang: PageLang, title: string, message?: string) {
  return html`<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
${notFoundSection(lang, message)}
</body>
</html>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem} th,td{text-align:start;padding:.35rem .5rem;border-bottom:1px solid #dde3ea}
th{background:#f3f6f9} td.n{text-align:end;font-variant-numeric:tabular-nums} .muted{color:#5b6b7c}
code{background:#f3f6f9;padding:0 .25rem;border-radius:3px}
`;

/** The data summary as a page of its own, for a server whose web app has not been built. */
export async function landingPage(db: Queryable, note: string) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hwmo — Health Worker Migration Observatory</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<p class="muted">${note}</p>
${await dataSummary(db)}
</body>
</html>`;
}
