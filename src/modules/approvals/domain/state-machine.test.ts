import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import {
  APPROVAL_ACTIONS,
  APPROVAL_STATES,
  type ApprovalAction,
  type ApprovalState,
  allowedActions,
  isLocked,
  transition,
} from './state-machine.ts';

const EXPECTED: Record<ApprovalState, Record<ApprovalAction, ApprovalState | null>> = {
  not_submitted: { submit: 'submitted', approve: null, return: null, unapprove: null },
  submitted: { submit: null, approve: 'approved', return: 'returned', unapprove: null },
  returned: { submit: 'submitted', approve: null, return: null, unapprove: null },
  approved: { submit: null, approve: null, return: null, unapprove: 'unapproved' },
  unapproved: { submit: 'submitted', approve: null, return: null, unapprove: null },
};

for (const state of APPROVAL_STATES)
  for (const action of APPROVAL_ACTIONS) {
    const expected = EXPECTED[state][action];
    test(`${state} × ${action} → ${expected ?? 'refused'}`, () => {
      if (expected === null) {
        assert.throws(
          () => transition('Ghana 2020 (all datasets)', state, action, 'why'),
          (e: unknown) =>
            e instanceof AppError &&
            e.code === 'invalid_state_transition' &&
            e.message.startsWith('Ghana 2020 (all datasets) is ') &&
            e.message.includes(state.replace('_', ' ')),
        );
      } else assert.equal(transition('Ghana 2020', state, action, 'why'), expected);
    });
  }

test('return and unapprove need a comment; submit and approve do not', () => {
  for (const [state, action] of [
    ['submitted', 'return'],
    ['approved', 'unapprove'],
  ] as const)
    for (const comment of [undefined, '', '   '])
      assert.throws(
        () => transition('Ghana 2020', state, action, comment),
        (e: unknown) =>
          e instanceof AppError && e.code === 'invalid_input' && e.errors[0]?.field === 'comment',
      );
  assert.equal(transition('Ghana 2020', 'not_submitted', 'submit', undefined), 'submitted');
  assert.equal(transition('Ghana 2020', 'submitted', 'approve', undefined), 'approved');
});

test('only approved data is locked; each state lists the actions it allows', () => {
  assert.deepEqual(
    APPROVAL_STATES.filter((s) => isLocked(s)),
    ['approved'],
  );
  assert.deepEqual(allowedActions('submitted'), ['approve', 'return']);
  assert.deepEqual(allowedActions('approved'), ['unapprove']);
});
