/** One non-blank row of a file: its 1-based line (CSV) or sheet row (XLSX), and its cells as text. */
export interface RawRow {
  row: number;
  cells: string[];
}

/** Rows of a CSV file or of one worksheet, in batches, plus what was sniffed about the file. */
export interface RowSource {
  kind: 'csv' | 'xlsx';
  /** Worksheet read (XLSX), else null. */
  sheet: string | null;
  /** Field separator (CSV), else null. */
  separator: string | null;
  /** Whether numbers in this file use a decimal comma. */
  decimalComma: boolean;
  /** CSV rows must have as many fields as the header; XLSX rows end at their last non-empty cell. */
  strictWidth: boolean;
  /**
   * Known once the batches are read: the row of a last record with no line terminator, which may have been cut
   * off (CSV); null when the file ends with a line break, and absent for sources that cannot tell.
   */
  unterminatedRow?: number | null;
  batches: AsyncIterable<RawRow[]>;
}

export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}
