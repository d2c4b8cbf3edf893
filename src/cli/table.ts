import Table from 'cli-table3';

export function printTable(
  head: string[],
  rows: Array<Array<string | number | null>>,
  numeric: number[] = [],
): void {
  const table = new Table({
    head,
    style: { head: [], border: [] },
    colAligns: head.map((_, i) => (numeric.includes(i) ? 'right' : 'left')),
  });
  for (const r of rows)
    table.push(r.map((c) => (c === null ? '' : typeof c === 'number' ? c.toLocaleString('en') : c)));
  process.stdout.write(`${table.toString()}\n`);
}
