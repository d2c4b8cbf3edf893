import assert from 'node:assert/strict';
import fs, { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readAll } from '../../../../test/importers.ts';
import { openXlsxRows } from './xlsx-rows.ts';

test('a valid workbook is read every time, although exceljs sometimes ends its stream before the workbook part', async () => {
  // exceljs writes xl/workbook.xml last; its streaming reader then misses it about once in 300 reads.
  for (let i = 0; i < 400; i++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Staff');
    ws.addRow(['measure', 'area', 'year', 'occupation', 'value']);
    ws.addRow(['stock', 'GHA', 2020, 'medical-doctors', i]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readAll({ fileName: `staff-${i}.xlsx`, bytes });
    assert.equal(r.records.length, 1, `read ${i}`);
  }
});

async function twoSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Notes', 'Data']) {
    const ws = wb.addWorksheet(name);
    for (let i = 0; i < 2500; i++) ws.addRow(['stock', 'GHA', 2020, 'medical-doctors', i, `${name} ${i}`]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const leftovers = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

test('a sheet after another is read whole even when the disk is slow to open the skipped sheet’s temporary file', async () => {
  // exceljs writes worksheets before the shared strings, so its reader parks them in temporary files and
  // removes one as soon as the reading moves on. A slow open of a skipped sheet's file lost that race.
  const bytes = await twoSheets();
  const uncaught: unknown[] = [];
  const record = (e: unknown) => uncaught.push(e);
  process.on('uncaughtException', record);
  const open = fs.open;
  const slowOpen = (path: fs.PathLike, ...rest: unknown[]) => {
    const done = rest.pop() as (...a: unknown[]) => void;
    const call = () => (open as (...a: unknown[]) => void)(path, ...rest, done);
    if (basename(String(path)).startsWith(`tmp-${process.pid}-`)) setTimeout(call, 30);
    else call();
  };
  (fs as { open: unknown }).open = slowOpen;
  try {
    const source = await openXlsxRows({ fileName: 'two.xlsx', bytes }, 'Data');
    let rows = 0;
    let last = '';
    for await (const batch of source.batches) {
      rows += batch.length;
      last = batch.at(-1)?.cells.at(-1) ?? '';
    }
    assert.equal(rows, 2500);
    assert.equal(last, 'Data 2499');
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    (fs as { open: unknown }).open = open;
    process.off('uncaughtException', record);
  }
  assert.deepEqual(uncaught, []);
});

test('reading a workbook leaves no temporary file behind, whichever sheet is read and wherever the reading stops', async () => {
  const bytes = await twoSheets();
  const before = leftovers().length;
  for (const sheet of ['Notes', 'Data', undefined]) {
    const whole = await openXlsxRows({ fileName: 'two.xlsx', bytes }, sheet);
    for await (const _ of whole.batches);
    const stopped = await openXlsxRows({ fileName: 'two.xlsx', bytes }, sheet);
    for await (const _ of stopped.batches) break;
  }
  await assert.rejects(openXlsxRows({ fileName: 'two.xlsx', bytes }, 'Staff'), /no sheet named "Staff"/);
  // exceljs removes its files without waiting for the removal.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(leftovers().length, before);
});
