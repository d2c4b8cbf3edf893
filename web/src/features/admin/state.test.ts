import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Invitation, User } from '../../../../src/modules/accounts/schemas.ts';
import { AREA_ROLES, ROLES } from '../../../../src/platform/auth/actor.ts';
import {
  addDraft,
  draftsOf,
  grantsRequest,
  inviteRequest,
  matchesUser,
  needsArea,
  pendingInvitations,
  ROLE_ORDER,
  removeDraft,
  sortUsers,
  updateDraft,
} from './state.ts';

test('the roles and the area-bound roles are the platform’s', () => {
  assert.deepEqual([...ROLE_ORDER], [...ROLES]);
  assert.deepEqual(
    ROLE_ORDER.filter(needsArea),
    ROLES.filter((r) => AREA_ROLES.includes(r)),
  );
});

test('editing grants: a role bound to an area needs one; another role drops it', () => {
  let drafts = draftsOf([{ role: 'admin', area: null }]);
  drafts = addDraft(drafts);
  assert.deepEqual(drafts, [
    { role: 'admin', area: '' },
    { role: 'data_manager', area: '' },
  ]);
  assert.deepEqual(grantsRequest(drafts), { ok: false, problems: { 1: 'areaRequired' } });
  drafts = updateDraft(drafts, 1, { area: 'gha' });
  assert.deepEqual(grantsRequest(drafts), {
    ok: true,
    grants: [
      { role: 'admin', area: null },
      { role: 'data_manager', area: 'GHA' },
    ],
  });
  // Switching to the secretariat, bound to no area, forgets the country.
  assert.deepEqual(updateDraft(drafts, 1, { role: 'secretariat' })[1], { role: 'secretariat', area: '' });
  assert.deepEqual(removeDraft(drafts, 0), [{ role: 'data_manager', area: 'gha' }]);
});

test('the same role twice for the same area is refused, for another area accepted', () => {
  const gha = { role: 'data_manager' as const, area: 'GHA' };
  const ken = { role: 'data_manager' as const, area: 'KEN' };
  assert.deepEqual(grantsRequest([gha, { ...gha, area: 'gha' }, ken]), {
    ok: false,
    problems: { 1: 'duplicate' },
  });
  assert.equal(grantsRequest([gha, ken]).ok, true);
  assert.deepEqual(grantsRequest([]), { ok: true, grants: [] });
});

const user = (over: Partial<User>): User => ({
  id: 1,
  email: 'ama@moh.gov.gh',
  name: 'Ama Mensah',
  disabled: false,
  createdAt: '2026-12-01T00:00:00Z',
  grants: [{ role: 'data_manager', area: 'GHA' }],
  ...over,
});

test('the users list: filtered by every word typed, the disabled last', () => {
  const ama = user({});
  const kofi = user({
    id: 2,
    name: 'Kofi Boateng',
    email: 'kofi@who.int',
    grants: [{ role: 'admin', area: null }],
  });
  const old = user({ id: 3, name: 'Abena', disabled: true, grants: [] });
  assert.equal(matchesUser(ama, 'gha manager'), true);
  assert.equal(matchesUser(ama, 'AMA  '), true);
  assert.equal(matchesUser(ama, 'ken'), false);
  assert.equal(matchesUser(kofi, ''), true);
  assert.deepEqual(
    sortUsers([old, kofi, ama]).map((u) => u.id),
    [1, 2, 3],
  );
});

test('an invitation: an e-mail address, and a country for a role bound to one', () => {
  assert.deepEqual(inviteRequest({ email: ' dm@moh.gov.gh ', role: 'data_manager', area: 'gha' }), {
    ok: true,
    body: { email: 'dm@moh.gov.gh', role: 'data_manager', area: 'GHA' },
  });
  assert.deepEqual(inviteRequest({ email: 'sec@who.int', role: 'secretariat', area: 'GHA' }), {
    ok: true,
    body: { email: 'sec@who.int', role: 'secretariat', area: null },
  });
  assert.deepEqual(inviteRequest({ email: 'not an address', role: 'data_approver', area: '' }), {
    ok: false,
    errors: { fields: { email: 'email', area: 'required' }, general: null },
  });
});

test('pending invitations: waiting and not expired, the soonest to expire first', () => {
  const inv = (id: number, status: Invitation['status'], expiresAt: string): Invitation => ({
    id,
    email: `${id}@x.org`,
    role: 'data_manager',
    area: 'GHA',
    invitedBy: 'Kofi',
    createdAt: '2026-11-30T00:00:00Z',
    expiresAt,
    status,
  });
  const now = new Date('2026-12-02T00:00:00Z');
  const list = [
    inv(1, 'pending', '2026-12-09T00:00:00Z'),
    inv(2, 'accepted', '2026-12-09T00:00:00Z'),
    inv(3, 'pending', '2026-12-01T00:00:00Z'),
    inv(4, 'pending', '2026-12-03T00:00:00Z'),
    inv(5, 'revoked', '2026-12-09T00:00:00Z'),
  ];
  assert.deepEqual(
    pendingInvitations(list, now).map((i) => i.id),
    [4, 1],
  );
});
