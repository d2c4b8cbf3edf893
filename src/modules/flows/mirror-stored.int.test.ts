import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile } from '../observations/index.ts';
import { compareMirrorFlows, type MirrorAreaFactors } from './domain/index.ts';
import { mirrorStoredFlows } from './mirror-stored.ts';
import { MirrorQuerySchema } from './schemas.ts';

const HEADER = 'measure,area,year,occupation,sex,age,partner,partner_basis,value,source';
const row = (
  measure: string,
  area: string,
  year: number,
  partner: string,
  value: number,
  basis = 'training',
) => `${measure},${area},${year},medical-doctors,_T,_T,${partner},${basis},${value},USER`;

/** Outflows reported by origins (area = origin) and inflows reported by destinations (area = destination). */
const FLOWS = [
  HEADER,
  row('outflow', 'PHL', 2019, 'GBR', 100),
  row('outflow', 'PHL', 2019, 'USA', 200),
  row('outflow', 'PHL', 2019, 'SAU', 50),
  row('outflow', 'PHL', 2019, '_T', 350),
  row('outflow', 'IND', 2019, 'GBR', 300),
  row('inflow', 'GBR', 2019, 'PHL', 120),
  row('inflow', 'GBR', 2019, 'IND', 270),
  row('inflow', 'GBR', 2019, 'NGA', 80),
  row('inflow', 'GBR', 2019, '_T', 999),
  row('inflow', 'GBR', 2019, 'AFR', 80),
  row('inflow', 'USA', 2019, 'PHL', 180),
  row('inflow', 'USA', 2019, 'IND', 0),
  row('outflow', 'PHL', 2020, 'GBR', 110),
  row('inflow', 'GBR', 2020, 'PHL', 130),
  // Another occupation, and a value of the same stream that is not current, must not count.
  'inflow,GBR,2019,dentists,_T,_T,PHL,training,5,USER',
].join('\n');

const query = (q: Record<string, string>) => MirrorQuerySchema.parse({ occupation: 'medical-doctors', ...q });

