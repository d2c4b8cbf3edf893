import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { testDatabase } from '../../../test/db.ts';
import { c, OWID_HEADER, owidSheet, sheetXml, workbook, zip } from '../../../test/xlsx.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { type ImportReport, importFile } from './import-file.ts';

const OWID = fileURLToPath(
  new URL('../../../data/demo/uhc/owid_universal-health-coverage-index.csv', import.meta.url),
);
const owidText = readFileSync(OWID, 'utf8');
const enc = (s: string) => Buffer.from(s, 'utf8');
const OWID_CSV_HEADER = `${OWID_HEADER.join(',')}\n`;
/** Every case must end, accepted or refused, well within this. */
const BOUNDED = { timeout: 120_000 };

async function state(db: Database) {
  const [o] = await db.query<{ n: number; sum: number }>(
    'SELECT count(*)::int AS n, coalesce(sum(value), 0)::float8 AS sum FROM observation',
  );
  const [b] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
  return { observations: o?.n, sum: o?.sum, batches: b?.n };
}

async function refused(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<AppError> {
  const before = await state(db);
  const err = await importFile(operatorContext(db), { input: { fileName, bytes }, limits }).then(
    () => assert.fail(`${fileName} was accepted`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof AppError, `not an AppError: ${String(err)}`);
  assert.equal(err.code, 'invalid_file', err.message);
  assert.equal(err.location?.file?.startsWith(fileName), true, 'the error names the file');
  assert.deepEqual(await state(db), before, 'the database changed after a refused import');
  return err;
}

async function storedValue(db: Database, area: string, year: number): Promise<number | undefined> {
  const [r] = await db.query<{ value: number }>(
    `SELECT value FROM observation WHERE area = $1 AND year = $2 AND measure = 'uhc-sci' AND superseded_by IS NULL`,
    [area, year],
  );
  return r?.value;
}

const reconciles = (r: ImportReport) =>
  assert.equal(r.rowsRead, r.stored + r.revised + r.unchanged + r.skipped, 'the report reconciles');

describe('hostile files', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
    await importFile(operatorContext(db), { input: { fileName: 'owid.csv', path: OWID } });
  });
  after(async () => {
    await db.close();
  });

  describe('delimited text', () => {
    test('a NUL byte late in a text field is refused naming its row and column', BOUNDED, async () => {
      const rows = 'Kenya,KEN,2015,5\n'.repeat(8000);
      const err = await refused(db, 'nul.csv', enc(`${OWID_CSV_HEADER}${rows}Ken\0ya,KEN,2016,5\n`));
      assert.equal(err.location?.row, 8002);
      assert.equal(err.location?.column, 'Entity');
      assert.match(err.message, /NUL/);
    });

    test('a NUL byte in UTF-16 text is refused naming its row and column', BOUNDED, async () => {
      const text = `${OWID_CSV_HEADER}Kenya,KEN,2015,5\nKenya,KEN\0,2016,5\n`;
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const err = await refused(db, 'nul16.csv', bytes);
      assert.equal(err.location?.row, 3);
      assert.equal(err.location?.column, 'Code');
    });

    test('a UTF-16LE byte-order mark over a UTF-8 body is refused', BOUNDED, async () => {
      const err = await refused(db, 'bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), enc(owidText)]));
      assert.match(err.message, /UTF-16LE byte-order mark/);
      const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), enc('a')]);
      await refused(db, 'bom-odd.csv', odd);
    });

    test('a header of a million columns is refused', BOUNDED, async () => {
      const err = await refused(db, 'wide.csv', enc(`${'a,'.repeat(1_000_000)}b\n1\n`));
      assert.equal(err.location?.row, 1);
      assert.match(err.message, /HWMO_MAX_COLUMNS|columns/);
    });

    test('a line of 20 MB with no newline is refused', BOUNDED, async () => {
      const err = await refused(
        db,
        'long.csv',
        enc(`${OWID_CSV_HEADER}Kenya,KEN,2015,${'1'.repeat(20_000_000)}`),
      );
      assert.equal(err.location?.row, 2);
      const quoted = await refused(db, 'quoted.csv', enc(`${OWID_CSV_HEADER}"${'x'.repeat(20_000_000)}`));
      assert.equal(quoted.location?.row, 2);
    });

    test('a cell longer than the field limit is refused naming its column', BOUNDED, async () => {
      const err = await refused(
        db,
        'cell.csv',
        enc(`${OWID_CSV_HEADER}Kenya,${'K'.repeat(40_000)},2015,5\n`),
      );
      assert.equal(err.location?.row, 2);
      assert.equal(err.location?.column, 'Code');
    });

    test('more lines than the row limit are refused', BOUNDED, async () => {
      const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: 100 };
      const err = await refused(
        db,
        'rows.csv',
        enc(OWID_CSV_HEADER + 'Kenya,KEN,2015,5\n'.repeat(200)),
        limits,
      );
      assert.equal(err.location?.row, 101);
    });

    test('a million blank lines are read in bounded time', BOUNDED, async () => {
      const report = await importFile(operatorContext(db), {
        input: {
          fileName: 'blank.csv',
          bytes: enc(`${OWID_CSV_HEADER}${'\n'.repeat(1_000_000)}Kenya,KEN,2015,5\n`),
        },
        dryRun: true,
      });
      assert.equal(report.rowsRead, 1);
    });
  });

  describe('non-finite values', () => {
    test(
      '1e309 and a 400-digit number are skipped with their row and column, never stored',
      BOUNDED,
      async () => {
        const before = await storedValue(db, 'BRB', 2005);
        const report = await importFile(operatorContext(db), {
          input: {
            fileName: 'inf.csv',
            bytes: enc(`${OWID_CSV_HEADER}Barbados,BRB,2005,1e309\nBarbados,BRB,2010,${'9'.repeat(400)}\n`),
          },
        });
        reconciles(report);
        assert.equal(report.skipped, 2);
        assert.deepEqual(
          report.skippedRows.map((s) => [s.row, s.column]),
          [
            [2, OWID_HEADER[3]],
            [3, OWID_HEADER[3]],
          ],
        );
        assert.match(report.skippedRows[0]?.reason ?? '', /beyond the range/);
        assert.equal(await storedValue(db, 'BRB', 2005), before);
        const [inf] = await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM observation WHERE value IN ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8)",
        );
        assert.equal(inf?.n, 0);
      },
    );

    test('UNIT_MULT 400 and -400 skip the row, naming UNIT_MULT', BOUNDED, async () => {
      const head =
        'DATAFLOW,MEASURE,REF_AREA,TIME_PERIOD,OCCUPATION,SEX,AGE,COUNTERPART_AREA,COUNTERPART_BASIS,OBS_VALUE,OBS_STATUS,UNIT_MULT\n';
      const row = (mult: number, year: number) =>
        `HWMO:DF_HWMO(1.0),stock,KEN,${year},medical-doctors,_T,_T,_Z,_Z,12,,${mult}\n`;
      const report = await importFile(operatorContext(db), {
        input: { fileName: 'mult.csv', bytes: enc(head + row(400, 2015) + row(-400, 2016) + row(3, 2017)) },
        dryRun: true,
      });
      reconciles(report);
      assert.deepEqual(
        report.skippedRows.map((s) => [s.row, s.column]),
        [
          [2, 'UNIT_MULT'],
          [3, 'UNIT_MULT'],
        ],
      );
      assert.equal(report.stored, 1);
    });

    test('OECD SDMX rows with UNIT_MULT 400 are skipped, naming UNIT_MULT', BOUNDED, async () => {
      const head =
        'DATAFLOW,REF_AREA,FREQ,MEASURE,UNIT_MEASURE,COUNTRY_ORIGIN,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n';
      const report = await importFile(operatorContext(db), {
        input: {
          fileName: 'wfmi.csv',
          bytes: enc(`${head}OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),GBR,A,PHYS,PS,IND,2020,5,400\n`),
        },
        dryRun: true,
      });
      assert.deepEqual(
        report.skippedRows.map((s) => [s.row, s.column]),
        [[2, 'UNIT_MULT']],
      );
    });
  });

  describe('a last line with no line terminator', () => {
    test('cut mid-number, it never revises the stored value and the report warns', BOUNDED, async () => {
      const stored = await storedValue(db, 'BRB', 2005);
      assert.equal(stored, 72.15047);
      const cut = owidText.slice(0, owidText.indexOf('Barbados,BRB,2005,72') + 'Barbados,BRB,2005,7'.length);
      const report = await importFile(operatorContext(db), {
        input: { fileName: 'cut.csv', bytes: enc(cut) },
      });
      reconciles(report);
      assert.equal(await storedValue(db, 'BRB', 2005), 72.15047);
      assert.equal(report.revised, 0);
      const last = cut.split('\n').length;
      assert.deepEqual(report.skippedRows.at(-1), {
        row: last,
        column: null,
        reason:
          'possibly truncated: the last line has no line terminator, so it does not revise the stored value',
      });
      assert.equal(report.warnings.length, 1);
      assert.equal(report.warnings[0]?.row, last);
      assert.match(report.warnings[0]?.message ?? '', /no line terminator/);
    });

    test(
      'cut to fewer fields, it is skipped as possibly truncated and the rest is read',
      BOUNDED,
      async () => {
        const cut = owidText.slice(0, owidText.indexOf('Barbados,BRB,2005,72') + 'Barbados,BRB,20'.length);
        const report = await importFile(operatorContext(db), {
          input: { fileName: 'short.csv', bytes: enc(cut) },
        });
        reconciles(report);
        const last = cut.split('\n').length;
        assert.deepEqual(report.skippedRows.at(-1), {
          row: last,
          column: 'UHC Service Coverage Index (SDG 3.8.1)',
          reason: "possibly truncated: the last line has no line terminator and 3 of the header's 4 fields",
        });
        assert.equal(report.warnings[0]?.row, last);
        assert.equal(await storedValue(db, 'BRB', 2005), 72.15047);
        const ragged = await refused(
          db,
          'ragged.csv',
          enc(`${OWID_CSV_HEADER}Kenya,KEN,2015\nKenya,KEN,2016,5\n`),
        );
        assert.equal(ragged.location?.row, 2);
      },
    );

    test(
      'complete and new, it is stored with a warning; --accept-unterminated lets it revise',
      BOUNDED,
      async () => {
        const fresh = await importFile(operatorContext(db), {
          input: { fileName: 'new.csv', bytes: enc(`${OWID_CSV_HEADER}Kenya,KEN,2031,61.5`) },
        });
        assert.equal(fresh.stored, 1);
        assert.equal(fresh.warnings[0]?.row, 2);
        assert.equal(await storedValue(db, 'KEN', 2031), 61.5);
        const held = await importFile(operatorContext(db), {
          input: { fileName: 'rev.csv', bytes: enc(`${OWID_CSV_HEADER}Kenya,KEN,2031,62.5`) },
        });
        assert.equal(held.revised, 0);
        assert.equal(await storedValue(db, 'KEN', 2031), 61.5);
        const accepted = await importFile(operatorContext(db), {
          input: { fileName: 'rev.csv', bytes: enc(`${OWID_CSV_HEADER}Kenya,KEN,2031,62.5`) },
          acceptUnterminated: true,
        });
        assert.equal(accepted.revised, 1);
        assert.equal(await storedValue(db, 'KEN', 2031), 62.5);
        const terminated = await importFile(operatorContext(db), {
          input: { fileName: 'rev.csv', bytes: enc(`${OWID_CSV_HEADER}Kenya,KEN,2031,63.5\r\n`) },
        });
        assert.deepEqual([terminated.revised, terminated.warnings], [1, []]);
      },
    );
  });

  describe('workbooks', () => {
    const good = workbook(owidSheet([['Kenya', 'KEN', 2040, 50]]));

    test(
      'a hand-made workbook is read (the fixtures below differ from it by one fault)',
      BOUNDED,
      async () => {
        const report = await importFile(operatorContext(db), {
          input: { fileName: 'good.xlsx', bytes: good },
          dryRun: true,
        });
        assert.equal(report.stored, 1);
      },
    );

    test('malformed XML is refused: an unmatched closing tag, an undefined entity', BOUNDED, async () => {
      for (const fault of ['</row></row>', `<row r="3">${c('A3', '&bogus;')}</row>`]) {
        const bytes = workbook(owidSheet([['Kenya', 'KEN', 2040, 50]], fault));
        const err = await refused(db, 'xml.xlsx', bytes);
        assert.match(err.message, /cannot be read as an XLSX workbook/);
      }
    });

    test('a truncated, reversed or corrupted archive is refused', BOUNDED, async () => {
      for (const cut of [good.length - 1, good.length - 30, Math.floor(good.length / 2), 40]) {
        await refused(db, 'cut.xlsx', good.subarray(0, cut));
      }
      await refused(db, 'flipped.xlsx', Buffer.from(good).reverse());
      for (let at = 60; at < good.length; at += 97) {
        const bad = Buffer.from(good);
        bad[at] = (bad[at] as number) ^ 0xff;
        const outcome = await importFile(operatorContext(db), {
          input: { fileName: 'flip.xlsx', bytes: bad },
          dryRun: true,
        }).then(
          () => 'report',
          (e: unknown) => e,
        );
        if (outcome !== 'report') assert.ok(outcome instanceof AppError, String(outcome));
      }
    });

    test(
      'a zip bomb is refused: a part inflating beyond its declared size, or a huge declared size',
      BOUNDED,
      async () => {
        const huge = '<si><t>x</t></si>'.repeat(4_000_000);
        const shared = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${huge}</sst>`;
        const bomb = workbook(owidSheet([['Kenya', 'KEN', 2040, 50]]), shared);
        assert.ok(bomb.length < 1_000_000, 'a tiny file');
        const small = { ...DEFAULT_IMPORT_LIMITS, maxWorkbookBytes: 10_000_000 };
        const err = await refused(db, 'bomb.xlsx', bomb, small);
        assert.match(err.message, /uncompressed/);
        // The same archive with the sizes in its directory rewritten to lie.
        const lying = Buffer.from(bomb);
        for (
          let i = lying.indexOf(Buffer.from('PK\x01\x02'));
          i !== -1;
          i = lying.indexOf(Buffer.from('PK\x01\x02'), i + 4)
        ) {
          if (lying.readUInt32LE(i + 24) > 1_000_000) lying.writeUInt32LE(1000, i + 24);
        }
        const lie = await refused(db, 'lying.xlsx', lying, small);
        assert.match(lie.message, /declares|checksum/);
      },
    );

    test('row and column bombs are refused or read within bounds', BOUNDED, async () => {
      const far = owidSheet([['Kenya', 'KEN', 2040, 50]], `<row r="3">${c('XFD3', 1)}</row>`);
      const cols = await refused(db, 'cols.xlsx', workbook(far));
      assert.equal(cols.location?.row, 3);
      const declared = sheetXml(
        `<row r="1">${OWID_HEADER.map((h, i) => c(`${'ABCD'[i]}1`, h)).join('')}</row><row r="1048576">${c('A1048576', 'Kenya')}${c('B1048576', 'KEN')}${c('C1048576', 2040)}${c('D1048576', 50)}</row>`,
        'A1:XFD1048576',
      );
      const report = await importFile(operatorContext(db), {
        input: { fileName: 'dim.xlsx', bytes: workbook(declared) },
        dryRun: true,
      });
      assert.equal(report.stored, 1);
      const empty = Array.from({ length: 1_048_575 }, (_, i) => `<row r="${i + 2}"/>`).join('');
      const many = await importFile(operatorContext(db), {
        input: { fileName: 'many.xlsx', bytes: workbook(owidSheet([], empty)) },
        dryRun: true,
      });
      assert.equal(many.rowsRead, 0);
      const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: 1000 };
      const rows = await refused(db, 'many.xlsx', workbook(owidSheet([], empty)), limits);
      assert.equal(rows.location?.row, 1001);
    });

    test('a deflated part that does not inflate is refused', BOUNDED, async () => {
      const parts = [{ name: 'xl/workbook.xml', data: 'x' }];
      const archive = zip(parts);
      const data = archive.indexOf(deflateRawSync(Buffer.from('x')));
      archive[data] = 0xff;
      await refused(db, 'inflate.xlsx', archive);
    });

    test('a formula saved without its value is reported as such, naming the cell', BOUNDED, async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Data');
      ws.addRow(OWID_HEADER);
      ws.addRow(['Kenya', 'KEN', 2040, 40]);
      ws.addRow(['Kenya', 'KEN', 2041, { formula: 'D2*2' }]);
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const err = await refused(db, 'formula.xlsx', bytes);
      assert.equal(err.location?.row, 3);
      assert.equal(err.location?.column, OWID_HEADER[3]);
      assert.match(err.message, /cell D3 .*formula =D2\*2.*saved without calculated values/);
      assert.match(err.hint ?? '', /open and save it in Excel/);
      ws.getCell('D3').value = { formula: 'D2*2', result: 80 };
      const computed = new Uint8Array(await wb.xlsx.writeBuffer());
      const report = await importFile(operatorContext(db), {
        input: { fileName: 'formula.xlsx', bytes: computed },
        dryRun: true,
      });
      assert.equal(report.stored, 2);
    });
  });
});
