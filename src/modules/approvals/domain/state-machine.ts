import { AppError } from '../../../platform/errors.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { render } from '../../../platform/i18n/messages.ts';
import { approvalText, type UnitRef, unitParams } from './messages.ts';

export const APPROVAL_STATES = ['not_submitted', 'submitted', 'returned', 'approved', 'unapproved'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const APPROVAL_ACTIONS = ['submit', 'approve', 'return', 'unapprove'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** The permission an action needs, checked for the unit's area. */
export const ACTION_PERMISSION = {
  submit: 'approval.submit',
  approve: 'approval.decide',
  return: 'approval.decide',
  unapprove: 'approval.decide',
} as const satisfies Record<ApprovalAction, string>;

const TRANSITIONS: Readonly<Record<ApprovalState, Partial<Record<ApprovalAction, ApprovalState>>>> = {
  not_submitted: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  returned: { submit: 'submitted' },
  approved: { unapprove: 'unapproved' },
  unapproved: { submit: 'submitted' },
};

/** Actions that must say why. */
export const COMMENT_REQUIRED: ReadonlySet<ApprovalAction> = new Set(['return', 'unapprove']);

/** A state in words, in English unless a language is given. */
export function stateWords(state: ApprovalState, lang?: Lang): string {
  return render(approvalText(`state_${state}`), lang);
}

/** The state an action leads to from a state, or null when the action is not allowed there. */
export function nextState(state: ApprovalState, action: ApprovalAction): ApprovalState | null {
  return TRANSITIONS[state][action] ?? null;
}

export function allowedActions(state: ApprovalState): ApprovalAction[] {
  return APPROVAL_ACTIONS.filter((a) => nextState(state, a) !== null);
}

/** Only approved data is locked against imports, revisions and rollbacks. */
export function isLocked(state: ApprovalState): boolean {
  return state === 'approved';
}

/**
 * The state after an action, or the error saying why not: the action is not allowed in the state, or it needs a
 * comment it was not given. `unit` names the unit in the message (its area, year and dataset, or a label).
 */
export function transition(
  unit: UnitRef | string,
  state: ApprovalState,
  action: ApprovalAction,
  comment: string | undefined,
): ApprovalState {
  const next = nextState(state, action);
  const named = unitParams(unit);
  if (next === null) {
    const allowed = allowedActions(state);
    throw new AppError('invalid_state_transition', approvalText('cannot', { ...named, state, action }), {
      detail: allowed.length
        ? approvalText('allowed', { state, actions: allowed.join(', ') })
        : approvalText('allowed_none', { state }),
      hint: approvalText(`hint_${state}`),
    });
  }
  if (COMMENT_REQUIRED.has(action) && !comment?.trim())
    throw new AppError('invalid_input', approvalText('comment_required', { ...named, action }), {
      errors: [{ field: 'comment', message: approvalText('comment_required_field', { action }) }],
      hint: approvalText('comment_hint'),
    });
  return next;
}
