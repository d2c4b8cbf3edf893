import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { cliInTempDir } from '../../../test/cli.ts';
import { type ExportFixtures, HOSTILE, seedExportReports } from '../../../test/permission-matrix/exports.ts';
import { seedPublishedProgressRound } from '../../../test/permission-matrix/progress.ts';
import { openDatabase } from '../../platform/db/client.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-exports-cli-');

describe('hwmo reports export and hwmo rounds progress-report export', () => {
  let f: ExportFixtures;
  before(async () => {
    // The first command makes the database; the reports are then written into it.
    const none = await hwmo(
      'reports',
      'export',
      '2147483000',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
    );
    assert.equal(none.code, 4, none.err);
    assert.match(none.err, /No report 2147483000/);
    const db = await openDatabase({ databaseUrl: undefined, dataDir: process.env.HWMO_DATA_DIR as string });
    try {
      f = await seedExportReports(db);
      await seedPublishedProgressRound(db);
    } finally {
      await db.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a report as CSV on the standard output, as DOCX in a file, in the language of --lang', async () => {
    const csv = await hwmo('reports', 'export', String(f.published), '--format', 'csv');
    assert.equal(csv.code, 0, csv.err);
    assert.ok(csv.out.startsWith('\uFEFF'));
    const records = parse(csv.out, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const at = records.findIndex((r) => r[0]?.startsWith('5.3 '));
    assert.deepEqual(records[at + 2], [
      'GBR',
      'Bilateral agreement',
      '2024-03-01',
      HOSTILE.script,
      HOSTILE.link,
    ]);

    const out = join(dir, 'report.docx');
    const docx = await hwmo(
      'reports',
      'export',
      String(f.draft.KEN),
      '--format',
      'docx',
      '--lang',
      'ru',
      '--out',
      out,
    );
    assert.equal(docx.code, 0, docx.err);
    assert.equal(docx.out, '');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    assert.ok(xml.includes('Кения'), 'Kenya in Russian');
    assert.ok(xml.includes('&lt;script&gt;'));
    assert.ok(xml.includes('Нет ответа'));

    const html = await hwmo('--lang', 'ar', 'reports', 'export', String(f.published), '--format', 'html');
    assert.equal(html.code, 0, html.err);
    assert.match(html.out, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.ok(!html.out.includes('<script'));
  });

  test('the progress report of a round by its year', async () => {
    const out = join(dir, 'progress.pdf');
    const pdf = await hwmo('rounds', 'progress-report', 'export', '2018', '--format', 'pdf', '--out', out);
    assert.equal(pdf.code, 0, pdf.err);
    assert.equal(readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
    const csv = await hwmo('rounds', 'progress-report', 'export', '2018', '--format', 'csv', '--lang', 'fr');
    assert.equal(csv.code, 0, csv.err);
    const records = parse(csv.out, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    assert.ok(records.some((r) => r[0] === 'Par Région de l’OMS'));
    assert.ok(records.some((r) => r[0] === 'Région africaine'));
    const none = await hwmo('rounds', 'progress-report', 'export', '2017', '--format', 'csv');
    assert.equal(none.code, 4);
    assert.match(none.err, /There is no reporting round opening in 2017/);
  });

  test('a format it does not know is refused, naming the option', async () => {
    const bad = await hwmo('reports', 'export', String(f.published), '--format', 'xlsx');
    assert.equal(bad.code, 2, bad.err);
    assert.match(bad.err, /--format/);
  });
});
