import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readAll, readText, refusal } from '../../../../test/importers.ts';
import { render } from '../../../platform/i18n/messages.ts';
import { totalLabel } from './header-words.ts';
import { openImportFile, suggestFileMapping } from './index.ts';
import { headerSignature, parseMappingText } from './mapping.ts';
import { AUTO_MAPPING_CONFIDENCE, suggestMapping } from './mapping-suggest.ts';
import { TotalsReconciler } from './totals.ts';
import type { ImportRecord } from './types.ts';

const utf8 = (t: string) => new TextEncoder().encode(t);

async function workbook(rows: unknown[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  for (const r of rows) ws.addRow(r);
  build?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cells = (records: ImportRecord[]) =>
  records.map((r) => [r.row, r.area, r.year, r.measure, r.occupation, r.value].join(' '));

describe('sheets no known format fits', () => {
  test('a plain Country, Year, Doctors, Nurses sheet is read through the suggested mapping', async () => {
    const r = await readText(
      'staff.csv',
      'Country,Year,Doctors,Nurses\nGhana,2022,5000,40000\nKenya,2022,12000,61000\n',
    );
    assert.equal(r.format, 'mapped');
    assert.equal(r.mapping?.origin, 'suggested');
    assert.ok((r.mapping?.confidence ?? 0) >= AUTO_MAPPING_CONFIDENCE);
    assert.deepEqual(cells(r.records), [
      '2 Ghana 2022 stock medical-doctors 5000',
      '2 Ghana 2022 stock nursing-personnel 40000',
      '3 Kenya 2022 stock medical-doctors 12000',
      '3 Kenya 2022 stock nursing-personnel 61000',
    ]);
    assert.equal(r.records[0]?.series, 'Doctors');
  });

  test('a merged title row and a blank row above the header, a Total row and notes below', async () => {
    const bytes = await workbook(
      [
        ['Ministry of Health - workforce 2022'],
        [],
        ['Country', 'Year', 'Doctors', 'Nurses'],
        ['Ghana', 2022, 5000, 40000],
        [],
        ['Kenya', 2022, 12000, 61000],
        ['Total', 2022, 17000, 101000],
        [],
        ['Source: Ministry of Health'],
        ['Note: 2022 figures are provisional', null, 'x', 'y'],
        ['Lesotho', 2022, 1, 2],
      ],
      (ws) => ws.mergeCells('A1:D1'),
    );
    const r = await readAll({ fileName: 'wide.xlsx', bytes });
    const parsed = await openImportFile({ fileName: 'wide.xlsx', bytes });
    for await (const _ of parsed.events);
    assert.deepEqual(
      parsed.warnings.map((w) => ({ ...w, message: render(w.message) })),
      [
        {
          row: 9,
          column: null,
          message: 'row 9 ("Source: Ministry of Health") ends the table; 2 rows below it were not read',
        },
      ],
    );
    assert.equal(r.mapping?.mapping.headerRow, 3);
    assert.equal(r.sheet, 'Staff');
    // The Total row is passed on for the import service to recognise; the table ends at the first note line.
    assert.deepEqual(
      r.records.map((x) => x.area),
      ['Ghana', 'Ghana', 'Kenya', 'Kenya', 'Total', 'Total'],
    );
    assert.equal(r.skips.length, 0);
  });

  test('a note line below a CSV table ends it instead of refusing the file', async () => {
    const r = await readText(
      'notes.csv',
      'Country,Year,Doctors\nGhana,2020,10\nSource: Ministry of Health\nNote: provisional\n',
    );
    assert.equal(r.records.length, 1);
    const t = await readText(
      'template-notes.csv',
      'measure,area,year,occupation,value\nstock,KEN,2020,medical-doctors,1\n# a comment, with commas\nFuente: Ministerio de Salud\n',
    );
    assert.equal(t.format, 'hwmo-template');
    assert.equal(t.records.length, 1);
  });

  test('header words in the six UN languages and the usual abbreviations', async () => {
    const cases: Array<[string, string[]]> = [
      [
        'País,Año,Médicos,Enfermeras,Parteras',
        ['medical-doctors', 'nursing-personnel', 'midwifery-personnel'],
      ],
      [
        'Pays,Année,Médecins,Infirmiers,Sages-femmes,Dentistes,Pharmaciens',
        ['medical-doctors', 'nursing-personnel', 'midwifery-personnel', 'dentists', 'pharmacists'],
      ],
      ['Страна,Год,Врачи,Медсестры', ['medical-doctors', 'nursing-personnel']],
      ['国家,年份,医生,护士', ['medical-doctors', 'nursing-personnel']],
      ['البلد,السنة,أطباء,ممرضات', ['medical-doctors', 'nursing-personnel']],
      ['Country,Year,Drs,RN,Midwives', ['medical-doctors', 'nursing-personnel', 'midwifery-personnel']],
      ['COUNTRY ,  year,  DOCTORS.,Nurses:', ['medical-doctors', 'nursing-personnel']],
      [
        'Country,Year,Nursing & midwifery,Infirmiers & sages-femmes',
        ['nursing-and-midwifery', 'nursing-and-midwifery'],
      ],
    ];
    for (const [header, occupations] of cases) {
      const n = header.split(',').length;
      const row = ['Kenya', '2021', ...Array.from({ length: n - 2 }, (_, i) => String(i + 1))].join(',');
      const r = await readText('x.csv', `${header}\n${row}\n`);
      assert.deepEqual(
        r.records.map((x) => x.occupation),
        occupations,
        header,
      );
      assert.ok(
        r.records.every((x) => x.year === 2021 && x.measure === 'stock'),
        header,
      );
    }
  });

  test('a long sheet: occupation, sex and measure cells written as words', async () => {
    const text =
      'País,Año,Indicador,Profesión,Sexo,Valor\n' +
      'España,2020,Densidad,Médicos,Mujeres,25.1\n' +
      'España,2020,Número de,Enfermeras,Hombres,40000\n' +
      'España,2020,Densidad,Astronautas,Mujeres,1\n';
    // One occupation cell in three is not a word hwmo knows: the column's confidence is 2/3.
    const { suggestion } = await suggestFileMapping({ fileName: 'long.csv', bytes: utf8(text) });
    assert.equal(suggestion.mapping.columns.find((c) => c.role === 'occupation')?.confidence, 0.67);
    assert.ok(suggestion.confidence < AUTO_MAPPING_CONFIDENCE);
    const r = await readText('long.csv', text, { mapping: suggestion.mapping });
    assert.equal(r.format, 'mapped');
    assert.deepEqual(
      r.records.map((x) => [x.measure, x.occupation, x.sex, x.value]),
      [
        ['density', 'medical-doctors', 'F', 25.1],
        ['stock', 'nursing-personnel', 'M', 40000],
      ],
    );
    assert.deepEqual(r.skips, [
      { row: 4, column: 'Profesión', reason: '"Astronautas" is not an occupation hwmo knows' },
    ]);
  });

  test('a semicolon sheet from a Spanish spreadsheet: dots group thousands, a total and a note line', async () => {
    const r = await readText(
      'es.csv',
      'Datos de personal sanitario\n\nPaís;Año;Médicos;Enfermeras\nReino Unido;2020;203.907;\n' +
        'España;2020;215.000;330.000\nTotal general;2020;418.907;330.000\n\nFuente: elaboración propia\n',
    );
    assert.deepEqual(
      r.records.map((x) => [x.area, x.occupation, x.value]),
      [
        ['Reino Unido', 'medical-doctors', 203907],
        ['España', 'medical-doctors', 215000],
        ['España', 'nursing-personnel', 330000],
        ['Total general', 'medical-doctors', 418907],
        ['Total general', 'nursing-personnel', 330000],
      ],
    );
  });

  test('a header over two rows: occupations in merged cells above the years', async () => {
    const bytes = await workbook(
      [
        ['Health workforce'],
        ['', 'Doctors', '', 'Nurses', ''],
        ['Country', 2019, 2020, 2019, 2020],
        ['Ghana', 1, 2, 3, 4],
      ],
      (ws) => {
        ws.mergeCells('B2:C2');
        ws.mergeCells('D2:E2');
      },
    );
    const r = await readAll({ fileName: 'two-rows.xlsx', bytes });
    assert.equal(r.mapping?.origin, 'suggested');
    assert.deepEqual(cells(r.records), [
      '4 Ghana 2019 stock medical-doctors 1',
      '4 Ghana 2020 stock medical-doctors 2',
      '4 Ghana 2019 stock nursing-personnel 3',
      '4 Ghana 2020 stock nursing-personnel 4',
    ]);
  });

  test('a year-per-column sheet whose indicator cells name occupation and measure', async () => {
    const r = await readText(
      'indicators.csv',
      'Country,Indicator,2019,2020\nKenya,Medical doctors (number),10,11\nKenya,Nurses per 10 000,8.1,\n',
    );
    assert.equal(r.mapping?.origin, 'suggested');
    assert.deepEqual(cells(r.records), [
      '2 Kenya 2019 stock medical-doctors 10',
      '2 Kenya 2020 stock medical-doctors 11',
      '3 Kenya 2019 density nursing-personnel 8.1',
    ]);
  });

  test('density and population columns are read as those measures', async () => {
    const r = await readText(
      'd.csv',
      'Country,Year,Population,Doctors per 10 000\nKenya,2021,50000000,2.3\n',
    );
    assert.deepEqual(
      r.records.map((x) => [x.measure, x.occupation, x.value]),
      [
        ['population', '_Z', 50000000],
        ['density', 'medical-doctors', 2.3],
      ],
    );
  });

  test('a name and a code column, a partner column, columns by sex, and a percentage column', async () => {
    const codes = await readText('codes.csv', 'Country,ISO3,Year,Doctors\nGhana,GHA,2020,10\n');
    assert.equal(codes.mapping?.origin, 'suggested');
    assert.deepEqual(
      codes.records.map((x) => [x.area, x.areaColumn]),
      [['GHA', 'ISO3']],
    );
    const partner = await readText(
      'trained.csv',
      'Country,Country of training,Year,Nurses\nUnited Kingdom,India,2021,40000\n',
    );
    assert.deepEqual(
      partner.records.map((x) => [x.measure, x.partner, x.partnerBasis, x.occupation]),
      [['foreign-trained-stock', 'India', 'training', 'nursing-personnel']],
    );
    const bySex = await readText('sex.csv', 'Pays,Année,Médecins femmes,Médecins hommes\nFrance,2020,1,2\n');
    assert.deepEqual(
      bySex.records.map((x) => [x.occupation, x.sex, x.value]),
      [
        ['medical-doctors', 'F', 1],
        ['medical-doctors', 'M', 2],
      ],
    );
    // "femmes" in "Sages-femmes" is part of the occupation's name (midwives), not the sex of the column.
    const midwives = await readText(
      'sages-femmes.csv',
      'Pays,Année,Sages-femmes,Sages-femmes hommes,Parteras mujeres\nSénégal,2021,1900,12,7\n',
    );
    assert.deepEqual(
      midwives.records.map((x) => [x.occupation, x.sex, x.value]),
      [
        ['midwifery-personnel', '_T', 1900],
        ['midwifery-personnel', 'M', 12],
        ['midwifery-personnel', 'F', 7],
      ],
    );
    const share = await readText(
      'share.csv',
      'Country,Year,Doctors,% foreign-trained doctors\nGhana,2020,10,5.5\n',
    );
    assert.deepEqual(
      share.records.map((x) => x.series),
      ['Doctors'],
    );
  });

  test('a year-per-column sheet: each year column is a value column of that year', async () => {
    const text = 'Number of doctors 2019-2021\n\nCountry,2019,2020,2021\nGhana,10,11,\nKenya,20,21,22\n';
    const s = await suggestFileMapping({ fileName: 'years.csv', bytes: utf8(text) });
    assert.deepEqual(s.suggestion.mapping.yearColumns, { measure: 'stock', occupation: 'medical-doctors' });
    // The occupation comes from the title only: not sure enough to be used unasked.
    const err = await refusal(readText('years.csv', text));
    assert.match(err.detail ?? '', /every year column: value \(stock, medical-doctors\)/);
    const r = await readText('years.csv', text, { mapping: s.suggestion.mapping });
    assert.deepEqual(cells(r.records), [
      '4 Ghana 2019 stock medical-doctors 10',
      '4 Ghana 2020 stock medical-doctors 11',
      '5 Kenya 2019 stock medical-doctors 20',
      '5 Kenya 2020 stock medical-doctors 21',
      '5 Kenya 2021 stock medical-doctors 22',
    ]);
    // Next year's file has other years but the same signature, so its saved mapping applies.
    assert.equal(headerSignature(['Country', '2019', '2020']), headerSignature(['Country', '2020', '2021']));
    const next = await readText('years-next.csv', 'Country,2022,2023\nGhana,12,13\n', {
      mapping: s.suggestion.mapping,
    });
    assert.deepEqual(
      next.records.map((x) => x.year),
      [2022, 2023],
    );
  });
});

describe('suggested mappings', () => {
  const rows = (lines: string[]) => lines.map((l, i) => ({ row: i + 1, cells: l.split(',') }));

  test('a confidence per column and overall; unknown columns lower it', () => {
    const clear = suggestMapping(rows(['Country,Year,Doctors,Nurses', 'Kenya,2020,1,2']));
    assert.equal(clear?.confidence, 0.9);
    assert.deepEqual(
      clear?.mapping.columns.map((c) => [c.header, c.role, c.confidence]),
      [
        ['Country', 'area', 1],
        ['Year', 'year', 1],
        ['Doctors', 'value', 0.9],
        ['Nurses', 'value', 0.9],
      ],
    );
    const totals = suggestMapping(rows(['Country,Year,Total doctors,Total', 'Kenya,2020,1,1']));
    assert.deepEqual(
      totals?.mapping.columns.slice(2).map((c) => [c.role, c.occupation]),
      [
        ['value', 'medical-doctors'],
        ['ignore', undefined],
      ],
    );
    const unknown = suggestMapping(rows(['Country,Year,Doctors,Budget line', 'Kenya,2020,1,x']));
    assert.ok((unknown?.confidence ?? 1) < (clear?.confidence ?? 0));
    assert.equal(unknown?.mapping.columns[3]?.role, 'ignore');
    // Text where numbers should be lowers the column's confidence.
    const words = suggestMapping(rows(['Country,Year,Doctors', 'Kenya,2020,many', 'Ghana,2020,few']));
    assert.equal(words?.mapping.columns[2]?.confidence, 0);
    assert.equal(suggestMapping(rows(['Year,Ministry,Amount', '2020,Health,5'])), null);
  });

  test('rows too wide for a table of areas are not read as its header, in bounded time', () => {
    const wide = Array.from({ length: 20 }, (_, r) => ({
      row: r + 1,
      cells: [
        'Country',
        'Year',
        ...Array.from({ length: 20_000 }, (_, i) => `Doctors ${'x '.repeat(i % 40)}`),
      ],
    }));
    const started = Date.now();
    assert.equal(suggestMapping(wide), null);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });

  test('without a year the suggestion is incomplete and the file is refused, showing it and the commands', async () => {
    const err = await refusal(readText('noyear.csv', 'Country,Doctors\nKenya,5\n'));
    assert.match(err.message, /no known format fits noyear\.csv; hwmo suggests a column mapping/);
    assert.match(err.detail ?? '', /"Doctors": value \(medical-doctors\)/);
    assert.match(err.hint ?? '', /--suggest-mapping --format json > map\.json/);
    assert.match(err.hint ?? '', /--mapping map\.json/);
  });

  test('a year in the title above the header is the year of every row, at lower confidence', () => {
    const s = suggestMapping(rows(['Health workforce census 2021', 'Country,Doctors', 'Kenya,5']));
    assert.equal(s?.mapping.year, 2021);
    assert.ok((s?.confidence ?? 1) < AUTO_MAPPING_CONFIDENCE);
  });
});

describe('mapping files', () => {
  const yaml = `
sheet: Staff
headerRow: 2
source: MOH.KE
measure: stock
columns:
  - { header: County, role: area }
  - { header: Période, role: year }
  - header: GPs
    role: value
    occupation: medical-doctors.generalist
  - { header: Remarks, role: comment }
`;

  test('a mapping from YAML reads the columns it names; a column it lacks is refused', async () => {
    const mapping = parseMappingText(yaml, 'map.yaml');
    const bytes = await workbook([
      ['Kenya staff'],
      ['County', 'periode', 'GPs', 'Remarks'],
      ['Kenya', 2019, 300, 'census'],
    ]);
    const r = await readAll({ fileName: 'k.xlsx', bytes }, { mapping });
    assert.deepEqual(
      r.records.map((x) => [x.source, x.area, x.year, x.occupation, x.value, x.comment]),
      [['MOH.KE', 'Kenya', 2019, 'medical-doctors.generalist', 300, 'census']],
    );
    const err = await refusal(
      readText('k.csv', 'County,Year,GPs\nKenya,2019,1\n', { mapping: { ...mapping, headerRow: 1 } }),
    );
    assert.match(err.message, /no column "Période" that the mapping names/);
    assert.equal(err.location?.column, 'Période');
  });

  test('an invalid mapping is refused naming the field', async () => {
    const err = await refusal(
      Promise.resolve().then(() =>
        parseMappingText(
          '{"columns":[{"header":"C","role":"area"},{"header":"D","role":"value","occupation":"surgeons"}],"year":2020}',
          'm.json',
        ),
      ),
      'invalid_input',
    );
    assert.equal(err.location?.field, 'columns.1.occupation');
    await refusal(
      Promise.resolve().then(() =>
        parseMappingText('columns: [{header: D, role: value}]\nyear: 2020', 'm.yaml'),
      ),
      'invalid_input',
    );
    await refusal(
      Promise.resolve().then(() => parseMappingText('{"columns": [', 'bad.json')),
      'invalid_input',
    );
  });
});

describe('totals rows', () => {
  test('the labels of totals and subtotals rows in the six languages', () => {
    for (const w of [
      'Total',
      'TOTALS',
      'Grand total',
      'Total général',
      'Total general',
      'Итого',
      '合计',
      '总计',
      'المجموع',
      'Total 2022',
    ]) {
      assert.equal(totalLabel(w), 'total', w);
    }
    for (const w of ['Sub-total', 'Subtotal', 'Sous-total', '小计', 'Sub-total Africa'])
      assert.equal(totalLabel(w), 'subtotal', w);
    for (const w of ['Kenya', 'Totonicapán', 'Tonga', '']) assert.equal(totalLabel(w), null, w);
  });

  test('a totals row is checked against the rows it covers, naming the row and the difference', () => {
    const rec = (row: number, area: string, value: number, occupation = 'medical-doctors'): ImportRecord => ({
      row,
      source: 'USER',
      measure: 'stock',
      area,
      areaColumn: 'Country',
      year: 2022,
      occupation,
      sex: '_T',
      age: '_T',
      partner: '_Z',
      partnerColumn: null,
      partnerBasis: '_Z',
      value,
      flags: [],
      comment: null,
      series: 'Doctors',
    });
    const t = new TotalsReconciler();
    t.add(rec(2, 'Ghana', 5000));
    t.add(rec(3, 'Kenya', 12000));
    assert.equal(t.total(rec(4, 'Sub-total', 17000), 'subtotal'), null);
    t.add(rec(5, 'Lesotho', 100));
    const w = t.total(rec(6, 'Sub-total', 99), 'subtotal');
    assert.equal(w?.row, 6);
    assert.match(
      render(w?.message ?? ''),
      /row 6 \("Sub-total"\).*is 99 but the 1 row\(s\) it covers sum to 100 \(difference -1\)/,
    );
    const grand = t.total(rec(7, 'Total', 17000), 'total');
    assert.match(render(grand?.message ?? ''), /sum to 17100 \(difference -100\)/);
  });
});
