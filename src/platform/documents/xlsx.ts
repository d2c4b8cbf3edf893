/** A sheet of a workbook: a bold, frozen header row, then the rows; the first `wide` columns are wider. */
export interface SheetData {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>;
  wide?: number;
}

/** Tables as an Excel workbook, one sheet each. */
export async function renderXlsx(sheets: readonly SheetData[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hwmo';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow([...sheet.header]);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) ws.addRow(row.map((c) => c ?? null));
    sheet.header.forEach((_, i) => {
      ws.getColumn(i + 1).width = i < (sheet.wide ?? 2) ? 24 : 14;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
