import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { fixture, readAll, readText, refusal, utf8 } from '../../../../test/importers.ts';
import { FORMATS, openImportFile } from './index.ts';
import { FORMAT_NAMES } from './types.ts';

const DOCTORS = fixture('cghss_medical_doctors_HWF_0001-0005.slice.csv');
const doctorsText = readFileSync(DOCTORS, 'utf8');
const CLASS_XLSX = fileURLToPath(
  new URL('../../../../../shared/data/worldbank/cghss_CLASS_2023-01.xlsx', import.meta.url),
);

describe('format detection', () => {
  test('each real file is read by its format', async () => {
    const expected: Record<string, string> = {
      'cghss_medical_doctors_HWF_0001-0005.slice.csv': 'who-gho',
      'cghss_nursing_midwifery_HWF_0006-0009.slice.csv': 'who-gho',
      'cghss_dentists_HWF_0010-0013.slice.csv': 'who-gho',
      'gho_legacy_UHC_INDEX_REPORTED_2015_2017.slice.csv': 'who-gho-legacy',
      'microm84_HEALTH_WFMI_USA_FTDS_2016_by_origin.slice.csv': 'oecd-stat',
      'protor23_HEALTH_WFMI_FTDS_2018_by_origin.slice.csv': 'oecd-stat',
      'sasindu_HEALTH_WFMI_total_doctors_nurses_2010_2022.slice.csv': 'oecd-stat',
      'sdmx_csv_1_0_oecd_style_header_only.csv': 'sdmx-csv',
      'wb_API_SH.UHC.SRVS.CV.XD_DS2_en_csv_v2_15880.slice.csv': 'wb-wdi',
      'datasets_population_wb_SP.POP.TOTL.slice.csv': 'long-population',
      'owid_universal-health-coverage-index.slice.csv': 'owid',
    };
    for (const [name, format] of Object.entries(expected)) {
      assert.equal((await readAll(fixture(name))).format, format, name);
    }
    assert.equal((await readText('t.csv', 'measure,area,year,value\n')).format, 'hwmo-template');
    assert.deepEqual(FORMATS.map((f) => f.name).sort(), [...FORMAT_NAMES].sort());
  });

  test('a format can be forced; a header that lacks its columns is refused naming the column', async () => {
    const forced = await readAll(fixture('owid_universal-health-coverage-index.slice.csv'), {
      format: 'owid',
    });
    assert.equal(forced.records.length, 5);
    const err = await refusal(readAll(DOCTORS, { format: 'oecd-stat' }));
    assert.equal(err.location?.row, 1);
    assert.equal(err.location?.column, 'COU');
    assert.match(err.message, /is not oecd-stat: its header \(row 1\) has no column COU/);
    const sdmx = await refusal(readText('x.csv', 'DATAFLOW,REF_AREA\nA:B(1),KEN\n', { format: 'sdmx-csv' }));
    assert.equal(sdmx.location?.column, 'OBS_VALUE');
  });

  test('an unrecognised header is refused with its first cells and the formats to choose from', async () => {
    const err = await refusal(readText('budget.csv', '\n\nYear,Ministry,Amount\n2020,Health,5\n'));
    assert.equal(
      err.message,
      'cannot detect the format of budget.csv: header starts "Year,Ministry,Amount"; use --format NAME',
    );
    assert.equal(err.location?.row, 3);
    for (const name of FORMAT_NAMES) assert.match(err.hint ?? '', new RegExp(name));
  });

  test('an empty file and an unknown format name are refused', async () => {
    await refusal(readText('empty.csv', '\r\n\r\n'));
    await refusal(readText('x.csv', 'a,b\n', { format: 'nope' as never }), 'invalid_input');
  });
});

