import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { refusal, utf8 } from '../../../../test/importers.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../platform/config.ts';
import { openCsvRows, sniffDecimalComma, sniffSeparator } from './csv-rows.ts';
import type { RawRow } from './rows.ts';

const noNames = { columnName: () => undefined };

async function rows(
  bytes: Uint8Array,
  fileName = 't.csv',
  limits = DEFAULT_IMPORT_LIMITS,
): Promise<RawRow[]> {
  const source = await openCsvRows({ fileName, bytes }, noNames, limits);
  const out: RawRow[] = [];
  for await (const batch of source.batches) out.push(...batch);
  return out;
}

describe('sniffSeparator', () => {
  test('takes the most frequent separator outside quotes on the header line', () => {
    assert.equal(sniffSeparator('a,b,c\n1,2,3'), ',');
    assert.equal(sniffSeparator('a;b;c\n1;2;3'), ';');
    assert.equal(sniffSeparator('a\tb\tc'), '\t');
    assert.equal(sniffSeparator('a|b|c'), '|');
    assert.equal(sniffSeparator('"x,y,z";b;c'), ';');
    assert.equal(sniffSeparator('\r\n\r\nname\r\n'), ',');
  });

  test('for SDMX-CSV, takes the character after STRUCTURE or DATAFLOW and its [sub-separator]', () => {
    assert.equal(sniffSeparator('STRUCTURE[|];STRUCTURE_ID;ACTION,x,y,z'), ';');
    assert.equal(sniffSeparator('DATAFLOW;REF_AREA,A,B,C'), ';');
    assert.equal(sniffSeparator('STRUCTURE,STRUCTURE_ID'), ',');
    assert.equal(sniffSeparator('"DATAFLOW"\tREF_AREA'), '\t');
  });

  test('skips a preamble line without separators', () => {
    assert.equal(sniffSeparator('Exported 2024\nA;B;C\n1;2;3'), ';');
  });
});

describe('sniffDecimalComma', () => {
  test('sees decimal commas in a semicolon file', () => {
    assert.equal(sniffDecimalComma('A;B\nx;12,4\ny;10,8', ';'), true);
    assert.equal(sniffDecimalComma('A;B\nx;12.4\ny;10,8', ';'), false);
    // Dots grouping thousands, as a spreadsheet set to French, Spanish or German writes a semicolon file.
    assert.equal(sniffDecimalComma('A;B\nx;203.907\ny;7', ';'), true);
    assert.equal(sniffDecimalComma('A;B\nx;1.234.567\ny;7', ';'), true);
    assert.equal(sniffDecimalComma('A;B\nx;203.907\ny;0.5', ';'), false);
    assert.equal(sniffDecimalComma('A\tB\nx\t203.907', '\t'), false);
    assert.equal(sniffDecimalComma('A,B\nx,"12,4"', ','), false);
  });
});

describe('openCsvRows', () => {
  test('numbers rows as lines in an editor: CRLF, blank lines, multi-line quoted fields', async () => {
    const text = 'h1,h2\r\n1,a\r\n\r\n2,"line one\r\nline two\r\nline three"\r\n3,b\n\n4,"x\ny"\n5,c';
    const got = await rows(utf8(text));
    assert.deepEqual(
      got.map((r) => [r.row, r.cells[0]]),
      [
        [1, 'h1'],
        [2, '1'],
        [4, '2'],
        [7, '3'],
        [9, '4'],
        [11, '5'],
      ],
    );
    assert.equal(got[2]?.cells[1], 'line one\r\nline two\r\nline three');
  });

  test('strips a UTF-8 BOM from the first cell', async () => {
    const got = await rows(utf8('\uFEFF"COU","VAR"\r\n"USA","FTDS"\r\n'));
    assert.deepEqual(got[0]?.cells, ['COU', 'VAR']);
  });

  test('decodes UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const text = 'Entity;Code\r\nCôte d’Ivoire;CIV\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const got = await rows(bytes);
      assert.deepEqual(got[1]?.cells, ['Côte d’Ivoire', 'CIV']);
    }
  });

  test('keeps a character split across read chunks', async () => {
    const pad = 'x'.repeat(65535);
    const got = await rows(utf8(`name\n${pad}é\n`), 't.csv', {
      ...DEFAULT_IMPORT_LIMITS,
      maxFieldChars: 70_000,
    });
    assert.equal(got[1]?.cells[0], `${pad}é`);
  });

  test('refuses Latin-1 bytes, naming the row of the first bad byte', async () => {
    const head = 'name,comment\n';
    const filler = 'ok,fine\n'.repeat(10_000);
    const bytes = Buffer.concat([
      Buffer.from(head + filler),
      Buffer.from('GTM,Colegio de M\u00e9dicos\n', 'latin1'),
    ]);
    const err = await refusal(rows(bytes));
    assert.equal(err.location?.row, 10_002);
    assert.match(err.message, /not valid UTF-8 \(byte 0xE9\); save the file as UTF-8/);
  });

  test('refuses a file whose last quoted field is never closed, naming the row where it opens', async () => {
    const err = await refusal(rows(utf8('a,b\n1,"ok"\n2,"cut off here')));
    assert.equal(err.location?.row, 3);
    assert.match(err.message, /never closed/);
  });

  test('refuses HTML saved as CSV, XML, JSON and binary files', async () => {
    const html = await refusal(
      rows(utf8('\n\n  <!DOCTYPE html><html><body>502 Bad Gateway</body></html>'), 'gho.csv'),
    );
    assert.match(html.message, /HTML page/);
    assert.equal(html.location?.row, 3);
    const xmlHtml = await refusal(rows(utf8('<?xml version="1.0"?>\n<html xmlns="x"></html>')));
    assert.match(xmlHtml.message, /HTML page/);
    assert.match((await refusal(rows(utf8('<?xml version="1.0"?><message:GenericData/>')))).message, /XML/);
    assert.match((await refusal(rows(utf8('{"value":[{"IndicatorCode":"HWF_0001"}]}')))).message, /JSON/);
    assert.match((await refusal(rows(Buffer.from('a\u0000b\u0000', 'latin1')))).message, /NUL/);
  });
});
