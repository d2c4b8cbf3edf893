import { type Cell, columnLabel, toCsv } from './csv-text.ts';

export { type Cell, columnLabel, toCsv };

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a table as CSV, its columns headed in the reader's language. */
export function saveCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): void {
  saveBlob(new Blob([toCsv(header.map(columnLabel), rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name from words: lower case, ASCII, dashes. */
export function slug(...parts: Array<string | number>): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
