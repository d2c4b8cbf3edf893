import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { appAs, OPERATOR } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile } from './import-file.ts';
import { parseMappingText } from './importers/mapping.ts';
import { ImportResultSchema } from './schemas.ts';
import { templateCsv, templateXlsx } from './template.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function staffWorkbook(year: number, kenyaDoctors: number, total: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow([`Ministry of Health - workforce ${year}`]);
  ws.mergeCells('A1:D1');
  ws.addRow([]);
  ws.addRow(['Country', 'Year', 'Doctors', 'Nurses']);
  ws.addRow(['Ghana', year, 5000, 40000]);
  ws.addRow(['Kenya', year, kenyaDoctors, 61000]);
  ws.addRow(['Total', year, total, 101000]);
  ws.addRow([]);
  ws.addRow(['Source: Ministry of Health']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function current(db: Database, area: string, year: number, occupation: string) {
  const rows = await db.query<{ value: number; source: string }>(
    `SELECT value::float8 AS value, source FROM observation
     WHERE superseded_by IS NULL AND measure = 'stock' AND area = $1 AND year = $2 AND occupation = $3`,
    [area, year, occupation],
  );
  return rows.map((r) => r.value);
}

describe('imports of the spreadsheets people have', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('country names in French, Spanish, Arabic, Russian and Chinese resolve on import', async () => {
    const csv =
      'measure,area,year,occupation,value\n' +
      'stock,Royaume-Uni,2019,medical-doctors,1\nstock,Reino Unido,2018,medical-doctors,2\n' +
      'stock,España,2019,medical-doctors,3\nstock,Allemagne,2019,medical-doctors,4\n' +
      "stock,Côte d'Ivoire,2019,medical-doctors,5\nstock,德国,2018,medical-doctors,6\n" +
      'stock,Германия,2017,medical-doctors,7\nstock,ألمانيا,2016,medical-doctors,8\n';
    const r = await importFile(operatorContext(db), {
      input: { fileName: 'names.csv', bytes: bytes(csv) },
      dryRun: true,
    });
    assert.equal(r.stored, 8);
    assert.equal(r.skipped, 0);
  });

  test('a wide sheet under a merged title: suggested, imported, Total skipped and reconciled', async () => {
    const r = await importFile(operatorContext(db), {
      input: { fileName: 'wide.xlsx', bytes: await staffWorkbook(2022, 12000, 17000) },
    });
    assert.equal(r.format, 'mapped');
    assert.equal(r.mapping?.origin, 'suggested');
    assert.equal(r.rowsRead, 6);
    assert.equal(r.stored, 4);
    assert.deepEqual(r.skippedByReason, [{ reason: 'total row', count: 2 }]);
    assert.equal(r.rowsRead, r.stored + r.revised + r.unchanged + r.skipped);
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(await current(db, 'KEN', 2022, 'medical-doctors'), [12000]);
    const [saved] = await db.query<{ mapping: unknown; header_signature: string }>(
      'SELECT mapping, header_signature FROM import_batch WHERE id = $1',
      [r.batchId],
    );
    assert.equal(saved?.header_signature, 'country|year|doctors|nurses');
    const mapping = typeof saved?.mapping === 'string' ? JSON.parse(saved.mapping) : saved?.mapping;
    assert.equal(mapping.headerRow, 3);
  });

  test('a Total that differs from its rows is a warning naming the row and the difference', async () => {
    const r = await importFile(operatorContext(db), {
      input: { fileName: 'wide-2023.xlsx', bytes: await staffWorkbook(2023, 12500, 17000) },
      dryRun: true,
    });
    assert.equal(r.warnings.length, 1);
    assert.equal(r.warnings[0]?.row, 6);
    assert.match(
      r.warnings[0]?.message ?? '',
      /row 6 \("Total"\).*column "Doctors".*17000.*17500 \(difference -500\)/,
    );
  });

  test('totals rows in any format: the hwmo template with Total and Sub-total rows', async () => {
    const csv =
      'measure,area,year,occupation,value\n' +
      'stock,Ghana,2015,dentists,10\nstock,Kenya,2015,dentists,20\nstock,Sub-total,2015,dentists,30\n' +
      'stock,Lesotho,2015,dentists,5\nstock,Sub-total,2015,dentists,6\nstock,Grand total,2015,dentists,36\n' +
      'density,Total,2015,dentists,1.2\n';
    const r = await importFile(operatorContext(db), {
      input: { fileName: 'dentists.csv', bytes: bytes(csv) },
      dryRun: true,
    });
    assert.equal(r.format, 'hwmo-template');
    assert.equal(r.stored, 3);
    assert.deepEqual(r.skippedByReason, [{ reason: 'total row', count: 4 }]);
    assert.equal(r.rowsRead, r.stored + r.revised + r.unchanged + r.skipped);
    // The second subtotal covers Lesotho alone; the grand total covers all three countries; densities do not add up.
    assert.deepEqual(
      r.warnings.map((w) => w.row),
      [6, 7],
    );
    assert.match(
      r.warnings[0]?.message ?? '',
      /subtotal is 6 but the 1 row\(s\) it covers sum to 5 \(difference 1\)/,
    );
    assert.match(
      r.warnings[1]?.message ?? '',
      /total is 36 but the 3 row\(s\) it covers sum to 35 \(difference 1\)/,
    );
  });

  test("next year's file of the same layout is read with the mapping saved with the batch", async () => {
    const given = parseMappingText(
      'measure: stock\nsource: MOH.GH\ncolumns:\n  - {header: Country, role: area}\n  - {header: Year, role: year}\n' +
        '  - {header: Doctors, role: value, occupation: medical-doctors.generalist}\n  - {header: Nurses, role: value, occupation: nursing-personnel}\n',
      'map.yaml',
    );
    const first = await importFile(operatorContext(db), {
      input: {
        fileName: 'gh-2020.csv',
        bytes: bytes('Country,Year,Doctors,Nurses,Midwives\nGhana,2020,1,2,3\n'),
      },
      mapping: { ...given, columns: [...given.columns, { header: 'Midwives', role: 'ignore' }] },
    });
    assert.equal(first.mapping?.origin, 'given');
    assert.equal(first.stored, 2);
    const next = await importFile(operatorContext(db), {
      input: {
        fileName: 'gh-2021.csv',
        bytes: bytes('Country,Year,Doctors,Nurses,Midwives\nGhana,2021,4,5,6\n'),
      },
    });
    assert.equal(next.mapping?.origin, 'saved');
    assert.equal(next.mapping?.batchId, first.batchId);
    assert.deepEqual(next.sources, ['MOH.GH']);
    const rows = await db.query<{ occupation: string }>(
      `SELECT occupation FROM observation WHERE batch_id = $1 ORDER BY occupation`,
      [next.batchId],
    );
    assert.deepEqual(
      rows.map((x) => x.occupation),
      ['medical-doctors.generalist', 'nursing-personnel'],
    );
    // --mapping-from names the batch explicitly, for a file whose header changed.
    const renamed = await importFile(operatorContext(db), {
      input: {
        fileName: 'gh-2022.csv',
        bytes: bytes('Notes on staff\nCountry,Year,Doctors,Nurses\nGhana,2022,7,8\n'),
      },
      mappingFrom: first.batchId as number,
    });
    assert.equal(renamed.mapping?.origin, 'saved');
    assert.deepEqual(renamed.sources, ['MOH.GH']);
    assert.equal(renamed.stored, 2);
    const err = await importFile(operatorContext(db), {
      input: { fileName: 'x.csv', bytes: bytes('Country,Year,Doctors\nGhana,2022,7\n') },
      mappingFrom: 999999,
    }).catch((e: unknown) => e);
    assert.ok(err instanceof AppError && err.code === 'not_found');
  });

  test("a saved mapping that names last year's columns gives way to a new suggestion", async () => {
    const twoRows = (y: number) =>
      bytes(`,Doctors,,Nurses,\nCountry,${y},${y + 1},${y},${y + 1}\nLesotho,1,2,3,4\n`);
    const first = await importFile(operatorContext(db), {
      input: { fileName: 'ls-a.csv', bytes: twoRows(2010) },
    });
    assert.equal(first.mapping?.origin, 'suggested');
    assert.equal(first.stored, 4);
    const next = await importFile(operatorContext(db), {
      input: { fileName: 'ls-b.csv', bytes: twoRows(2012) },
    });
    assert.equal(next.mapping?.origin, 'suggested');
    assert.deepEqual(next.years, { from: 2012, to: 2013 });
  });

  test('a file with no format and no confident mapping is refused with the suggestion, nothing stored', async () => {
    const [before] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    const err = await importFile(operatorContext(db), {
      input: { fileName: 'noyear.csv', bytes: bytes('Country,Doctors\nKenya,5\n') },
    }).catch((e: unknown) => e);
    assert.ok(err instanceof AppError, String(err));
    assert.match(err.hint ?? '', /--suggest-mapping/);
    const [afterwards] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    assert.deepEqual(afterwards, before);
  });

  test('POST /api/imports takes a mapping as the form field "mapping"; the templates round-trip', async () => {
    const app = appAs(OPERATOR, { db, log: () => {} });
    const post = async (name: string, content: Uint8Array | string, fields: Record<string, string> = {}) => {
      const form = new FormData();
      form.append('file', new File([content], name));
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return app.request('/api/imports', { method: 'POST', body: form });
    };
    const mapping = JSON.stringify({
      year: 2015,
      columns: [
        { header: 'Pays', role: 'area' },
        { header: 'Effectif', role: 'value', occupation: 'dentists' },
      ],
    });
    const res = await post('dentistes.csv', 'Pays;Effectif\nAllemagne;70000\nTotal;70000\n', { mapping });
    assert.equal(res.status, 200, await res.clone().text());
    const [report] = ImportResultSchema.parse(await res.json()).files;
    assert.equal(report?.format, 'mapped');
    assert.equal(report?.mapping?.origin, 'given');
    assert.equal(report?.stored, 1);
    const bad = await post('dentistes.csv', 'Pays;Effectif\n', { mapping: '{"columns": []}' });
    assert.equal(bad.status, 400);

    const csv = await app.request('/api/imports/template.csv');
    assert.equal(await csv.clone().text(), templateCsv());
    const fromCsv = ImportResultSchema.parse(
      await (await post('template.csv', await csv.text(), { dryRun: 'true' })).json(),
    );
    assert.deepEqual([fromCsv.files[0]?.rowsRead, fromCsv.files[0]?.skipped], [2, 0]);
    const xlsx = await app.request('/api/imports/template.xlsx');
    assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
    const book = new Uint8Array(await xlsx.arrayBuffer());
    const fromXlsx = ImportResultSchema.parse(
      await (await post('template.xlsx', book, { dryRun: 'true' })).json(),
    );
    assert.equal(fromXlsx.files[0]?.format, 'hwmo-template');
    assert.deepEqual([fromXlsx.files[0]?.rowsRead, fromXlsx.files[0]?.skipped], [2, 0]);
  });

  test('the XLSX template has drop-downs on the coded columns and a sheet of allowed values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()) as unknown as ArrayBuffer);
    const [data, values] = wb.worksheets;
    assert.deepEqual([data?.name, values?.name], ['Data', 'Allowed values']);
    const measure = data?.getCell('A5').dataValidation;
    assert.equal(measure?.type, 'list');
    assert.match(String(measure?.formulae?.[0]), /'Allowed values'!\$A\$2:\$A\$\d+/);
    assert.equal(data?.getCell('D2').dataValidation?.type, 'list');
    assert.equal(values?.getCell('A2').value, 'population');
    assert.equal(data?.getCell('A2').value, 'stock');
  });
});
