import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderCsv, renderDocx, renderHtml, renderPdf } from './index.ts';
import type { Document } from './model.ts';

const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)', '<b>bold</b>'];

function sample(lang: Document['lang'], extra: string[] = []): Document {
  return {
    title: 'National report 2027/28',
    subtitle: 'Ghana',
    lang,
    metadata: ['Accepted'],
    blocks: [
      { kind: 'heading', level: 1, text: 'Section 1' },
      {
        kind: 'question',
        number: '1.1',
        text: 'Describe the agreements',
        answer: { kind: 'text', lines: [...HOSTILE, ...extra] },
        comments: ['<i>check</i>'],
      },
      {
        kind: 'table',
        header: ['Occupation', 'Count'],
        numeric: [false, true],
        rows: Array.from({ length: 90 }, (_, i) => [
          i === 0 ? (HOSTILE[0] as string) : `row ${i + 1}`,
          String(i),
        ]),
      },
      { kind: 'chart', caption: 'Answers', bars: [{ label: 'Yes', value: 3, display: '3' }] },
    ],
    footer: 'hwmo — source line',
  };
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, text };
}

describe('HTML', () => {
  it('shows markup and script in answers as text, with the language and direction of the document', () => {
    const html = renderHtml(sample('ar'));
    assert.match(html, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(html.includes('&lt;i&gt;check&lt;/i&gt;'));
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<b>'));
    assert.ok(!/href=|src=/.test(html));
    assert.ok(html.includes("default-src 'none'"));
    assert.match(renderHtml(sample('fr')), /<html lang="fr" dir="ltr">/);
  });

  it('isolates each answer line and cell in the direction of its own text, and lets a wide table scroll', () => {
    const html = renderHtml(sample('ar'));
    assert.ok(
      html.includes('<p><bdi>javascript:alert(1)</bdi></p>'),
      'Latin text in Arabic reads left to right',
    );
    assert.ok(html.includes('<td><bdi>row 2</bdi></td>'));
    assert.ok(html.includes('<div><bdi>&lt;i&gt;check&lt;/i&gt;</bdi></div>'));
    assert.match(html, /<div class="table-wrap" tabindex="0"><table>/);
    assert.match(html, /\.table-wrap \{ overflow-x: auto;/);
  });
});

describe('DOCX', () => {
  it('holds markup and script as escaped text, right to left in Arabic', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sample('ar')));
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(xml.includes('javascript:alert(1)'));
    assert.ok(xml.includes('&lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(!xml.includes('<script'));
    assert.ok(!xml.includes('<b>'));
    assert.ok(xml.includes('<w:bidi/>'), 'paragraphs are bidirectional');
    assert.ok(xml.includes('<w:rtl/>'), 'runs are right to left');
    assert.ok(xml.includes('<w:tblHeader/>'), 'table headers repeat on each page');
    const en = await JSZip.loadAsync(await renderDocx(sample('en')));
    const enXml = await (en.file('word/document.xml') as JSZip.JSZipObject).async('string');
    assert.ok(!enXml.includes('<w:bidi/>'));
    const footer = Object.keys(en.files).find((f) => /^word\/footer\d*\.xml$/.test(f)) as string;
    const footerXml = await (en.file(footer) as JSZip.JSZipObject).async('string');
    assert.match(footerXml, /PAGE/);
    assert.match(footerXml, /NUMPAGES/);
  });
});

describe('PDF', () => {
  it('prints markup and script as text, has no action, and continues a long table on further pages', async () => {
    const pdf = await renderPdf(sample('en'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const raw = pdf.toString('latin1');
    for (const action of ['/JavaScript', '/JS ', '/JS(', '/URI', '/Launch', '/OpenAction', '/AA ']) {
      assert.ok(!raw.includes(action), `no ${action}`);
    }
    const { pages, text } = await pdfText(pdf);
    assert.ok(pages >= 2, `${pages} pages`);
    for (const s of HOSTILE) assert.ok(text.includes(s), `"${s}" in the text`);
    assert.ok(text.includes('row 90'), 'the last row of the table');
    assert.ok(text.includes(`Page 1 of ${pages}`), 'page numbers');
    assert.ok(text.includes(`Page ${pages} of ${pages}`));
  });

  it('keeps Arabic, Chinese and Cyrillic text extractable', async () => {
    const words = ['مرحبا', 'بالعالم', 'الهند', '全球卫生', '人员', 'Здравствуйте'];
    const { text } = await pdfText(
      await renderPdf(sample('ar', ['مرحبا بالعالم الهند', '全球卫生人员', 'Здравствуйте'])),
    );
    for (const w of words) assert.ok(text.includes(w), `"${w}" in ${JSON.stringify(text.slice(0, 400))}`);
    assert.ok(text.includes('الصفحة'), 'page numbers in Arabic');
    const zh = await pdfText(await renderPdf(sample('zh', ['全球卫生人员'])));
    assert.ok(zh.text.includes('全球卫生人员'));
    assert.ok(zh.text.includes('第 1 页'));
  });
});

describe('CSV', () => {
  it('makes formula cells text and starts with a byte-order mark', () => {
    const csv = renderCsv(
      ['a', 'b'],
      [
        ['=HYPERLINK("x")', -12.5],
        ['@SUM(A1)', '-3'],
        ['plain, "quoted"', null],
      ],
    );
    assert.equal(
      csv,
      '\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-12.5\r\n\'@SUM(A1),-3\r\n"plain, ""quoted""",\r\n',
    );
  });
});
