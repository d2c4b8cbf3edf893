import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { testDatabase } from '../../../test/db.ts';
import { prng } from '../../../test/prng.ts';
import { owidSheet, workbook } from '../../../test/xlsx.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile } from './import-file.ts';

const DIR = fileURLToPath(new URL('../../../test/fixtures/importers/', import.meta.url));
const MUTATIONS_PER_FILE = 20;
/** Per file: far above what any mutation takes, far below a hang. */
const PER_FILE_MS = 20_000;

type Mutation = (b: Buffer, r: () => number) => Buffer;
const at = (b: Buffer, r: () => number) => Math.floor(r() * b.length);
const lineStarts = (b: Buffer) => {
  const out = [0];
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) out.push(i + 1);
  return out;
};

const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => b.subarray(0, at(b, r)),
  'flip a byte': (b, r) => {
    const c = Buffer.from(b);
    const i = at(b, r);
    c[i] = (c[i] as number) ^ (1 + Math.floor(r() * 255));
    return c;
  },
  'flip bytes': (b, r) => {
    const c = Buffer.from(b);
    for (let k = 0; k < 8; k++) c[at(b, r)] = Math.floor(r() * 256);
    return c;
  },
  'insert NUL': (b, r) => {
    const i = at(b, r);
    return Buffer.concat([b.subarray(0, i), Buffer.from([0]), b.subarray(i)]);
  },
  'insert BOM': (b, r) => {
    const boms = [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ];
    const bom = Buffer.from(boms[Math.floor(r() * boms.length)] as number[]);
    const i = r() < 0.5 ? 0 : at(b, r);
    return Buffer.concat([b.subarray(0, i), bom, b.subarray(i)]);
  },
  'duplicate a line': (b, r) => {
    const starts = lineStarts(b);
    const k = Math.floor(r() * starts.length);
    const s = starts[k] as number;
    const e = starts[k + 1] ?? b.length;
    return Buffer.concat([b.subarray(0, e), b.subarray(s, e), b.subarray(e)]);
  },
  'huge field': (b, r) => {
    const i = at(b, r);
    const fill = Buffer.alloc(40_000 + Math.floor(r() * 100_000), r() < 0.5 ? '9' : 'x');
    return Buffer.concat([b.subarray(0, i), fill, b.subarray(i)]);
  },
  'insert markup': (b, r) => {
    const i = at(b, r);
    const bits = [
      '&bogus;',
      '</row>',
      '<row r="1048576">',
      '<c r="XFD9"><v>1</v></c>',
      '<![CDATA[',
      '&#0;',
      '"',
      '\n\n',
    ];
    return Buffer.concat([
      b.subarray(0, i),
      Buffer.from(bits[Math.floor(r() * bits.length)] as string),
      b.subarray(i),
    ]);
  },
  'extreme number': (b, r) => {
    const i = at(b, r);
    const n = ['1e309', '-1e309', '9'.repeat(400), '1e-400', 'NaN', 'Infinity'][
      Math.floor(r() * 6)
    ] as string;
    return Buffer.concat([b.subarray(0, i), Buffer.from(n), b.subarray(i)]);
  },
  reverse: (b) => Buffer.from(b).reverse(),
  'drop the last line break': (b) => (b[b.length - 1] === 10 ? b.subarray(0, b.length - 1) : b),
};

async function state(db: Database) {
  const [o] = await db.query<{ n: number; sum: number; bad: number }>(
    `SELECT count(*)::int AS n, coalesce(sum(value), 0)::float8 AS sum,
       count(*) FILTER (WHERE value IN ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8))::int AS bad
     FROM observation`,
  );
  const [b] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
  return { observations: o?.n, sum: o?.sum, bad: o?.bad, batches: b?.n };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Seed {
  name: string;
  bytes: Buffer;
  /** Turns the mutated bytes into the file imported (an archive around mutated XML). */
  wrap?: (mutated: Buffer, r: () => number) => Buffer;
}

async function seeds(): Promise<Seed[]> {
  const csv = readdirSync(DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(`${DIR}${name}`) }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Entity', 'Code', 'Year', 'UHC Service Coverage Index (SDG 3.8.1)']);
  ws.addRow(['Kenya', 'KEN', 2015, 50.2]);
  ws.addRow(['Ghana', 'GHA', 2015, { formula: '40+5', result: 45 }]);
  ws.addRow(['Peru', 'PER', 2015, 'n/a']);
  const excel = Buffer.from(await wb.xlsx.writeBuffer());
  const made = workbook(
    owidSheet([
      ['Kenya', 'KEN', 2016, 51],
      ['Chile', 'CHL', 2016, 70],
    ]),
  );
  const xml = (mutate: (sheet: Buffer, r: () => number) => Buffer) => ({
    name: 'xml.xlsx',
    bytes: Buffer.from(SHEET),
    wrap: (b: Buffer, r: () => number) => workbook(mutate(b, r).toString('latin1')),
  });
  return [
    ...csv,
    { name: 'exceljs.xlsx', bytes: excel },
    { name: 'minimal.xlsx', bytes: made },
    // The same mutations applied to the XML of a sheet inside an intact archive.
    xml((b) => b),
  ];
}

const SHEET = owidSheet([
  ['Kenya', 'KEN', 2017, 52],
  ['Chile', 'CHL', 2017, 71],
  ['Peru', 'PER', 2017, 1e308],
]);

describe('fuzzed imports', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('every mutated file gives a report or an AppError, in bounded time, and a refusal changes nothing', async () => {
    const r = prng(20_261_201);
    const names = Object.keys(MUTATIONS);
    const outcomes = { reports: 0, refusals: 0 };
    for (const seed of await seeds()) {
      for (let k = 0; k < MUTATIONS_PER_FILE; k++) {
        const name = names[Math.floor(r() * names.length)] as string;
        const mutated = (MUTATIONS[name] as Mutation)(seed.bytes, r);
        const bytes = seed.wrap ? seed.wrap(mutated, r) : mutated;
        const what = `${seed.name} after "${name}" (mutation ${k})`;
        const before = await state(db);
        const outcome = await within(
          importFile(operatorContext(db), {
            input: { fileName: seed.name, bytes },
            skipUnknownAreas: r() < 0.5,
          }).then(
            (report) => report,
            (e: unknown) => e,
          ),
          PER_FILE_MS,
          what,
        );
        const after = await state(db);
        assert.equal(after.bad, 0, `${what} stored a non-finite value`);
        if (outcome instanceof Error) {
          assert.ok(outcome instanceof AppError, `${what} crashed: ${outcome.stack}`);
          assert.notEqual(outcome.code, 'internal', `${what}: ${outcome.message}`);
          assert.deepEqual(after, before, `${what} was refused but changed the database`);
          outcomes.refusals++;
        } else {
          const rep = outcome as Awaited<ReturnType<typeof importFile>>;
          assert.equal(rep.rowsRead, rep.stored + rep.revised + rep.unchanged + rep.skipped, what);
          outcomes.reports++;
        }
      }
    }
    assert.ok(outcomes.reports > 0 && outcomes.refusals > 0, JSON.stringify(outcomes));
  });
});
