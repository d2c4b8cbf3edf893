import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { fixture, readAll, readText, refusal, utf8 } from '../../../../test/importers.ts';
import { openCsvRows } from './csv-rows.ts';
import { Header } from './format.ts';
import type { RawRow } from './rows.ts';
import {
  HWMO_DATAFLOW,
  HWMO_SDMX_COLUMNS,
  parseStructureId,
  SdmxLayout,
  type SdmxObservation,
  sdmxCode,
  sdmxCsv,
} from './sdmx-csv.ts';

/** The SDMX reading layer on its own, below the dataflow mapping. */
async function observations(name: string) {
  const source = await openCsvRows({ fileName: name, path: fixture(name) }, { columnName: () => undefined });
  const rows: RawRow[] = [];
  for await (const batch of source.batches) rows.push(...batch);
  const [head, ...data] = rows;
  assert.ok(head);
  const header = new Header(head.cells, head.row, sdmxCsv.normalise);
  assert.equal(sdmxCsv.detect(header), true);
  const layout = new SdmxLayout(header);
  return {
    separator: source.separator,
    decimalComma: source.decimalComma,
    layout,
    obs: data.map((r) => layout.observation(r, source.decimalComma)),
  };
}

const pick = (o: SdmxObservation | undefined, ...ids: string[]) => ids.map((id) => o?.components[id]);

describe('SDMX-CSV reading (specification examples)', () => {
  test('ordinary 2.0 file: comma separator, STRUCTURE_ID, ACTION, quoted attribute, custom column', async () => {
    const r = await observations('sdmx_csv_2_0_spec_ordinary.csv');
    assert.equal(r.separator, ',');
    assert.equal(r.decimalComma, false);
    assert.equal(r.layout.version, '2.0');
    const [first, second] = r.obs;
    assert.deepEqual(first?.structureId, { agency: 'ESTAT', id: 'NA_MAIN', version: '1.6.0' });
    assert.equal(first?.structure, 'dataflow');
    assert.equal(first?.action, 'I');
    assert.equal(first?.value, 12.4);
    assert.equal(second?.value, 10.8);
    assert.deepEqual(pick(first, 'DIM_1', 'DIM_2', 'DIM_3', 'ATTR_1', 'ATTR_2', 'ATTR_3', 'UPDATED'), [
      'A',
      'B',
      '2014-01',
      'N',
      'Y',
      'Normal, special and other values',
      '2021-01-22T13:15:41Z',
    ]);
  });

  test('localised file: semicolon after STRUCTURE[|], decimal comma, labels=both in header and cells', async () => {
    const r = await observations('sdmx_csv_2_0_spec_localised_semicolon.csv');
    assert.equal(r.separator, ';');
    assert.equal(r.decimalComma, true);
    assert.deepEqual(r.layout.ids, [
      'STRUCTURE',
      'STRUCTURE_ID',
      'ACTION',
      'SERIES_KEY',
      'OBS_KEY',
      'DIM_1',
      'DIM_2',
      'DIM_3',
      'OBS_VALUE',
      'ATTR_2',
      'ATTR_3',
      'ATTR_1',
    ]);
    const [first, second] = r.obs;
    assert.deepEqual(first?.structureId, { agency: 'ESTAT', id: 'NA_MAIN', version: '1.6.0' });
    assert.deepEqual(
      r.obs.map((o) => o.value),
      [12.4, 10.8],
    );
    assert.deepEqual(pick(first, 'DIM_1', 'DIM_2', 'DIM_3', 'ATTR_2', 'ATTR_1'), [
      'A',
      'B',
      '2014-01',
      'Y',
      'N',
    ]);
    assert.equal(second?.components.ATTR_1, 'Y');
    assert.equal(first?.components.ATTR_3, 'Normal, special and other values');
    assert.equal('SERIES_KEY' in (first?.components ?? {}), false);
  });

  test('delete file: ACTION D, "-" as the value to delete, empty dimensions as wildcards', async () => {
    const r = await observations('sdmx_csv_2_0_spec_delete_wildcard.csv');
    assert.deepEqual(
      r.obs.map((o) => [o.action, o.value, o.components.DIM_1, o.components.DIM_2, o.components.ATTR_3]),
      [
        ['D', null, '', 'A', ''],
        ['D', null, '', 'B', '-'],
      ],
    );
  });

  test('1.0 header-only file: DATAFLOW first, no rows', async () => {
    const r = await observations('sdmx_csv_1_0_oecd_style_header_only.csv');
    assert.equal(r.layout.version, '1.0');
    assert.equal(r.layout.structureIdColumn, 0);
    assert.equal(r.obs.length, 0);
    const all = await readAll(fixture('sdmx_csv_1_0_oecd_style_header_only.csv'));
    assert.equal(all.format, 'sdmx-csv');
    assert.equal(all.events, 0);
  });

  test('dataflows hwmo does not map are refused, naming the column and value', async () => {
    for (const name of [
      'sdmx_csv_2_0_spec_ordinary.csv',
      'sdmx_csv_2_0_spec_localised_semicolon.csv',
      'sdmx_csv_2_0_spec_delete_wildcard.csv',
    ]) {
      const err = await refusal(readAll(fixture(name)));
      assert.equal(err.location?.row, 2);
      assert.equal(err.location?.column, 'STRUCTURE_ID');
      assert.match(err.message, /STRUCTURE_ID "ESTAT:NA_MAIN\(1\.6\.0\)" is not a dataflow hwmo maps/);
      assert.match(err.detail ?? '', /DF_HWMO.*DSD_HEALTH_WFMI@DF_HEALTH_WFMI/);
    }
  });

  test('structure ids in colon, comma and bare forms; codes of labelled cells', () => {
    assert.deepEqual(parseStructureId('OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0)'), {
      agency: 'OECD.ELS.HD',
      id: 'DSD_HEALTH_WFMI@DF_HEALTH_WFMI',
      version: '1.0',
    });
    assert.deepEqual(parseStructureId('OECD.SDD.STES,DSD_STES@DF_FINMARK,4.1'), {
      agency: 'OECD.SDD.STES',
      id: 'DSD_STES@DF_FINMARK',
      version: '4.1',
    });
    assert.deepEqual(parseStructureId('ESTAT:NA_MAIN'), { agency: 'ESTAT', id: 'NA_MAIN', version: null });
    assert.deepEqual(parseStructureId('DF_HWMO'), { agency: null, id: 'DF_HWMO', version: null });
    assert.equal(sdmxCode('KEN: Kenya'), 'KEN');
    assert.equal(sdmxCode('W: World: all countries'), 'W');
    assert.equal(sdmxCode('Normal, special and other values'), 'Normal, special and other values');
  });
});

