import type { Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import { type ApprovalState, allowedActions } from './domain/state-machine.ts';
import type { CountedUnit } from './repo.ts';
import type { ApprovalUnit } from './schemas.ts';

/** What the actor may do to units of an area, permissions only (the state decides the rest). */
export function actorMay(actor: Actor, area: string): { submit: boolean; decide: boolean } {
  return { submit: can(actor, 'approval.submit', { area }), decide: can(actor, 'approval.decide', { area }) };
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** The unit as the API sends it; names of people only to signed-in readers. */
export function presentUnit(u: CountedUnit, actor: Actor): ApprovalUnit {
  const showNames = actor.kind !== 'public';
  const name = (n: string | null) => (showNames ? n : null);
  return {
    area: u.area,
    areaName: u.areaName,
    year: u.year,
    source: u.source === '' ? null : u.source,
    state: u.state,
    allowedActions: allowedActions(u.state),
    may: actorMay(actor, u.area),
    changed: { name: name(u.changedByName), role: u.changedByRole, at: u.changedAt.toISOString() },
    comment: u.comment,
    submitted: u.submittedAt
      ? { name: name(u.submittedByName), role: u.submittedByRole ?? '', at: u.submittedAt.toISOString() }
      : null,
    approved:
      u.approvedAt && u.approvedByRole
        ? { name: name(u.approvedByName), role: u.approvedByRole, at: iso(u.approvedAt) ?? '' }
        : null,
    changesSince: u.changesSince,
    observations: u.observations,
  };
}

/** A unit that never left "not submitted". */
export function unsubmittedUnit(
  d: { area: string; areaName: string; year: number; observations: number },
  actor: Actor,
): ApprovalUnit {
  const state: ApprovalState = 'not_submitted';
  return {
    area: d.area,
    areaName: d.areaName,
    year: d.year,
    source: null,
    state,
    allowedActions: allowedActions(state),
    may: actorMay(actor, d.area),
    changed: null,
    comment: null,
    submitted: null,
    approved: null,
    changesSince: null,
    observations: d.observations,
  };
}
