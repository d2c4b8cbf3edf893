import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actOnComplaint, assertAppealable, decideAppeal, nextComplaintStatus } from './complaints.ts';
import { nextStatus, reconfirmation, stepOrganisation } from './organisation.ts';

describe('an organisation on the register', () => {
  test('applies, passes the test, is listed', () => {
    assert.equal(nextStatus('applied', 'pass_test'), 'test_passed');
    assert.equal(nextStatus('test_passed', 'list'), 'listed');
    assert.equal(nextStatus('applied', 'list'), null);
  });

  test('sanctions and reinstatement', () => {
    assert.equal(nextStatus('listed', 'warn'), 'warned');
    assert.equal(nextStatus('warned', 'suspend'), 'suspended');
    assert.equal(nextStatus('suspended', 'remove'), 'removed');
    assert.equal(nextStatus('suspended', 'reinstate'), 'listed');
    assert.equal(nextStatus('removed', 'reinstate'), 'listed');
    assert.equal(nextStatus('listed', 'reinstate'), null);
    assert.equal(nextStatus('applied', 'suspend'), null);
    assert.equal(nextStatus('rejected', 'reinstate'), null);
  });

  test('a step not allowed is refused naming the status', () => {
    assert.throws(() => stepOrganisation('Acme', 'applied', 'list'), { code: 'invalid_state_transition' });
  });

  test('re-confirmation is due 30 days before the year is up, and overdue after', () => {
    const listedAt = new Date('2025-01-15T00:00:00Z');
    const org = { status: 'listed' as const, listedAt, reconfirmedAt: null };
    assert.equal(reconfirmation(org, 12, new Date('2025-06-01T00:00:00Z')).state, 'current');
    assert.equal(reconfirmation(org, 12, new Date('2025-12-20T00:00:00Z')).state, 'due');
    assert.equal(reconfirmation(org, 12, new Date('2026-01-16T00:00:00Z')).state, 'overdue');
    assert.equal(
      reconfirmation(org, 12, new Date('2026-01-16T00:00:00Z')).dueAt?.toISOString(),
      '2026-01-15T00:00:00.000Z',
    );
    const again = { ...org, reconfirmedAt: new Date('2026-01-10T00:00:00Z') };
    assert.equal(reconfirmation(again, 12, new Date('2026-01-16T00:00:00Z')).state, 'current');
    assert.equal(reconfirmation({ ...org, status: 'suspended' }, 12, new Date()).state, 'not_applicable');
  });
});

describe('complaints and appeals', () => {
  test('received, investigated, then decided once', () => {
    assert.equal(nextComplaintStatus('received', 'investigate'), 'investigating');
    assert.equal(nextComplaintStatus('received', 'suspension'), null);
    assert.equal(nextComplaintStatus('investigating', 'close_no_action'), 'closed_no_action');
    assert.equal(nextComplaintStatus('investigating', 'suspension'), 'suspension');
    assert.equal(nextComplaintStatus('suspension', 'removal'), null);
  });

  test('a decision needs written reasons', () => {
    assert.throws(() => actOnComplaint('RC-AAAA-BBBB', 'investigating', 'warning', undefined), {
      code: 'invalid_input',
    });
    assert.equal(actOnComplaint('RC-AAAA-BBBB', 'received', 'investigate', undefined), 'investigating');
  });

  test('only a sanction may be appealed, once; an appeal is decided once, in writing', () => {
    assert.equal(assertAppealable('RC-AAAA-BBBB', 'suspension', false), 'suspension');
    assert.throws(() => assertAppealable('RC-AAAA-BBBB', 'closed_no_action', false), {
      code: 'invalid_state_transition',
    });
    assert.throws(() => assertAppealable('RC-AAAA-BBBB', 'removal', true), { code: 'conflict' });
    assert.equal(decideAppeal(1, 'filed', 'upheld', 'reasons'), 'upheld');
    assert.throws(() => decideAppeal(1, 'upheld', 'dismissed', 'reasons'), {
      code: 'invalid_state_transition',
    });
    assert.throws(() => decideAppeal(1, 'filed', 'dismissed', undefined), { code: 'invalid_input' });
  });
});