describe('files refused whole', () => {
  const lines = doctorsText.split('\r\n');

  test('a last line cut to fewer fields than the header is skipped as possibly truncated', async () => {
    const cut = doctorsText.slice(0, doctorsText.indexOf('203907') - 40);
    const got = await readAll({ fileName: 'cut.csv', bytes: utf8(cut) });
    const last = got.skips.at(-1);
    assert.equal(last?.row, 6);
    assert.match(
      last?.reason ?? '',
      /^possibly truncated: the last line has no line terminator and \d+ of the header's 34 fields/,
    );
  });

  test('a row with fewer fields than the header, ended by a line break, refuses the file naming the row', async () => {
    const cut = doctorsText.slice(0, doctorsText.indexOf('203907') - 40);
    const err = await refusal(readText('cut.csv', `${cut}\r\n`));
    assert.equal(err.location?.row, 6);
    assert.match(err.message, /row 6 has \d+ fields but the header \(row 1\) has 34/);
    assert.match(err.detail ?? '', /truncated/);
  });

  test('a ragged row in the middle names the row', async () => {
    const ragged = [...lines];
    ragged[3] = `${ragged[3]},extra`;
    const err = await refusal(readText('ragged.csv', ragged.join('\r\n')));
    assert.equal(err.location?.row, 4);
  });

  test('a quoted field cut off at the end names the row it opens on', async () => {
    const gtm = lines.findIndex((l) => l.includes('Colegio de M'));
    const cut = `${doctorsText.slice(0, doctorsText.indexOf('Colegio de M') - 1)}"Colegio de`;
    const err = await refusal(readText('cut.csv', cut));
    assert.equal(err.location?.row, gtm + 1);
  });

  test('Latin-1 bytes name the row and the column', async () => {
    const row = lines.findIndex((l) => l.includes('Colegio de M')) + 1;
    const line = lines[row - 1] ?? '';
    const at = line.indexOf('Colegio');
    const bytes = Buffer.concat([
      Buffer.from(`${lines.slice(0, row - 1).join('\r\n')}\r\n${line.slice(0, at)}`),
      Buffer.from(line.slice(at).replace('MÃ©dicos', 'M\u00e9dicos'), 'latin1'),
      Buffer.from(`\r\n${lines.slice(row).join('\r\n')}`),
    ]);
    const err = await refusal(readAll({ fileName: 'latin1.csv', bytes }));
    assert.equal(err.location?.row, row);
    assert.equal(err.location?.column, 'FactComments');
    assert.equal(err.message, `row ${row} is not valid UTF-8 (byte 0xE9); save the file as UTF-8`);
    // A whole file saved as Latin-1 fails at its first non-ASCII byte: here a no-break space in Value.
    const whole = await refusal(
      readAll({ fileName: 'latin1.csv', bytes: Buffer.from(doctorsText, 'latin1') }),
    );
    assert.equal(whole.location?.row, lines.findIndex((l) => l.includes('\u00a0')) + 1);
    assert.equal(whole.location?.column, 'Value');
  });

  test('an HTML page saved as .csv is refused at row 1', async () => {
    const err = await refusal(
      readText('HWF_0001.csv', '<!DOCTYPE html>\n<html><head><title>Error 503</title></head></html>'),
    );
    assert.equal(err.location?.row, 1);
    assert.match(err.message, /HWF_0001\.csv is an HTML page/);
  });

  test('a UTF-16 file with a BOM is decoded, not refused', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doctorsText, 'utf16le')]);
    const r = await readAll({ fileName: 'utf16.csv', bytes });
    const plain = await readAll(DOCTORS);
    assert.equal(r.format, 'who-gho');
    assert.deepEqual(r.records, plain.records);
  });

  test('a legacy .xls and a .xlsx that is not a workbook are refused', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    assert.match((await refusal(readAll({ fileName: 'a.xls', bytes: ole }))).message, /legacy Excel/);
    assert.match(
      (await refusal(readAll({ fileName: 'a.xlsx', bytes: utf8('<html><body>x</body></html>') }))).message,
      /HTML/,
    );
    assert.match(
      (await refusal(readAll({ fileName: 'a.xlsx', bytes: utf8('a,b\n1,2\n') }))).message,
      /not an XLSX/,
    );
  });
});

