import { repairMojibake } from '../../../platform/text.ts';

/** A trimmed, repaired text cell, or null when it is empty. */
export function textCell(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const t = cell.trim();
  return t === '' ? null : repairMojibake(t);
}

/** The first characters of a row, for messages. */
export function preview(cells: readonly string[], max = 60): string {
  const joined = cells.join(',');
  return joined.length > max ? `${joined.slice(0, max)}…` : joined;
}
