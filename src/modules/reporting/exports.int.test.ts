import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Hono } from 'hono';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium } from 'playwright-core';
import { PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../test/browser/harness.ts';
import { testDatabase } from '../../../test/db.ts';
import { type ExportFixtures, HOSTILE, seedExportReports } from '../../../test/permission-matrix/exports.ts';
import { seedProgressRound, seedPublishedProgressRound } from '../../../test/permission-matrix/progress.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importAgreements } from '../agreements/index.ts';

const ghana = userActor('national_authority', 'GHA');
const kenya = userActor('national_authority', 'KEN');
const secretariat = userActor('secretariat');
const ARABIC_WORDS = HOSTILE.arabic.split(' ');

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await task.destroy();
  // Lines wrapped in a table cell or a long title are joined again.
  return text.replace(/\s+/g, ' ');
}

describe('exports of reports and of the progress report', () => {
  let db: Database;
  let app: Hono;
  let f: ExportFixtures;
  let progress: { draft: number; published: number };
  let browser: Browser;

  const get = (actor: Parameters<typeof requestAs>[1], path: string) => requestAs(app, actor, path);

  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    f = await seedExportReports(db);
    const { roundId } = await seedProgressRound(db);
    progress = { draft: roundId, published: await seedPublishedProgressRound(db) };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await db.close();
  });

  test('PDF: a published report for anyone, its hostile, Arabic and Chinese answers printed as text', async () => {
    const res = await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.pdf`);
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      res.headers.get('content-disposition'),
      `attachment; filename="hwmo-report-${f.published}-national-gha-2039-en.pdf"`,
    );
    const bytes = await res.arrayBuffer();
    assert.equal(Buffer.from(bytes).subarray(0, 5).toString('latin1'), '%PDF-');
    const raw = Buffer.from(bytes).toString('latin1');
    for (const action of ['/JavaScript', '/JS ', '/URI', '/Launch', '/OpenAction'])
      assert.ok(!raw.includes(action));
    const text = await pdfText(bytes);
    assert.ok(text.includes('Ghana'), 'the title');
    assert.ok(text.includes('2039/40'), 'the round');
    assert.ok(text.includes('Designated national authority: Ministry of Health GHA'));
    for (const s of [HOSTILE.script, HOSTILE.link, HOSTILE.chinese, ...ARABIC_WORDS])
      assert.ok(text.includes(s), `"${s}" in the text`);
    assert.ok(text.includes('Not answered'));
    assert.ok(text.includes('United Kingdom'), 'a partner named in the table');
  });

  test('DOCX: the answers held escaped in document.xml, in the language asked for', async () => {
    const res = await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.docx?lang=zh`);
    assert.equal(res.status, 200);
    assert.equal(
      res.headers.get('content-type'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=".*-zh\.docx"$/);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!xml.includes('<script'));
    for (const s of [HOSTILE.link, HOSTILE.arabic, HOSTILE.chinese]) assert.ok(xml.includes(s), s);
    assert.ok(xml.includes('未答复'), '"Not answered" in Chinese');
    assert.ok(xml.includes('加纳'), 'Ghana in Chinese');
  });

  test('HTML: shown inline, parsed by a browser it holds no script and runs none', async () => {
    const res = await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.html?lang=ar`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(res.headers.get('content-disposition') ?? '', /^inline; filename=".*-ar\.html"$/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await res.text();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.setContent(html);
      const found = (await page.evaluate(`(() => ({
        scripts: document.querySelectorAll('script').length,
        links: document.querySelectorAll('a[href], [src], iframe, object, embed, form').length,
        handlers: [...document.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        text: document.body.textContent ?? '',
      }))()`)) as {
        scripts: number;
        links: number;
        handlers: number;
        lang: string;
        dir: string;
        text: string;
      };
      assert.equal(found.scripts, 0);
      assert.equal(found.links, 0);
      assert.equal(found.handlers, 0);
      assert.deepEqual([found.lang, found.dir], ['ar', 'rtl']);
      for (const s of [HOSTILE.script, HOSTILE.link, HOSTILE.arabic, HOSTILE.chinese])
        assert.ok(found.text.includes(s), `"${s}" shown as text`);
      assert.ok(found.text.includes('لم تتم الإجابة'), '"Not answered" in Arabic');
      assert.ok(found.text.includes('غانا'), 'Ghana in Arabic');
      assert.deepEqual(dialogs, []);
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        assert.equal(overflow, 0, `no page-wide scrolling at ${width} px`);
      }
    } finally {
      await page.close();
    }
  });

  test('CSV: every table headed by its question, with a byte-order mark, formulas made text', async () => {
    const res = await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.csv?lang=fr`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=".*-fr\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    assert.equal(records[0]?.[0], 'Ghana');
    const titles = records.filter((r) => /^\d+\.\d+ /.test(r[0] ?? '')).map((r) => r[0]?.split(' ')[0]);
    assert.deepEqual(titles, ['5.3', '8.3']);
    const at = records.findIndex((r) => r[0]?.startsWith('5.3 '));
    assert.ok(records[at]?.[0]?.includes('accords'), 'the question in French');
    assert.equal(records[at + 1]?.length, 5, 'the column headings');
    assert.deepEqual(records[at + 2], [
      'GBR',
      'Accord bilatéral',
      '2024-03-01',
      HOSTILE.script,
      HOSTILE.link,
    ]);
    assert.equal(records[at + 3]?.[2], '');
    assert.equal(records[at + 3]?.[3], HOSTILE.arabic);
    const stock = records.findIndex((r) => r[0]?.startsWith('8.3 '));
    assert.deepEqual(records[stock + 2], ['medical-doctors', 'CHN', '2026', '1200']);
  });

  test('a national report’s export lists the published agreements its country is party to, in the reader’s language', async () => {
    await importAgreements(operatorContext(db), {
      fileName: 'export-agreements.csv',
      bytes: [
        'external_ref,title,type,parties,signed_on,in_force_on,cadres,text_url,published',
        'x-1,UK–Ghana memorandum,bilateral_mou,GBR:destination;GHA:origin,2024-03-01,2024-06-01,nursing-personnel,https://example.org/mou.pdf,true',
        'x-2,Draft Ghana–Saudi Arabia agreement,bilateral_agreement,SAU:destination;GHA:origin,,,,,false',
        'x-3,UK–Kenya memorandum,bilateral_mou,GBR:destination;KEN:origin,2021-07-26,,,,true',
      ].join('\n'),
    });
    const res = await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.csv?lang=fr`);
    assert.equal(res.status, 200);
    const records = parse(Buffer.from(await res.arrayBuffer()), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const at = records.findIndex(
      (r) => r[0] === 'Accords publiés du registre des accords auxquels Ghana est partie',
    );
    assert.ok(at > 0, JSON.stringify(records));
    assert.deepEqual(records[at + 1], [
      'Accord',
      'Type',
      'Parties',
      'Signé',
      'En vigueur',
      'Expire',
      'Statut',
      'Catégories',
      'Texte',
    ]);
    assert.deepEqual(records.slice(at + 2), [
      [
        'UK–Ghana memorandum',
        'protocole d’accord bilatéral',
        'Royaume-Uni; Ghana',
        '2024-03-01',
        '2024-06-01',
        '',
        'en vigueur',
        'Nursing personnel',
        'https://example.org/mou.pdf',
      ],
    ]);
    const pdf = await pdfText(
      await (await get(PUBLIC_ACTOR, `/api/reports/${f.published}/export.pdf`)).arrayBuffer(),
    );
    assert.ok(pdf.includes('Agreements in the registry'), 'the heading in the PDF');
    assert.ok(pdf.includes('UK–Ghana memorandum'), 'the agreement in the PDF');
    assert.ok(
      !pdf.includes('UK–Kenya memorandum') && !pdf.includes('Draft Ghana'),
      'only Ghana’s published ones',
    );
  });

  test('a draft: its own authority and the secretariat export it; another country’s authority and the public may not', async () => {
    const draft = `/api/reports/${f.draft.KEN}/export.pdf`;
    const refused = await get(ghana, draft);
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /You may not read report \d+: it is not published/);
    const anonymous = await get(PUBLIC_ACTOR, `/api/reports/${f.draft.KEN}/export.html`);
    assert.equal(anonymous.status, 401);
    assert.ok(!(await anonymous.text()).includes(HOSTILE.arabic), 'nothing of the report told');
    assert.equal((await get(kenya, draft)).status, 200);
    const csv = await get(secretariat, `/api/reports/${f.draft.KEN}/export.csv`);
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('cache-control'), 'private, no-store');
    assert.equal((await get(ghana, `/api/reports/${f.draft.GHA}/export.docx`)).status, 200);
    const missing = await get(secretariat, '/api/reports/2147483000/export.pdf');
    assert.equal(missing.status, 404);
  });

  test('the progress report: the secretariat’s before publication, everyone’s after', async () => {
    const before = `/api/rounds/${progress.draft}/progress-report/export.pdf`;
    assert.equal((await get(PUBLIC_ACTOR, before)).status, 401);
    assert.equal((await get(ghana, before)).status, 403);
    const draft = await get(secretariat, before);
    assert.equal(draft.status, 200);
    assert.equal(
      draft.headers.get('content-disposition'),
      'attachment; filename="hwmo-progress-report-2015-en.pdf"',
    );
    const text = await pdfText(await draft.arrayBuffer());
    assert.ok(text.includes('Global progress report of the 2015/16 round of national reporting'));
    assert.ok(text.includes('Draft'));
    assert.ok(text.includes('African Region'));

    const published = `/api/rounds/${progress.published}/progress-report/export`;
    const html = await get(PUBLIC_ACTOR, `${published}.html?lang=es`);
    assert.equal(html.status, 200);
    const page = await browser.newPage();
    try {
      await page.setContent(await html.text());
      const found = (await page.evaluate(`(() => ({
        scripts: document.querySelectorAll('script').length,
        title: document.querySelector('h1')?.textContent,
        text: document.body.textContent ?? '',
      }))()`)) as { scripts: number; title: string | undefined; text: string };
      assert.equal(found.scripts, 0);
      assert.match(found.title ?? '', /^Informe mundial sobre los progresos de la ronda 2018\/19/);
      assert.ok(found.text.includes('Publicado'));
      assert.ok(found.text.includes('Región de África'));
    } finally {
      await page.close();
    }
    const csv = await get(PUBLIC_ACTOR, `${published}.csv`);
    assert.equal(csv.status, 200);
    const records = parse(Buffer.from(await csv.arrayBuffer()), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const region = records.findIndex((r) => r[0] === 'By WHO region');
    assert.ok(region > 0);
    assert.equal(records[region + 1]?.[0], 'Group');
    assert.ok(records.some((r) => r[0] === 'African Region'));
    assert.equal((await get(PUBLIC_ACTOR, `${published}.docx`)).status, 200);
    assert.equal((await get(PUBLIC_ACTOR, '/api/rounds/2147483000/progress-report/export.pdf')).status, 404);
  });
});
