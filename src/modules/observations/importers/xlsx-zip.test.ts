import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { refusal } from '../../../../test/importers.ts';
import { owidSheet, workbook, zip } from '../../../../test/xlsx.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../platform/config.ts';
import { checkWorkbookZip } from './xlsx-zip.ts';

const check = (bytes: Uint8Array, limits = DEFAULT_IMPORT_LIMITS) =>
  checkWorkbookZip({ fileName: 'w.xlsx', bytes }, limits);

const good = workbook(owidSheet([['Kenya', 'KEN', 2015, 50]]));

describe('checkWorkbookZip', () => {
  test('accepts an intact archive', async () => {
    await check(good);
  });

  test('refuses an archive cut anywhere, naming the missing end record', async () => {
    for (const n of [good.length - 1, good.length - 22, 100, 4]) {
      const err = await refusal(check(good.subarray(0, n)));
      assert.equal(err.code, 'invalid_file');
      assert.equal(err.location?.file, 'w.xlsx');
    }
    const err = await refusal(check(good.subarray(0, good.length - 1)));
    assert.match(err.message, /end-of-archive record is missing/);
  });

  test('refuses a flipped byte in compressed data or a header', async () => {
    const sheet = good.indexOf(Buffer.from('xl/worksheets/sheet1.xml'));
    for (const at of [33, sheet + 3, sheet + 40, sheet + 80]) {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] as number) ^ 0x5a;
      const err = await refusal(check(bad));
      assert.match(err.message, /cannot be read as an XLSX workbook/);
    }
  });

  test('refuses bytes between parts, which a sequential reader would misread', async () => {
    const a = zip([{ name: 'a.xml', data: 'x' }]);
    const gap = Buffer.concat([Buffer.from('junk'), a]);
    // Shift the directory's offsets by the inserted bytes: everything is where it says, but part 1 is not at 0.
    const end = gap.length - 22;
    gap.writeUInt32LE(gap.readUInt32LE(end + 16) + 4, end + 16);
    const central = gap.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    gap.writeUInt32LE(4, central + 42);
    const err = await refusal(check(gap));
    assert.match(err.message, /not where the directory says/);
  });

  test('refuses a part declaring less than it inflates to, and parts declaring more than the limit', async () => {
    const big = zip([{ name: 'xl/sharedStrings.xml', data: 'x'.repeat(5_000_000) }]);
    const lying = Buffer.from(big);
    const cd = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, cd + 24);
    const err = await refusal(check(lying));
    assert.match(err.message, /inflates to more than the 100 bytes it declares/);
    const limited = await refusal(check(big, { ...DEFAULT_IMPORT_LIMITS, maxWorkbookBytes: 1_000_000 }));
    assert.match(limited.message, /5000000 bytes uncompressed, more than the 1000000/);
    assert.match(limited.hint ?? '', /HWMO_MAX_WORKBOOK_BYTES/);
  });
});
