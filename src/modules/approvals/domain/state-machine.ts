import { AppError } from '../../../platform/errors.ts';

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

const STATE_WORDS: Record<ApprovalState, string> = {
  not_submitted: 'not submitted',
  submitted: 'submitted',
  returned: 'returned',
  approved: 'approved',
  unapproved: 'unapproved',
};

export function stateWords(state: ApprovalState): string {
  return STATE_WORDS[state];
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
 * comment it was not given. `unit` names the unit in the message ("Ghana 2020 (all datasets)").
 */
export function transition(
  unit: string,
  state: ApprovalState,
  action: ApprovalAction,
  comment: string | undefined,
): ApprovalState {
  const next = nextState(state, action);
  if (next === null) {
    const allowed = allowedActions(state);
    throw new AppError(
      'invalid_state_transition',
      `${unit} is ${stateWords(state)}: it cannot be ${pastOf(action)}`,
      {
        detail: `From the state "${state}" the actions allowed are: ${allowed.join(', ') || 'none'}.`,
        hint: HINTS[state],
      },
    );
  }
  if (COMMENT_REQUIRED.has(action) && !comment?.trim())
    throw new AppError('invalid_input', `A comment is required to ${action} ${unit}`, {
      errors: [{ field: 'comment', message: `required to ${action}` }],
      hint: 'Say what must be corrected, so that the data manager can act on it.',
    });
  return next;
}

function pastOf(action: ApprovalAction): string {
  return action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : `${action}ed`;
}

const HINTS: Record<ApprovalState, string> = {
  not_submitted: 'Submit the data for approval first.',
  submitted: 'A data approver approves it or returns it with a comment.',
  returned: 'Correct the data and submit it again.',
  approved: 'Ask a data approver to unapprove it first.',
  unapproved: 'Submit it again for approval.',
};
