import {
  APPROVAL_ACTIONS,
  type ApprovalAction,
  type ApprovalState,
  COMMENT_REQUIRED,
  nextState,
} from '../../../../src/modules/approvals/domain/state-machine.ts';
import type { ApprovalUnit, ProfileApprovals } from '../../../../src/modules/approvals/schemas.ts';

export type { ApprovalAction, ApprovalState, ApprovalUnit };

export interface May {
  submit: boolean;
  decide: boolean;
}

/** The actions a reader may take on a unit: those its state allows and their permissions grant. */
export function actionsFor(state: ApprovalState, may: May): ApprovalAction[] {
  return APPROVAL_ACTIONS.filter(
    (a) => nextState(state, a) !== null && (a === 'submit' ? may.submit : may.decide),
  );
}

export function needsComment(action: ApprovalAction): boolean {
  return COMMENT_REQUIRED.has(action);
}

/** Whether the reader takes part in the approval of the unit's area. */
export function inScope(unit: { may: May }): boolean {
  return unit.may.submit || unit.may.decide;
}

export interface AreaGroup {
  area: string;
  areaName: string;
  units: ApprovalUnit[];
}

/** Units per country in name order, newest year first, the unit of all datasets before those of one. */
export function groupByArea(units: readonly ApprovalUnit[]): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const u of units) {
    let g = groups.get(u.area);
    if (!g) {
      g = { area: u.area, areaName: u.areaName, units: [] };
      groups.set(u.area, g);
    }
    g.units.push(u);
  }
  const out = [...groups.values()].sort(
    (a, b) => a.areaName.localeCompare(b.areaName) || a.area.localeCompare(b.area),
  );
  for (const g of out)
    g.units.sort((a, b) => b.year - a.year || (a.source ?? '').localeCompare(b.source ?? ''));
  return out;
}

/** The latest approval of all datasets of a country, else the latest of one dataset: what its profile says. */
export function headlineApproval(approvals: ProfileApprovals): ProfileApprovals[number] | null {
  const sorted = [...approvals].sort(
    (a, b) => b.year - a.year || Number(a.source !== null) - Number(b.source !== null),
  );
  return sorted[0] ?? null;
}