const hwmoRows = (rows: Array<Array<string | number>>) =>
  stringify([HWMO_SDMX_COLUMNS as string[], ...rows.map((r) => [HWMO_DATAFLOW, ...r])]);

describe('sdmx-csv: DF_HWMO (hwmo export)', () => {
  test("hwmo's own SDMX-CSV export re-imports to the same observations", async () => {
    const text = hwmoRows([
      ['stock', 'GBR', 2020, 'medical-doctors', '_T', '_T', '_Z', '_Z', 203907, '', 'persons', '', 'WHO.GHO'],
      [
        'inflow',
        'GBR',
        2019,
        'nursing-personnel',
        'F',
        'Y25T34',
        'PHL',
        'training',
        1234.5,
        'B P',
        'persons per year',
        'Register, "NMC"\nsecond line',
        'OECD.HEALTH_WFMI',
      ],
      [
        'foreign-trained-stock',
        'USA',
        2016,
        'medical-doctors',
        '_T',
        '_T',
        '_T',
        'training',
        215630,
        '',
        '',
        '',
        '',
      ],
    ]);
    const r = await readText('export.csv', text);
    assert.equal(r.format, 'sdmx-csv');
    assert.deepEqual(r.skips, []);
    assert.deepEqual(
      r.records.map((x) => [
        x.row,
        x.source,
        x.measure,
        x.area,
        x.year,
        x.occupation,
        x.sex,
        x.age,
        x.partner,
        x.partnerBasis,
        x.value,
        x.flags,
        x.comment,
      ]),
      [
        [2, 'WHO.GHO', 'stock', 'GBR', 2020, 'medical-doctors', '_T', '_T', '_Z', '_Z', 203907, [], null],
        [
          3,
          'OECD.HEALTH_WFMI',
          'inflow',
          'GBR',
          2019,
          'nursing-personnel',
          'F',
          'Y25T34',
          'PHL',
          'training',
          1234.5,
          ['B', 'P'],
          'Register, "NMC"\nsecond line',
        ],
        [
          5,
          'HWMO',
          'foreign-trained-stock',
          'USA',
          2016,
          'medical-doctors',
          '_T',
          '_T',
          '_T',
          'training',
          215630,
          [],
          null,
        ],
      ],
    );
  });

  test('2.0 layout with ACTION, labels=both, decimal comma, UNIT_MULT and a missing value', async () => {
    const text = [
      'STRUCTURE;STRUCTURE_ID;ACTION;MEASURE;REF_AREA;TIME_PERIOD;OCCUPATION;OBS_VALUE;UNIT_MULT;OBS_STATUS',
      'dataflow;HWMO:DF_HWMO(1.0): Health workers;I;stock: Health workers;KEN: Kenya;2018;medical-doctors: Medical doctors;12,5;3;',
      'dataflow;HWMO:DF_HWMO(1.0);D;stock;KEN;2017;medical-doctors;-;;',
      'dataflow;HWMO:DF_HWMO(1.0);I;stock;KEN;2016;medical-doctors;;;M',
      'dataflow;HWMO:DF_HWMO(1.0);R;density;KEN;2016;medical-doctors;1,57;;E',
    ].join('\r\n');
    const r = await readText('hwmo-2.csv', text);
    assert.deepEqual(
      r.records.map((x) => [x.row, x.measure, x.area, x.occupation, x.value, x.flags]),
      [
        [2, 'stock', 'KEN', 'medical-doctors', 12500, []],
        [5, 'density', 'KEN', 'medical-doctors', 1.57, ['E']],
      ],
    );
    assert.deepEqual(r.skips, [
      { row: 3, column: 'ACTION', reason: 'DELETE action rows are not applied' },
      { row: 4, column: 'OBS_VALUE', reason: 'no value (status M: missing)' },
    ]);
  });

  test('an invalid DF_HWMO cell refuses the file like the template does', async () => {
    const err = await refusal(
      readText(
        'bad.csv',
        hwmoRows([['stock', 'GBR', 2020, 'surgeons', '_T', '_T', '_Z', '_Z', 1, '', '', '', '']]),
      ),
    );
    assert.equal(err.location?.row, 2);
    assert.equal(err.location?.column, 'OCCUPATION');
  });
});

