import type { Tx } from './unit-of-work.ts';

/** A cell of data a change touches: an area's values for a year from a source (null: any source). */
export interface TouchedCell {
  area: string;
  year: number;
  source: string | null;
}

/** Throws (an AppError naming why) when the change may not touch those cells; runs inside the change's transaction. */
export type DataGuard = (
  tx: Tx,
  touched: readonly TouchedCell[],
  action: 'import' | 'revise' | 'rollback',
) => Promise<void>;

const guards: DataGuard[] = [];

/** Adds a guard every change of observations passes; returns the function that removes it. */
export function registerDataGuard(guard: DataGuard): () => void {
  guards.push(guard);
  return () => {
    const at = guards.indexOf(guard);
    if (at !== -1) guards.splice(at, 1);
  };
}

export async function checkDataGuards(
  tx: Tx,
  touched: readonly TouchedCell[],
  action: 'import' | 'revise' | 'rollback',
): Promise<void> {
  if (touched.length === 0) return;
  for (const guard of [...guards]) await guard(tx, touched, action);
}
