import type { DataGuard, TouchedCell } from '../../platform/db/data-guards.ts';
import { AppError } from '../../platform/errors.ts';
import { lockParams } from './domain/describe.ts';
import { approvalText, unitParams } from './domain/messages.ts';
import { approvedUnitsHolding } from './repo.ts';

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
  const [head, ...rest] = holders;
  if (!head) return;
  // The other units by name, year and dataset code: words of no language.
  const others = rest.map((u) => `${u.areaName} ${u.year}${u.source ? ` (${u.source})` : ''}`).join(', ');
  throw new AppError('data_locked', approvalText('locked', lockParams(head)), {
    detail: rest.length
      ? approvalText('locked_detail_more', { write: action, others })
      : approvalText('locked_detail', { write: action }),
    hint: approvalText('locked_hint'),
    errors: holders.map((u) => ({
      field: 'area',
      message: approvalText('unit_approved_field', unitParams(u)),
    })),
  });
};