describe('sdmx-csv: OECD dataflows', () => {
  const WFMI = [
    'DATAFLOW,REF_AREA,FREQ,MEASURE,UNIT_MEASURE,COUNTRY_ORIGIN,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT',
    'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),ITA,A,MINU,PT_WR_PRF_HLTH,W,2024,5.02,P,0',
    'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),ITA,A,PHYS,PS,W,2024,3.6,P,3',
    '"OECD.ELS.HD,DSD_HEALTH_WFMI@DF_HEALTH_WFMI,1.0",GBR,A,PHYS,PS,IND,2023,31000,,0',
    'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),GBR,M,PHYS,PS,IND,2023-01,31000,,0',
    'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),GBR,A,DENT,PS,IND,2023,10,,0',
    'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0),GBR,A,PHYS,PS,IND,2022,,M,0',
  ].join('\n');

  test('health workforce migration: headcounts stored by origin, percentages and other professions skipped', async () => {
    const r = await readText('wfmi.csv', WFMI);
    assert.deepEqual(
      r.records.map((x) => [
        x.row,
        x.measure,
        x.area,
        x.occupation,
        x.partner,
        x.partnerBasis,
        x.value,
        x.flags,
        x.source,
      ]),
      [
        [
          3,
          'foreign-trained-stock',
          'ITA',
          'medical-doctors',
          'W',
          'training',
          3600,
          ['P'],
          'OECD.HEALTH_WFMI',
        ],
        [
          4,
          'foreign-trained-stock',
          'GBR',
          'medical-doctors',
          'IND',
          'training',
          31000,
          [],
          'OECD.HEALTH_WFMI',
        ],
      ],
    );
    assert.deepEqual(r.skips, [
      {
        row: 2,
        column: 'UNIT_MEASURE',
        reason: 'unit PT_WR_PRF_HLTH is a percentage: hwmo computes shares and does not store them',
      },
      { row: 5, column: 'FREQ', reason: 'frequency M: hwmo stores annual values' },
      { row: 6, column: 'MEASURE', reason: 'MEASURE DENT is not a health profession hwmo maps (PHYS, MINU)' },
      { row: 7, column: 'OBS_VALUE', reason: 'no value (status M: missing)' },
    ]);
  });

  test('general migration (DSD_MIG@DF_MIG) rows are skipped with the reason', async () => {
    const r = await readText(
      'mig.csv',
      [
        'DATAFLOW,REF_AREA,CITIZENSHIP,FREQ,MEASURE,SEX,BIRTH_PLACE,EDUCATION_LEV,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,DECIMALS',
        'OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0),DEU,W,A,B11,_T,_T,_T,PS,2022,2665000,A,0,0',
      ].join('\n'),
    );
    assert.deepEqual(r.skips, [
      {
        row: 2,
        column: 'DATAFLOW',
        reason:
          'dataflow DSD_MIG@DF_MIG counts the migration of the whole population, not of health workers; hwmo does not store it',
      },
    ]);
  });

  test('any other dataflow is refused, naming DATAFLOW and the dataflows hwmo maps', async () => {
    const err = await refusal(
      readAll({
        fileName: 'cli.csv',
        bytes: utf8(
          'DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nOECD.SDD.STES:DSD_STES@DF_CLI(4.1),DEU,2026-03,99.1\n',
        ),
      }),
    );
    assert.equal(err.location?.column, 'DATAFLOW');
    assert.equal(err.location?.row, 2);
    assert.match(err.message, /DSD_STES@DF_CLI/);
  });
});
