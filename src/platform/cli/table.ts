import Table from 'cli-table3';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * cli-table3's drawing for cells of printable ASCII, which is all a matrix of numbers holds: cli-table3 measures
 * every cell's display width and takes seconds on a 200 × 200 flow table.
 */
export function renderAsciiTable(head: string[], rows: string[][], right: ReadonlySet<number>): string {
  const widths = head.map((h, j) => rows.reduce((w, r) => Math.max(w, (r[j] ?? '').length), h.length));
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const line = (cells: string[]) =>
    `│${widths
      .map((w, j) => {
        const c = cells[j] ?? '';
        return ` ${right.has(j) ? c.padStart(w) : c.padEnd(w)} `;
      })
      .join('│')}│`;
  const out = [rule('┌', '┬', '┐'), line(head)];
  const between = rule('├', '┼', '┤');
  for (const r of rows) out.push(between, line(r));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

export function printTable(
  head: string[],
  rows: Array<Array<string | number | null>>,
  numeric: number[] = [],
): void {
  const cells = rows.map((r) =>
    r.map((c) => (c === null ? '' : typeof c === 'number' ? c.toLocaleString('en') : c)),
  );
  if ([head, ...cells].every((r) => r.every((c) => PRINTABLE_ASCII.test(c)))) {
    process.stdout.write(`${renderAsciiTable(head, cells, new Set(numeric))}\n`);
    return;
  }
  const table = new Table({
    head,
    style: { head: [], border: [] },
    colAligns: head.map((_, i) => (numeric.includes(i) ? 'right' : 'left')),
  });
  for (const r of cells) table.push(r);
  process.stdout.write(`${table.toString()}\n`);
}