describe('XLSX', () => {
  let dir = '';
  let book = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hwmo-xlsx-'));
    book = join(dir, 'mine.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Fill in the Data sheet']);
    const data = wb.addWorksheet('Data');
    data.addRow(['measure', 'area', 'year', 'occupation', 'value', 'comment']);
    data.addRow(['stock', 'GBR', 2020, 'medical-doctors', 203907, 'SantÃ©']);
    data.addRow([]);
    data.addRow([
      'density',
      'KEN',
      new Date(Date.UTC(2019, 0, 1)),
      'medical-doctors',
      1.57,
      { richText: [{ text: 'MoH ' }, { text: 'census' }] },
    ]);
    data.addRow(['stock', 'KEN', 2018, 'dentists', { formula: '1000+234', result: 1234 }]);
    data.getCell('C4').numFmt = 'yyyy';
    const wdi = wb.addWorksheet('WDI');
    wdi.addRow(['Data Source', 'World Development Indicators']);
    wdi.addRow([]);
    wdi.addRow(['Last Updated Date', '2025-01-28']);
    wdi.addRow([]);
    wdi.addRow(['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', 2019, 2020]);
    wdi.addRow(['Kenya', 'KEN', 'Population, total', 'SP.POP.TOTL', 51202827, 52217334]);
    await wb.xlsx.writeFile(book);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the named sheet, with sheet row numbers and cells as they display', async () => {
    const r = await readAll(book, { sheet: 'Data' });
    assert.equal(r.format, 'hwmo-template');
    assert.equal(r.sheet, 'Data');
    assert.deepEqual(
      r.records.map((x) => [x.row, x.measure, x.area, x.year, x.occupation, x.value, x.comment]),
      [
        [2, 'stock', 'GBR', 2020, 'medical-doctors', 203907, 'Santé'],
        [4, 'density', 'KEN', 2019, 'medical-doctors', 1.57, 'MoH census'],
        [5, 'stock', 'KEN', 2018, 'dentists', 1234, null],
      ],
    );
  });

  test('reads any format from a sheet, preamble included, also from bytes', async () => {
    const r = await readAll({ fileName: 'upload.xlsx', bytes: readFileSync(book) }, { sheet: 'WDI' });
    assert.equal(r.format, 'wb-wdi');
    assert.deepEqual(
      r.records.map((x) => [x.row, x.year, x.value]),
      [
        [6, 2019, 51202827],
        [6, 2020, 52217334],
      ],
    );
  });

  test('the first sheet is read by default, and its header must be recognised', async () => {
    const err = await refusal(readAll(book));
    assert.match(err.message, /cannot detect the format of mine\.xlsx \[Notes\]/);
  });

  test('an unknown sheet name is refused, listing the sheets', async () => {
    const err = await refusal(readAll(book, { sheet: 'Sheet9' }), 'invalid_input');
    assert.match(err.message, /no sheet named "Sheet9"/);
    assert.match(err.detail ?? '', /"Notes", "Data", "WDI"/);
  });

  test('--sheet on a CSV file is refused', async () => {
    await refusal(
      openImportFile({ fileName: 'a.csv', bytes: utf8('a,b\n') }, { sheet: 'x' }),
      'invalid_input',
    );
  });

  test('the World Bank CLASS workbook has no recognised header', {
    skip: existsSync(CLASS_XLSX) ? false : 'the public data files (../shared/data) are not available here',
  }, async () => {
    const err = await refusal(readAll(CLASS_XLSX));
    assert.match(
      err.message,
      /^cannot detect the format of cghss_CLASS_2023-01\.xlsx \[List of economies\]: header starts "Economy,Code,Region,Income group/,
    );
    assert.equal(err.location?.row, 1);
  });
});
