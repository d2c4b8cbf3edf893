import { dirOf } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { text as say } from './messages.ts';
import type { AnswerBody, Block, Document, TableData } from './model.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A text as HTML text: markup in it is shown, never read. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** A text as HTML text isolated in its own direction (a user's words in a document of the other direction). */
function isolate(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

const CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "Amiri", "Noto Sans SC", system-ui, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-block: 0 .3rem; }
.subtitle { font-size: 1.15rem; margin-block: 0 .3rem; }
.meta { color: #555; font-size: .9rem; margin: 0; }
header { border-block-end: 1px solid #b0b0b0; padding-block-end: .8rem; margin-block-end: 1rem; }
h2 { font-size: 1.3rem; margin-block: 1.4rem .4rem; }
h3 { font-size: 1.1rem; margin-block: 1rem .3rem; }
h4 { font-size: 1rem; margin-block: .8rem .3rem; }
.question { margin-block: .9rem; break-inside: avoid-page; }
.question .q { font-weight: 700; margin: 0 0 .2rem; }
.question .n { margin-inline-end: .5rem; }
.answer { margin-inline-start: 1.2rem; }
.answer p { margin: 0 0 .2rem; white-space: pre-wrap; }
.none { color: #555; }
.comment { background: #f1f1f1; padding: .4rem .6rem; margin-block: .4rem; margin-inline-start: 1.2rem; }
.comment strong { display: block; }
table { border-collapse: collapse; width: 100%; margin-block: .4rem .8rem; font-size: .85rem; }
.table-wrap { overflow-x: auto; max-inline-size: 100%; }
th, td { border: 1px solid #b0b0b0; padding: .2rem .35rem; text-align: start; vertical-align: top; }
th { background: #f1f1f1; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 700; padding-block-end: .2rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.chart { margin-block: .6rem 1rem; }
.chart .bar-row { display: grid; grid-template-columns: 38% 1fr; gap: .5rem; align-items: center; font-size: .85rem; }
.chart .track { display: flex; align-items: center; gap: .4rem; }
.chart .bar { background: #2f6db5; height: .7rem; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.chart .caption { font-weight: 700; }
.page-break { break-after: page; }
footer { margin-block-start: 2rem; border-block-start: 1px solid #b0b0b0; padding-block-start: .5rem; color: #555;
  font-size: .85rem; }
@page { size: A4; margin: 2cm 1.8cm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; } }
`;

function tableHtml(data: TableData, caption?: string): string {
  const head = data.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = data.rows
    .map(
      (row) =>
        `<tr>${data.header
          .map((_, c) => {
            const cls = data.numeric?.[c] ? ' class="num"' : '';
            return `<td${cls}>${isolate(row[c] ?? '')}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
  // A table wider than a phone's screen scrolls within its frame, which the keyboard reaches.
  return `<div class="table-wrap" tabindex="0"><table>${cap}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function answerHtml(answer: AnswerBody): string {
  if (answer.kind === 'table') return tableHtml(answer);
  if (answer.kind === 'none') return `<p class="none">${escapeHtml(answer.text)}</p>`;
  // Each line of an answer is ordered by the direction of its own text (Latin text in an Arabic report reads left to
  // right), placed as the document's lines are.
  return answer.lines.map((line) => `<p>${isolate(line)}</p>`).join('');
}

function blockHtml(block: Block, doc: Document): string {
  switch (block.kind) {
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${isolate(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${isolate(item)}</li>`).join('')}</ul>`;
    case 'question': {
      const label = escapeHtml(render(say('comment'), doc.lang));
      const comments = block.comments
        .map((c) => `<div class="comment"><strong>${label}</strong><div>${isolate(c)}</div></div>`)
        .join('');
      return `<section class="question"><p class="q"><span class="n">${escapeHtml(block.number)}</span>${escapeHtml(
        block.text,
      )}</p><div class="answer">${answerHtml(block.answer)}</div>${comments}</section>`;
    }
    case 'table':
      return tableHtml(block, block.caption);
    case 'chart': {
      const max = Math.max(1, ...block.bars.map((b) => b.value));
      const bars = block.bars
        .map(
          (b) =>
            `<div class="bar-row"><span>${escapeHtml(b.label)}</span><span class="track"><span class="bar" style="inline-size:${(
              (Math.max(0, b.value) / max) * 80
            ).toFixed(1)}%"></span><span>${escapeHtml(b.display)}</span></span></div>`,
        )
        .join('');
      return `<figure class="chart"><figcaption class="caption">${escapeHtml(block.caption)}</figcaption>${bars}</figure>`;
    }
    case 'page-break':
      return '<div class="page-break"></div>';
  }
}

/** The document as one printable HTML page: no script, no external resource, every text escaped. */
export function renderHtml(doc: Document): string {
  const lang = escapeHtml(doc.lang);
  const dir = dirOf(doc.lang);
  const subtitle = doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : '';
  const meta = doc.metadata.map((m) => `<p class="meta">${escapeHtml(m)}</p>`).join('');
  const body = doc.blocks.map((b) => blockHtml(b, doc)).join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(doc.title)}</h1>${subtitle}${meta}</header>
<main>
${body}
</main>
<footer>${escapeHtml(doc.footer)}</footer>
</body>
</html>
`;
}
