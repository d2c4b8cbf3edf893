import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { fixture, readAll, readText } from '../../../../test/importers.ts';
import { GHO_INDICATORS } from './who-gho.ts';
import { isFractionOfIndex } from './who-gho-legacy.ts';

const DOCTORS = fixture('cghss_medical_doctors_HWF_0001-0005.slice.csv');
const NURSES = fixture('cghss_nursing_midwifery_HWF_0006-0009.slice.csv');
const DENTISTS = fixture('cghss_dentists_HWF_0010-0013.slice.csv');
const LEGACY = fixture('gho_legacy_UHC_INDEX_REPORTED_2015_2017.slice.csv');
const doctorsText = readFileSync(DOCTORS, 'utf8');

describe('who-gho', () => {
  test('reads the GHO export: one record per row, rows numbered as in the file', async () => {
    const r = await readAll(DOCTORS);
    assert.equal(r.format, 'who-gho');
    assert.equal(r.events, doctorsText.trimEnd().split('\r\n').length - 1);
    assert.equal(r.skips.length, 0);
    const uk = r.records.find((x) => x.area === 'GBR' && x.measure === 'stock');
    assert.deepEqual(uk, {
      row: 6,
      source: 'WHO.GHO',
      measure: 'stock',
      area: 'GBR',
      areaColumn: 'SpatialDimValueCode',
      year: 2020,
      occupation: 'medical-doctors',
      sex: '_T',
      age: '_T',
      partner: '_Z',
      partnerColumn: null,
      partnerBasis: '_Z',
      value: 203907,
      flags: [],
      comment: null,
      series: 'HWF_0002',
    });
    assert.equal(doctorsText.split('\r\n')[5]?.includes(',GBR,'), true);
  });

  test('every indicator code maps to what its Indicator text says', async () => {
    for (const path of [DOCTORS, NURSES, DENTISTS]) {
      const rows: Array<Record<string, string>> = parse(readFileSync(path), { columns: true, bom: true });
      const r = await readAll(path);
      assert.equal(r.records.length, rows.length);
      for (const [i, rec] of r.records.entries()) {
        const row = rows[i] as Record<string, string>;
        assert.equal(rec.series, row.IndicatorCode);
        assert.equal(
          GHO_INDICATORS[rec.series]?.label,
          row.Indicator?.replace(/\s+/g, ' '),
          `${rec.series} is labelled ${row.Indicator}`,
        );
        assert.equal(rec.measure, /per 10,000/.test(row.Indicator ?? '') ? 'density' : 'stock');
      }
    }
    const occupations = (await readAll(DOCTORS)).records.map((x) => `${x.series} ${x.occupation}`);
    assert.ok(occupations.includes('HWF_0003 medical-doctors.generalist'));
    assert.ok(occupations.includes('HWF_0004 medical-doctors.specialist'));
    assert.ok(occupations.includes('HWF_0005 medical-doctors.nfd'));
    const nurses = new Set(
      (await readAll(NURSES)).records.map((x) => `${x.series} ${x.measure} ${x.occupation}`),
    );
    assert.deepEqual([...nurses].sort(), [
      'HWF_0006 density nursing-and-midwifery',
      'HWF_0007 stock nursing-and-midwifery',
      'HWF_0008 stock nursing-personnel',
      'HWF_0009 stock midwifery-personnel',
    ]);
    const dentists = new Set(
      (await readAll(DENTISTS)).records.map((x) => `${x.series} ${x.measure} ${x.occupation}`),
    );
    assert.deepEqual([...dentists].sort(), [
      'HWF_0010 density dentists',
      'HWF_0011 stock dentists',
      'HWF_0012 stock dental-assistants',
      'HWF_0013 stock dental-prosthetic-technicians',
    ]);
  });

  test('prefers FactValueNumeric and falls back to the display Value with no-break-space thousands', async () => {
    const india = doctorsText.split('\r\n').find((l) => l.includes(',IND,')) ?? '';
    assert.ok(india.includes('1\u00a0014\u00a0538'), 'the slice keeps the no-break spaces');
    const header = doctorsText.split('\r\n')[0];
    const withoutNumeric = india.replace(',1014538,', ',,');
    const r = await readText('gho.csv', `${header}\r\n${withoutNumeric}\r\n`);
    assert.equal(r.records[0]?.value, 1014538);
    const neither = india.replace(',1014538,', ',,').replace('1\u00a0014\u00a0538', '');
    const s = await readText('gho.csv', `${header}\r\n${neither}\r\n`);
    assert.deepEqual(s.skips, [{ row: 2, column: 'Value', reason: 'no value' }]);
  });

  test('repairs mojibake in FactComments', async () => {
    const r = await readAll(DOCTORS);
    const gtm = r.records.find((x) => x.area === 'GTM');
    assert.equal(gtm?.comment, 'Colegio de Médicos y Cirujanos de Guatemala');
    const bra = r.records.find((x) => x.area === 'BRA');
    assert.match(bra?.comment ?? '', /Médico com atuação em Clínica Geral/);
  });

  test('skips indicators hwmo does not store, and breakdowns other than sex, with the reason', async () => {
    const header = doctorsText.split('\r\n')[0] ?? '';
    const line = doctorsText.split('\r\n')[5] ?? '';
    const other = line.replace('HWF_0002,Medical doctors (number)', 'HWF_0020,Pharmacists (number)');
    const cols = header.split(',');
    const dim1 = cols.indexOf('Dim1');
    const dim1Type = cols.indexOf('Dim1 type');
    const dim1Code = cols.indexOf('Dim1ValueCode');
    const withDim = (type: string, name: string, code: string) => {
      const cells = line.split(',');
      cells[dim1Type] = type;
      cells[dim1] = name;
      cells[dim1Code] = code;
      return cells.join(',');
    };
    const r = await readText(
      'gho.csv',
      [
        header,
        other,
        withDim('Sex', 'Male', 'SEX_MLE'),
        withDim('Sex', 'Female', 'SEX_FMLE'),
        withDim('Sex', 'Both sexes', 'SEX_BTSX'),
        withDim('Residence Area Type', 'Urban', 'RESIDENCEAREATYPE_URB'),
      ].join('\r\n'),
    );
    assert.equal(r.events, 5);
    assert.deepEqual(r.skips, [
      {
        row: 2,
        column: 'IndicatorCode',
        reason: 'indicator HWF_0020 (Pharmacists (number)) is not a measure hwmo stores',
      },
      {
        row: 6,
        column: 'Dim1ValueCode',
        reason: 'broken down by Residence Area Type (RESIDENCEAREATYPE_URB); hwmo stores totals and sex only',
      },
    ]);
    assert.deepEqual(
      r.records.map((x) => x.sex),
      ['M', 'F', '_T'],
    );
  });

  test('reads the OData column names (SpatialDim, TimeDim, NumericValue, Dim1)', async () => {
    const r = await readText(
      'odata.csv',
      [
        'Id,IndicatorCode,SpatialDimType,SpatialDim,TimeDimType,TimeDim,Dim1Type,Dim1,Value,NumericValue,Comments',
        '1,HWF_0001,COUNTRY,KEN,YEAR,2018,SEX,SEX_FMLE,1.6,1.57,MÃ©dicos',
        '2,HWF_0002,COUNTRY,KEN,YEAR,2018,,,"10\u00a0000",,',
      ].join('\n'),
    );
    assert.equal(r.format, 'who-gho');
    assert.deepEqual(
      r.records.map((x) => [x.area, x.areaColumn, x.year, x.sex, x.value, x.measure, x.comment]),
      [
        ['KEN', 'SpatialDim', 2018, 'F', 1.57, 'density', 'Médicos'],
        ['KEN', 'SpatialDim', 2018, '_T', 10000, 'stock', null],
      ],
    );
  });

  test('falls back to the Location name when the code is empty', async () => {
    const header = doctorsText.split('\r\n')[0] ?? '';
    const line = (doctorsText.split('\r\n')[5] ?? '').replace(',GBR,', ',,');
    const r = await readText('gho.csv', `${header}\r\n${line}\r\n`);
    assert.equal(r.records[0]?.area, 'United Kingdom of Great Britain and Northern Ireland');
    assert.equal(r.records[0]?.areaColumn, 'Location');
  });
});

