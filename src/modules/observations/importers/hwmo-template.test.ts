import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { readText, refusal } from '../../../../test/importers.ts';
import { templateCsv } from '../template.ts';
import { HWMO_TEMPLATE_HEADER, parseFlags } from './hwmo-template.ts';

const HEADER = HWMO_TEMPLATE_HEADER.join(',');

describe('hwmo-template', () => {
  test('the template starts with the header line and is LF-terminated', () => {
    assert.equal(
      templateCsv().split('\n')[0],
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
    );
    assert.equal(templateCsv().includes('\r'), false);
  });

  test('rows written in the export columns re-import unchanged', async () => {
    const rows = [
      ['stock', 'GBR', 2020, 'medical-doctors', '_T', '_T', '_Z', '_Z', 203907, 'persons', '', '', 'WHO.GHO'],
      [
        'density',
        'KEN',
        2018,
        'medical-doctors',
        '_T',
        '_T',
        '_Z',
        '_Z',
        1.57,
        'per 10 000 population',
        'E',
        'Médicos, "MoH"',
        'USER',
      ],
      [
        'inflow',
        'GBR',
        2019,
        'nursing-personnel',
        'F',
        'Y25T34',
        'PHL',
        'training',
        1234,
        'persons per year',
        'B P',
        '',
        'OECD.HEALTH_WFMI',
      ],
      ['uhc-sci', 'WLD', 2021, '_Z', '_T', '_T', '_Z', '_Z', 68, 'index 0-100', '', '', 'WB.WDI'],
    ];
    const r = await readText('export.csv', stringify([HWMO_TEMPLATE_HEADER as string[], ...rows]));
    assert.equal(r.format, 'hwmo-template');
    assert.deepEqual(r.skips, []);
    assert.deepEqual(
      r.records.map((x) => [
        x.measure,
        x.area,
        x.year,
        x.occupation,
        x.sex,
        x.age,
        x.partner,
        x.partnerBasis,
        x.value,
        x.flags.join(' '),
        x.comment ?? '',
        x.source,
      ]),
      rows.map(([m, a, y, o, s, g, p, b, v, , f, c, src]) => [m, a, y, o, s, g, p, b, v, f, c, src]),
    );
    assert.equal(r.records[2]?.partnerColumn, 'partner');
    assert.equal(r.records[0]?.partnerColumn, null);
  });

  test('fills defaults and reads flag words and a decimal comma', async () => {
    const r = await readText(
      'mine.csv',
      'measure;area;year;occupation;value;flags\nstock;Kenya;2021;dentists;1 234,5;provisional, break\npopulation;KEN;2021;;;\n',
    );
    assert.deepEqual(
      r.records.map((x) => [
        x.area,
        x.sex,
        x.age,
        x.partner,
        x.partnerBasis,
        x.value,
        x.flags,
        x.source,
        x.comment,
      ]),
      [['Kenya', '_T', '_T', '_Z', '_Z', 1234.5, ['P', 'B'], 'USER', null]],
    );
    assert.deepEqual(r.skips, [{ row: 3, column: 'value', reason: 'no value' }]);
  });

  test('an invalid cell refuses the file, naming row and column, and lists every problem', async () => {
    const text = [
      HEADER,
      'stock,GBR,2020,medical-doctors,_T,_T,_Z,_Z,1,,,,',
      'stok,GBR,2020,medical-doctors,_T,_T,_Z,_Z,1,,,,',
      'stock,GBR,2020,surgeons,X,_T,_Z,_Z,abc,,,,',
      'stock,GBR,1850,medical-doctors,_T,Y25-34,_Z,_Z,1,per 1 000 population,soon,,',
      'inflow,GBR,2020,medical-doctors,_T,_T,,,1,,,,bad source!',
    ].join('\n');
    const err = await refusal(readText('mine.csv', text));
    assert.equal(err.location?.row, 3);
    assert.equal(err.location?.column, 'measure');
    assert.match(err.message, /row 3, measure: unknown measure "stok"/);
    assert.deepEqual(
      err.errors.map((e) => [e.row, e.column]),
      [
        [3, 'measure'],
        [4, 'occupation'],
        [4, 'sex'],
        [4, 'value'],
        [5, 'year'],
        [5, 'age'],
        [5, 'unit'],
        [5, 'flags'],
        [6, 'partner'],
        [6, 'partner_basis'],
        [6, 'source'],
      ],
    );
  });

  test('stops collecting at 50 problems', async () => {
    const bad = Array.from({ length: 80 }, () => 'stock,GBR,2020,medical-doctors,_T,_T,_Z,_Z,x,,,,');
    const err = await refusal(readText('mine.csv', [HEADER, ...bad].join('\n')));
    assert.equal(err.errors.length, 50);
    assert.match(err.detail ?? '', /50 or more invalid cell/);
  });

  test('parseFlags reads letters and words and names the first unknown word', () => {
    assert.deepEqual(parseFlags('P e'), { flags: ['P', 'E'], bad: null });
    assert.deepEqual(parseFlags('definition differs; confidential'), { flags: ['D', 'C'], bad: null });
    assert.deepEqual(parseFlags('provisional,maybe'), { flags: ['P'], bad: 'maybe' });
  });
});
