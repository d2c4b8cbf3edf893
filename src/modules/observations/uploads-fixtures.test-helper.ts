import ExcelJS from 'exceljs';

/**
 * A ministry's wide workbook no known format reads: a title naming the occupation, a blank line, then one column per
 * year; a notes sheet comes first and a hidden sheet is not offered.
 */
export async function wideWorkbook(
  rows: ReadonlyArray<readonly [string, ...Array<number | string>]>,
  years: readonly string[] = ['2019', '2020'],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRow(['Figures of the Ministry of Health']);
  const hidden = wb.addWorksheet('Lists');
  hidden.state = 'hidden';
  hidden.addRow(['x']);
  const ws = wb.addWorksheet('Doctors');
  ws.addRow(['Medical doctors (headcount)']);
  ws.addRow([]);
  ws.addRow(['Country', ...years]);
  for (const r of rows) ws.addRow([...r]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
