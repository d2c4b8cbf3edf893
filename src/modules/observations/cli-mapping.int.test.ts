import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { cliInTempDir } from '../../../test/cli.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-import-mapping-cli-');

describe('hwmo import --suggest-mapping / --mapping, hwmo template', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  const wide = join(dir, 'wide.xlsx');

  test('the suggested mapping, printed as JSON, imports the sheet it was made from', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Staff');
    ws.addRow(['Ministry of Health - workforce 2022']);
    ws.mergeCells('A1:D1');
    ws.addRow([]);
    ws.addRow(['Country', 'Year', 'Doctors', 'Nurses']);
    ws.addRow(['Ghana', 2022, 5000, 40000]);
    ws.addRow(['Kenya', 2022, 12000, 61000]);
    ws.addRow(['Total', 2022, 17000, 101000]);
    await wb.xlsx.writeFile(wide);

    const text = await hwmo('import', wide, '--suggest-mapping');
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /header row 3 of sheet Staff; confidence 0\.90/);
    assert.match(text.out, /"Doctors": value \(medical-doctors\), confidence 0\.90/);
    assert.match(text.out, /--mapping map\.json/);

    const json = await hwmo('import', wide, '--suggest-mapping', '--format', 'json');
    assert.equal(json.code, 0, json.err);
    const map = join(dir, 'map.json');
    writeFileSync(map, json.out);
    assert.equal(JSON.parse(json.out).headerRow, 3);

    const imported = await hwmo('import', wide, '--mapping', map);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /2 × total row/);
    const q = await hwmo(
      'query',
      '--measure',
      'stock',
      '--area',
      'KEN',
      '--year',
      '2022',
      '--occupation',
      'medical-doctors',
      '--format',
      'json',
    );
    assert.equal(q.code, 0, q.err);
    assert.match(q.out, /12000/);
  });

  test('a plain sheet no format fits is imported with the suggestion, and the output says so', async () => {
    const csv = join(dir, 'plain.csv');
    writeFileSync(csv, 'Country,Year,Doctors,Midwives\nGhana,2021,5000,40000\nTotal,2021,5000,40001\n');
    const r = await hwmo('import', csv);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /No known format fits: read with the suggested column mapping \(confidence 0\.90\), saved with the batch/,
    );
    assert.match(
      r.out,
      /Doctors → value medical-doctors; Midwives → value midwifery-personnel; other values are stock/,
    );
    assert.match(
      r.err,
      /warning: .*row 3 \("Total"\).*is 40001 but the 1 row\(s\) it covers sum to 40000 \(difference 1\)/,
    );
  });

  test('a YAML mapping file; a bad one is refused naming the field', async () => {
    const yaml = join(dir, 'map.yaml');
    writeFileSync(
      yaml,
      'year: 2019\ncolumns:\n  - {header: País, role: area}\n  - {header: Enfermeras, role: value, occupation: nursing-personnel}\n',
    );
    const csv = join(dir, 'es.csv');
    writeFileSync(csv, 'País,Enfermeras\nEspaña,300000\nReino Unido,700000\n');
    const r = await hwmo('import', csv, '--mapping', yaml, '--json');
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out).files[0];
    assert.equal(report.stored, 2);
    assert.equal(report.mapping.origin, 'given');
    writeFileSync(yaml, 'columns:\n  - {header: País, role: land}\n');
    const bad = await hwmo('import', csv, '--mapping', yaml);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /columns\.0\.role/);
  });

  test('hwmo template prints the header, two example rows and the allowed values', async () => {
    const r = await hwmo('template');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(
      lines[0],
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
    );
    assert.equal(lines.filter((l) => !l.startsWith('#')).length, 3);
    assert.match(r.out, /^# measure: population = /m);
    assert.match(r.out, /^# occupation: medical-doctors = /m);
    assert.match(r.out, /^# sex: _T = all \| F = female \| M = male$/m);
    assert.match(r.out, /^# partner_basis: training = /m);
    const t = join(dir, 'template.csv');
    writeFileSync(t, r.out);
    const back = await hwmo('import', t, '--dry-run', '--json');
    assert.equal(back.code, 0, back.err);
    assert.equal(JSON.parse(back.out).files[0].rowsRead, 2);
  });
});