describe('who-gho-legacy', () => {
  test('rescales the 0-1 fractions of regional and income-group rows to the 0-100 index', async () => {
    const r = await readAll(LEGACY);
    assert.equal(r.format, 'who-gho-legacy');
    assert.equal(r.events, 9);
    const by = (area: string, year: number) => r.records.find((x) => x.area === area && x.year === year);
    assert.equal(by('AFR', 2015)?.value, 44.412);
    assert.equal(by('AFR', 2015)?.areaColumn, 'REGION');
    assert.match(by('AFR', 2015)?.comment ?? '', /rescaled to 0-100 from the 0-1 fraction 0\.44412/);
    assert.equal(by('GLOBAL', 2017)?.value, 65.736);
    assert.equal(by('WB_HI', 2015)?.areaColumn, 'WORLDBANKINCOMEGROUP');
    assert.equal(by('WB_HI', 2015)?.value, 80.715);
    assert.equal(by('GBR', 2017)?.value, 87);
    assert.equal(by('GBR', 2017)?.areaColumn, 'COUNTRY');
    assert.equal(by('GBR', 2017)?.comment, null);
    assert.ok(
      r.records.every((x) => x.measure === 'uhc-sci' && x.occupation === '_Z' && x.source === 'WHO.GHO'),
    );
  });

  test('tells fractions from small index values by the display value', () => {
    assert.equal(isFractionOfIndex(0.44412, 44), true);
    assert.equal(isFractionOfIndex(0.44412, null), true);
    assert.equal(isFractionOfIndex(1, 1), false);
    assert.equal(isFractionOfIndex(54, 54), false);
    assert.equal(isFractionOfIndex(0, 0), false);
  });
});
