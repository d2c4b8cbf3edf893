import type { Actor } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import type { ReportAction, ReportState, RoundState } from '../schemas.ts';

/** What decides who may see and do what with a report. */
export interface ReportFacts {
  kind: 'national' | 'stakeholder';
  area: string | null;
  authorUserId: number | null;
  state: ReportState;
  roundState: RoundState;
}

const NEXT: Record<ReportAction, Partial<Record<ReportState, ReportState>>> = {
  submit: { draft: 'submitted', returned: 'resubmitted' },
  return: { submitted: 'returned', resubmitted: 'returned' },
  accept: { submitted: 'accepted', resubmitted: 'accepted' },
  publish: { accepted: 'published' },
};

/** The state an action leads to from a state, or null when the action cannot be taken from it. */
export function nextState(state: ReportState, action: ReportAction): ReportState | null {
  return NEXT[action][state] ?? null;
}

function isAuthor(actor: Actor, r: ReportFacts): boolean {
  if (r.kind === 'national') return r.area !== null && can(actor, 'reporting.report', { area: r.area });
  return actor.kind === 'user' && actor.userId === r.authorUserId && can(actor, 'reporting.stakeholder');
}

/**
 * Who reads a report: everyone once it is published; before, the secretariat, the national authority of its area
 * (a national report) or its author (a stakeholder report), and the operator.
 */
export function canReadReport(actor: Actor, r: ReportFacts): boolean {
  if (r.state === 'published' || actor.kind === 'operator') return true;
  return can(actor, 'reporting.review') || isAuthor(actor, r);
}

/** Who writes in a report: its authors, while it is a draft or returned and the round is open. */
export function canEditReport(actor: Actor, r: ReportFacts): boolean {
  if (r.roundState !== 'open' || (r.state !== 'draft' && r.state !== 'returned')) return false;
  return actor.kind === 'operator' || isAuthor(actor, r);
}

/** Whether the actor may take the action on the report now (the state allowing it). */
export function canAct(actor: Actor, r: ReportFacts, action: ReportAction): boolean {
  if (nextState(r.state, action) === null) return false;
  if (action === 'submit') return canEditReport(actor, r);
  return actor.kind === 'operator' || can(actor, 'reporting.review');
}

/** What the actor may do with the report now, for the pages to offer only that. */
export function allowedOn(actor: Actor, r: ReportFacts) {
  const review = actor.kind === 'operator' || can(actor, 'reporting.review');
  const inReview = r.state === 'submitted' || r.state === 'resubmitted';
  return {
    edit: canEditReport(actor, r),
    submit: canAct(actor, r, 'submit'),
    return: canAct(actor, r, 'return'),
    accept: canAct(actor, r, 'accept'),
    publish: canAct(actor, r, 'publish'),
    comment: review && inReview,
    importFigures: review && r.kind === 'national' && (r.state === 'accepted' || r.state === 'published'),
  };
}

/** A round as WHO names it: 2027 → "2027/28". */
export function roundLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
