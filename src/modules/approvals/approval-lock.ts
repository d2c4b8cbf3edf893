import type { DataGuard, TouchedCell } from '../../platform/db/data-guards.ts';
import { AppError } from '../../platform/errors.ts';
import { lockSentence, unitLabel } from './domain/describe.ts';
import { approvedUnitsHolding } from './repo.ts';

const WRITES = { import: 'The import', revise: 'The revision', rollback: 'The rollback' } as const;

/**
 * Refuses an import, revision or rollback that touches values of an approved unit, naming the approval and who
 * gave it. Readers are not concerned: approval hides nothing.
 */
export const approvalLock: DataGuard = async (tx, touched, action) => {
  const cells = new Map<string, TouchedCell>();
  for (const c of touched) cells.set(`${c.area}\u0000${c.year}\u0000${c.source ?? ''}`, c);
  const held = await approvedUnitsHolding(tx, [...cells.values()]);
  const first = held[0];
  if (!first) return;
  const holders = held.map((u) => ({ ...u, source: u.source || null }));
  const [head, ...rest] = holders.map(lockSentence);
  throw new AppError('data_locked', `${head}; ask a data approver to unapprove it first.`, {
    detail: `${WRITES[action]} would change approved values${
      rest.length > 0
        ? `; also approved: ${rest.map((s) => s.replace(/ was approved by .*/, '')).join(', ')}`
        : ''
    }. Nothing was written.`,
    hint: 'A data approver or the national authority unapproves the data, with a comment, before it is changed.',
    errors: holders.map((u) => ({
      field: 'area',
      message: `${unitLabel(u.areaName, u.year, u.source)} is approved`,
    })),
  });
};
