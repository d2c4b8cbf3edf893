import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile, queryObservations } from '../observations/index.ts';
import { addSubnationalAreas } from './add-areas.ts';
import { parseCsvRecords } from './csv-records.ts';
import { loadAreaResolver } from './load-area-resolver.ts';
import { loadAreas } from './repo.ts';
import { NewSubnationalAreaSchema } from './schemas.ts';

const UNITS = `code,name,parent,aliases
KE-30,Nairobi City,KEN,Nairobi|Nairobi County
KE-30-WL,Westlands,KE-30,
KE-01,Mombasa,KEN,
`;

describe('subnational units', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('are added under their country, children after parents, and inherit its groupings', async () => {
    const rows = parseCsvRecords(UNITS, NewSubnationalAreaSchema, 'units.csv');
    // Listed child-first on purpose: the service orders parents first.
    const r = await addSubnationalAreas(operatorContext(db), {
      areas: [rows[1], rows[0], rows[2]].filter((x) => x !== undefined),
    });
    assert.deepEqual(r, { added: 3, updated: 0, aliases: 5 });
    const areas = new Map((await loadAreas(db)).map((a) => [a.code, a]));
    const kenya = areas.get('KEN');
    const westlands = areas.get('KE-30-WL');
    assert.equal(westlands?.kind, 'subnational');
    assert.equal(westlands?.parent, 'KE-30');
    assert.equal(westlands?.whoRegion, kenya?.whoRegion);
    assert.equal(westlands?.wbIncome, kenya?.wbIncome);
    const resolver = await loadAreaResolver(db);
    assert.equal(resolver.resolve('Nairobi County')?.code, 'KE-30');
    assert.equal(resolver.resolve('ke-01')?.code, 'KE-01');
  });

  test('work like countries in imports and queries', async () => {
    const csv = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
      'stock,Nairobi City,2021,nursing-personnel,_T,_T,_Z,_Z,5123,,,county register,',
      'stock,KE-01,2021,nursing-personnel,_T,_T,_Z,_Z,1840,,,,',
    ].join('\n');
    const report = await importFile(db, {
      input: { fileName: 'counties.csv', bytes: new TextEncoder().encode(csv) },
    });
    assert.equal(report.stored, 2);
    const page = await queryObservations(db, { area: ['KE-30', 'KE-01'], limit: 10, offset: 0 });
    assert.deepEqual(
      page.items.map((o) => [o.area, o.value, o.row]),
      [
        ['KE-01', 1840, 3],
        ['KE-30', 5123, 2],
      ],
    );
  });

  test('renaming keeps the unit; a bad parent or a clash with a country refuses the whole list', async () => {
    const before = await loadAreas(db);
    const r = await addSubnationalAreas(operatorContext(db), {
      areas: [{ code: 'KE-01', name: 'Mombasa County', parent: 'KEN', aliases: [] }],
    });
    assert.equal(r.updated, 1);
    const bad = [
      { code: 'KE-02', name: 'Kwale', parent: 'KEN', aliases: [] },
      { code: 'KE-03', name: 'Kilifi', parent: 'NARNIA', aliases: [] },
    ];
    await assert.rejects(
      addSubnationalAreas(operatorContext(db), { areas: bad, source: 'units.csv' }),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'unknown_area' &&
        e.location?.row === 3 &&
        e.location.column === 'parent',
    );
    await assert.rejects(
      addSubnationalAreas(operatorContext(db), {
        areas: [{ code: 'GBR', name: 'Not a province', parent: 'KEN', aliases: [] }],
      }),
      (e: unknown) => e instanceof AppError && e.code === 'conflict',
    );
    await assert.rejects(
      addSubnationalAreas(operatorContext(db), {
        areas: [{ code: 'AFR-X', name: 'Under a region', parent: 'AFR', aliases: [] }],
      }),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
    );
    const afterwards = await loadAreas(db);
    assert.equal(afterwards.length, before.length);
    assert.equal(
      afterwards.find((a) => a.code === 'KE-02'),
      undefined,
    );
  });

  test('a CSV with a bad cell is refused naming its row and column', () => {
    assert.throws(
      () => parseCsvRecords('code,name,parent\nKE-30,,KEN\n', NewSubnationalAreaSchema, 'units.csv'),
      (e: unknown) => e instanceof AppError && e.location?.row === 2 && e.location.column === 'name',
    );
  });
});
