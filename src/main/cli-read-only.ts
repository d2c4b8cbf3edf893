import type { Command } from 'commander';
import { getConfig } from '../platform/cli/context.ts';
import { assertWritable } from '../platform/db/unit-of-work.ts';

/** Commands that change data, by their path below `hwmo`; with a predicate when only some of their uses do. */
const WRITES: ReadonlyArray<readonly [string, ((opts: Record<string, unknown>) => boolean)?]> = [
  ['import'],
  ['batches rollback'],
  ['areas add'],
  ['flows estimate'],
  ['db seed'],
  ['ssl', (opts) => opts.load !== undefined],
];

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** HWMO_PUBLIC_READONLY=true: the CLI changes nothing either, whatever the database. */
export function refuseWritesWhenReadOnly(action: Command): void {
  const path = commandPath(action);
  const write = WRITES.find(([p, when]) => p === path && (!when || when(action.opts())));
  if (write && getConfig().publicReadonly) assertWritable({ readOnly: true }, `hwmo ${path}`);
}
