import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fixture, readAll, readText, refusal } from '../../../../test/importers.ts';

const MICROM = fixture('microm84_HEALTH_WFMI_USA_FTDS_2016_by_origin.slice.csv');
const PROTOR = fixture('protor23_HEALTH_WFMI_FTDS_2018_by_origin.slice.csv');
const SASINDU = fixture('sasindu_HEALTH_WFMI_total_doctors_nurses_2010_2022.slice.csv');
const HEADER = 'COU,Country,VAR,Variable,CO2,Country of origin,YEA,Year,Value,Flag Codes,Flags';

describe('oecd-stat', () => {
  test('reads the quoted export with BOM and CRLF, keeping TOT and NS as raw partners', async () => {
    const r = await readAll(MICROM);
    assert.equal(r.format, 'oecd-stat');
    assert.equal(r.events, 7);
    assert.equal(r.skips.length, 0);
    const first = r.records[0];
    assert.deepEqual(first, {
      row: 2,
      source: 'OECD.HEALTH_WFMI',
      measure: 'foreign-trained-stock',
      area: 'USA',
      areaColumn: 'COU',
      year: 2016,
      occupation: 'medical-doctors',
      sex: '_T',
      age: '_T',
      partner: 'AFG',
      partnerColumn: 'CO2',
      partnerBasis: 'training',
      value: 131,
      flags: [],
      comment: null,
      series: 'FTDS',
    });
    assert.deepEqual(
      r.records.slice(-2).map((x) => [x.row, x.partner, x.value]),
      [
        [7, 'TOT', 215630],
        [8, 'NS', 5810],
      ],
    );
  });

  test('reads unquoted and quoted exports to the same records', async () => {
    const text = readFileSync(PROTOR, 'utf8').replace(/^\uFEFF/, '');
    const quoted = text
      .split('\n')
      .map((l) =>
        l === ''
          ? l
          : l
              .split(',')
              .map((c, i) => (i === 8 ? c : `"${c}"`))
              .join(','),
      )
      .join('\r\n');
    const plain = await readAll(PROTOR);
    const again = await readText('quoted.csv', `\uFEFF${quoted}`);
    assert.equal(plain.records.length, 9);
    assert.deepEqual(again.records, plain.records);
    assert.deepEqual(
      plain.records.map((x) => x.area),
      ['CAN', 'FRA', 'DEU', 'NZL', 'NOR', 'CHE', 'GBR', 'BEL', 'CAN'],
    );
  });

  test('stores total doctors and nurses without a partner, with break and definition flags', async () => {
    const r = await readAll(SASINDU);
    assert.equal(r.events, 8);
    assert.ok(r.records.every((x) => x.measure === 'stock' && x.partner === '_Z' && x.partnerBasis === '_Z'));
    const flagged = r.records
      .filter((x) => x.flags.length > 0)
      .map((x) => [x.area, x.year, x.occupation, x.flags]);
    assert.deepEqual(flagged, [
      ['AUS', 2013, 'nursing-personnel', ['B']],
      ['HUN', 2010, 'medical-doctors', ['B']],
      ['HUN', 2015, 'medical-doctors', ['B']],
      ['CHE', 2010, 'nursing-personnel', ['D']],
      ['CHE', 2011, 'nursing-personnel', ['D']],
    ]);
  });

  test('skips shares, unknown variables, non-total rows of totals and empty values, with reasons', async () => {
    const r = await readText(
      'wfmi.csv',
      [
        HEADER,
        'GBR,United Kingdom,FTDP,Share of foreign-trained doctors,TOT,Total,2018,2018,28.9,,',
        'GBR,United Kingdom,XYZW,Something else,TOT,Total,2018,2018,1,,',
        'GBR,United Kingdom,TNBD,Total number of doctors,IND,India,2018,2018,5,,',
        'GBR,United Kingdom,FTNS,Foreign-trained nurses - Stock,PHL,Philippines,2018,2018,..,,',
        'GBR,United Kingdom,FTNF,Foreign-trained nurses - Annual inflow,PHL,Philippines,2018,2018,1200,P,Provisional',
        'GBR,United Kingdom,FBDS,Foreign-born doctors - Stock,IND,India,2011,2011,25000,E,Estimated value',
      ].join('\n'),
    );
    assert.deepEqual(r.skips, [
      {
        row: 2,
        column: 'VAR',
        reason:
          'variable FTDP (Share of foreign-trained doctors) is a share: hwmo computes shares from the counts and does not store them',
      },
      { row: 3, column: 'VAR', reason: 'variable XYZW (Something else) is not a measure hwmo stores' },
      {
        row: 4,
        column: 'CO2',
        reason: 'Total number of doctors is stored for origin TOT only; this row is for origin IND',
      },
      { row: 5, column: 'Value', reason: 'no value' },
    ]);
    assert.deepEqual(
      r.records.map((x) => [x.measure, x.occupation, x.partner, x.partnerBasis, x.flags]),
      [
        ['inflow', 'nursing-personnel', 'PHL', 'training', ['P']],
        ['foreign-born-stock', 'medical-doctors', 'IND', 'birth', ['E']],
      ],
    );
  });

  test('reads the label-only variant, taking the variable from the file name', async () => {
    const text =
      'Country,Country of origin,Year,Value\nGermany,Syrian Arab Republic,2018,4970\nGermany,Total,2018,55000\n';
    const r = await readText('HEALTH_WFMI_FTDS_2018.csv', text);
    assert.equal(r.format, 'oecd-stat');
    assert.deepEqual(
      r.records.map((x) => [x.area, x.areaColumn, x.partner, x.partnerColumn, x.series, x.value]),
      [
        ['Germany', 'Country', 'Syrian Arab Republic', 'Country of origin', 'FTDS', 4970],
        ['Germany', 'Country', 'Total', 'Country of origin', 'FTDS', 55000],
      ],
    );
    const err = await refusal(readText('doctors.csv', text));
    assert.equal(err.location?.column, 'VAR');
    assert.match(err.message, /no VAR or Variable column/);
  });

  test('reads the label-only variant with a Variable column', async () => {
    const r = await readText(
      'wfmi.csv',
      'Country,Variable,Country of origin,Year,Value\nFrance,Foreign-trained nurses - Stock,Belgium,2019,1234\n',
    );
    assert.equal(r.records[0]?.measure, 'foreign-trained-stock');
    assert.equal(r.records[0]?.occupation, 'nursing-personnel');
    assert.equal(r.records[0]?.series, 'FTNS');
  });
});
