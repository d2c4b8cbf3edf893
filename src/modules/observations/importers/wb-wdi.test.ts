import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fixture, readAll, readText } from '../../../../test/importers.ts';

const WB = fixture('wb_API_SH.UHC.SRVS.CV.XD_DS2_en_csv_v2_15880.slice.csv');
const POPULATION = fixture('datasets_population_wb_SP.POP.TOTL.slice.csv');
const OWID = fixture('owid_universal-health-coverage-index.slice.csv');

describe('wb-wdi', () => {
  test('skips the preamble and the trailing empty column; one event per non-empty year cell', async () => {
    const text = readFileSync(WB, 'utf8');
    const dataLines = text
      .split('\n')
      .slice(5)
      .filter((l) => l.trim() !== '');
    const nonEmpty = dataLines.reduce((n, l) => n + (l.match(/"\d+(\.\d+)?"/g)?.length ?? 0), 0);
    const r = await readAll(WB);
    assert.equal(r.format, 'wb-wdi');
    assert.equal(r.events, nonEmpty);
    assert.ok(nonEmpty > 20);
    assert.equal(r.skips.length, 0);
    const ken = r.records.filter((x) => x.area === 'KEN');
    assert.deepEqual(
      ken.map((x) => [x.row, x.year, x.value]),
      [
        [9, 2000, 28],
        [9, 2005, 34],
        [9, 2010, 44],
        [9, 2015, 50],
        [9, 2017, 52],
        [9, 2019, 51],
        [9, 2021, 53],
      ],
    );
    // Aruba and the AFE aggregate have no values in this file: no events for empty cells.
    assert.deepEqual([...new Set(r.records.map((x) => x.area))], ['GBR', 'KEN', 'WLD']);
    assert.ok(
      r.records.every(
        (x) => x.measure === 'uhc-sci' && x.source === 'WB.WDI' && x.areaColumn === 'Country Code',
      ),
    );
    assert.equal(r.records.find((x) => x.area === 'GBR' && x.year === 2021)?.row, 8);
  });

  test('converts per-1 000 densities to per 10 000 and skips indicators hwmo does not store', async () => {
    const text = [
      '"Data Source","World Development Indicators",',
      '',
      '"Last Updated Date","2025-01-28",',
      '',
      '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020",',
      '"Kenya","KEN","Physicians (per 1,000 people)","SH.MED.PHYS.ZS","0.157","",',
      '"Kenya","KEN","Nurses and midwives (per 1,000 people)","SH.MED.NUMW.P3","1.17","1.23",',
      '"Kenya","KEN","Hospital beds (per 1,000 people)","SH.MED.BEDS.ZS","1.4","",',
      // Without the trailing comma: the unnamed last column may be left out.
      '"Kenya","KEN","Population, total","SP.POP.TOTL","51202827","52217334"',
    ].join('\r\n');
    const r = await readText('API_KEN.csv', text);
    assert.deepEqual(
      r.records.map((x) => [x.row, x.year, x.measure, x.occupation, x.value, x.comment]),
      [
        [6, 2019, 'density', 'medical-doctors', 1.57, 'converted from per 1 000 to per 10 000 population'],
        [
          7,
          2019,
          'density',
          'nursing-and-midwifery',
          11.7,
          'converted from per 1 000 to per 10 000 population',
        ],
        [
          7,
          2020,
          'density',
          'nursing-and-midwifery',
          12.3,
          'converted from per 1 000 to per 10 000 population',
        ],
        [9, 2019, 'population', '_Z', 51202827, null],
        [9, 2020, 'population', '_Z', 52217334, null],
      ],
    );
    assert.deepEqual(r.skips, [
      {
        row: 8,
        column: '2019',
        reason: 'indicator SH.MED.BEDS.ZS (Hospital beds (per 1,000 people)) is not a measure hwmo stores',
      },
    ]);
  });
});

describe('long-population', () => {
  test('reads the long World Bank population file (CRLF) as population', async () => {
    const r = await readAll(POPULATION);
    assert.equal(r.format, 'long-population');
    assert.equal(r.events, 6);
    assert.deepEqual(
      r.records.map((x) => [x.row, x.area, x.year, x.value]),
      [
        [2, 'ABW', 1960, 54922],
        [3, 'ABW', 1961, 55578],
        [4, 'KEN', 1960, 7695307],
        [5, 'KEN', 2019, 51202827],
        [6, 'KEN', 2020, 52217334],
        [7, 'KEN', 2021, 53219166],
      ],
    );
    assert.ok(
      r.records.every(
        (x) => x.measure === 'population' && x.source === 'WB.WDI' && x.series === 'SP.POP.TOTL',
      ),
    );
  });
});

describe('owid', () => {
  test('reads the UHC column, taking Code or else Entity as the area', async () => {
    const r = await readAll(OWID);
    assert.equal(r.format, 'owid');
    assert.deepEqual(
      r.records.map((x) => [x.row, x.area, x.areaColumn, x.year, x.value]),
      [
        [2, 'Africa (WHO)', 'Entity', 2000, 23.42367],
        [3, 'Africa (WHO)', 'Entity', 2005, 27.50991],
        [4, 'KEN', 'Code', 2000, 27.63106],
        [5, 'KEN', 'Code', 2005, 34.21377],
        [6, 'KEN', 'Code', 2010, 44.18829],
      ],
    );
    assert.ok(r.records.every((x) => x.measure === 'uhc-sci' && x.source === 'OWID'));
  });

  test('maps population columns and skips every other non-empty value cell', async () => {
    const r = await readText(
      'owid.csv',
      'Entity,Code,Year,Population (historical),Life expectancy,Empty\nKenya,KEN,2020,52217334,61.4,\nKenya,KEN,2021,,,\n',
    );
    assert.deepEqual(
      r.records.map((x) => [x.measure, x.value, x.series]),
      [['population', 52217334, 'Population (historical)']],
    );
    assert.deepEqual(r.skips, [
      { row: 2, column: 'Life expectancy', reason: 'column "Life expectancy" is not a measure hwmo stores' },
    ]);
  });
});