describe('mirror statistics over stored flows', () => {
  let db: Database;
  let batch: number;
  before(async () => {
    db = await testDatabase();
    const first = await importFile(operatorContext(db), {
      input: {
        fileName: 'old.csv',
        bytes: Buffer.from([HEADER, row('inflow', 'USA', 2019, 'PHL', 1)].join('\n')),
      },
    });
    const report = await importFile(operatorContext(db), {
      input: { fileName: 'flows.csv', bytes: Buffer.from(FLOWS) },
    });
    assert.equal(report.skipped, 0, JSON.stringify(report.skippedRows));
    assert.equal(report.revised, 1);
    assert.ok(first.batchId);
    batch = report.batchId as number;
  });
  after(async () => {
    await db.close();
  });

  test('pairs origin-reported outflows with destination-reported inflows, year by year', async () => {
    const r = await mirrorStoredFlows(operatorContext(db), query({ year: '2019-2020', reference: 'GBR' }));
    assert.equal(r.occupation, 'medical-doctors');
    assert.deepEqual(
      r.years.map((y) => y.year),
      [2019, 2020],
    );
    const y2019 = r.years[0];
    assert.ok(y2019);
    assert.deepEqual(y2019.inputBatches, [batch]);
    assert.deepEqual(y2019.counts, {
      pairs: 6,
      both: 3,
      originOnly: 1,
      destinationOnly: 2,
      neither: 0,
      oneSidedShare: 3 / 6,
    });
    const by = Object.fromEntries(
      y2019.reportedBy.map((p) => [`${p.origin}>${p.destination}`, p.reportedBy]),
    );
    assert.deepEqual(by, {
      'PHL>GBR': 'both',
      'PHL>USA': 'both',
      'PHL>SAU': 'origin_only',
      'IND>GBR': 'both',
      'IND>USA': 'destination_only',
      'NGA>GBR': 'destination_only',
    });
    // IND → USA: USA reports 0 and IND nothing, so it is one-sided; no pair has a zero on both reported sides.
    assert.deepEqual(y2019.excluded, []);
    const expected = compareMirrorFlows(
      [
        { origin: 'PHL', destination: 'GBR', sentByOrigin: 100, receivedByDestination: 120 },
        { origin: 'PHL', destination: 'USA', sentByOrigin: 200, receivedByDestination: 180 },
        { origin: 'PHL', destination: 'SAU', sentByOrigin: 50, receivedByDestination: null },
        { origin: 'IND', destination: 'GBR', sentByOrigin: 300, receivedByDestination: 270 },
        { origin: 'IND', destination: 'USA', sentByOrigin: null, receivedByDestination: 0 },
        { origin: 'NGA', destination: 'GBR', sentByOrigin: null, receivedByDestination: 80 },
      ],
      { reference: 'GBR' },
    );
    assert.equal(y2019.fit?.reference, 'GBR');
    assert.equal(y2019.fit?.pairsUsed, expected.fit?.pairsUsed);
    assert.ok(
      Math.abs((y2019.fit?.residualSumOfSquares ?? -1) - (expected.fit?.residualSumOfSquares ?? 0)) < 1e-12,
    );
    for (const a of expected.areas) {
      const got: MirrorAreaFactors | undefined = y2019.areas.find((x) => x.area === a.area);
      assert.ok(got, a.area);
      for (const k of ['sendingFactor', 'receivingFactor'] as const) {
        const e: number | null = a[k];
        const g: number | null = got[k];
        if (e === null) assert.equal(g, null, `${a.area} ${k}`);
        else assert.ok(g !== null && Math.abs(g - e) < 1e-12, `${a.area} ${k}`);
      }
    }
    const phlGbr = y2019.comparisons.find((c) => c.origin === 'PHL' && c.destination === 'GBR');
    assert.equal(phlGbr?.ratio, 1.2);
    assert.equal(phlGbr?.absDifference, 20);

    const y2020 = r.years[1];
    assert.deepEqual(
      y2020?.comparisons.map((c) => [c.origin, c.destination, c.sent, c.received]),
      [['PHL', 'GBR', 110, 130]],
    );
  });

  test('a stream stored twice on one side must be chosen, naming the field', async () => {
    await importFile(operatorContext(db), {
      input: {
        fileName: 'birth.csv',
        bytes: Buffer.from([HEADER, row('inflow', 'GBR', 2019, 'PHL', 125, 'birth')].join('\n')),
      },
    });
    await assert.rejects(
      () => mirrorStoredFlows(operatorContext(db), query({ year: '2019' })),
      (e: unknown) => e instanceof AppError && e.location?.field === 'inflowBasis',
    );
    const training = await mirrorStoredFlows(
      operatorContext(db),
      query({ year: '2019', inflowBasis: 'training' }),
    );
    assert.equal(
      training.years[0]?.comparisons.find((c) => c.destination === 'GBR' && c.origin === 'PHL')?.received,
      120,
    );
    const birth = await mirrorStoredFlows(operatorContext(db), query({ year: '2019', inflowBasis: 'birth' }));
    assert.equal(birth.years[0]?.counts.both, 1);

    await assert.rejects(
      () =>
        mirrorStoredFlows(
          operatorContext(db),
          query({ year: '2019', inflowBasis: 'training', reference: 'KEN' }),
        ),
      (e: unknown) => e instanceof AppError && e.location?.field === 'reference',
    );
    const none = await mirrorStoredFlows(operatorContext(db), query({ year: '2001' }));
    assert.deepEqual(none.years, []);
  });

  test('the query schema names bad fields', () => {
    const bad = MirrorQuerySchema.safeParse({ occupation: 'wizards', year: '2020-2019', inflowBasis: 'x' });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error?.issues.map((i) => i.path.join('.')).sort(), [
      'inflowBasis',
      'occupation',
      'year',
    ]);
  });
});
