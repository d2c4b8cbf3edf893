import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../errors.ts';
import { type Actor, AREA_ROLES, actorLabel, ROLES, type Role } from './actor.ts';
import { assertCan, can, PERMISSIONS, type Permission } from './permissions.ts';

const user = (
  role: Role,
  area: string | null,
  extra: Partial<Extract<Actor, { kind: 'user' }>> = {},
): Actor => ({
  kind: 'user',
  userId: 7,
  email: 'ama@moh.gov.gh',
  name: 'Ama Mensah',
  grants: [{ role, area }],
  via: 'session',
  ...extra,
});

type Cell = 'any' | 'own' | 'no';
/**
 * The expected table, written out: per permission, per role, whether the role holds it for every area, for its
 * own area only, or not at all. Area roles are bound to GHA; "own" is GHA, "other" is KEN.
 */
const EXPECTED: Record<Permission, Record<Role, Cell>> = {
  'data.import': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'own',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'data.rollback': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'own',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'reference.edit': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'own',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'flows.store': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'any',
    data_manager: 'any',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'safeguards.load': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'no',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'approval.submit': {
    admin: 'any',
    secretariat: 'no',
    national_authority: 'own',
    data_manager: 'own',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'approval.decide': {
    admin: 'any',
    secretariat: 'no',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'own',
    stakeholder: 'no',
  },
  'audit.read': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'reporting.manage': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'no',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'agreements.manage': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'wisn.manage': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'own',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'recruitment.configure': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'reporting.review': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'no',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'reporting.report': {
    admin: 'no',
    secretariat: 'no',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'reporting.stakeholder': {
    admin: 'no',
    secretariat: 'no',
    national_authority: 'no',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'any',
  },
  'recruiters.review': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'own',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'users.manage': {
    admin: 'any',
    secretariat: 'no',
    national_authority: 'no',
    data_manager: 'no',
    data_approver: 'no',
    stakeholder: 'no',
  },
  'planning.save': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'any',
    data_manager: 'any',
    data_approver: 'any',
    stakeholder: 'any',
  },
  'account.self': {
    admin: 'any',
    secretariat: 'any',
    national_authority: 'any',
    data_manager: 'any',
    data_approver: 'any',
    stakeholder: 'any',
  },
};

describe('can: every permission × role × own area / other area / no area', () => {
  test('the table names every permission and every role', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), [...PERMISSIONS].sort());
    for (const p of PERMISSIONS) assert.deepEqual(Object.keys(EXPECTED[p]).sort(), [...ROLES].sort(), p);
  });
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const cell = EXPECTED[permission][role];
      const actor = user(role, AREA_ROLES.includes(role) ? 'GHA' : null);
      test(`${permission} × ${role}: ${cell}`, () => {
        assert.equal(can(actor, permission, { area: 'GHA' }), cell !== 'no', 'own area');
        assert.equal(can(actor, permission, { area: 'KEN' }), cell === 'any', 'other area');
        assert.equal(can(actor, permission), cell !== 'no', 'no area given');
        if (cell === 'no') assert.throws(() => assertCan(actor, permission, { area: 'GHA' }), AppError);
        else assert.doesNotThrow(() => assertCan(actor, permission, { area: 'GHA' }));
      });
    }
  }
  test('the operator may do everything, the public nothing', () => {
    for (const p of PERMISSIONS) {
      assert.equal(can({ kind: 'operator', name: 'root@host' }, p, { area: 'KEN' }), true, p);
      assert.equal(can({ kind: 'public' }, p), false, p);
      assert.equal(can({ kind: 'public' }, p, { area: 'GHA' }), false, p);
    }
  });
  test('an area role granted without an area holds nothing for any area', () => {
    assert.equal(can(user('data_manager', null), 'data.import', { area: 'GHA' }), false);
    assert.equal(can(user('data_manager', null), 'data.import'), false);
  });
  test('several grants: a data manager for GHA and approver for KEN', () => {
    const a = user('data_manager', 'GHA', {
      grants: [
        { role: 'data_manager', area: 'GHA' },
        { role: 'data_approver', area: 'KEN' },
      ],
    });
    assert.equal(can(a, 'data.import', { area: 'GHA' }), true);
    assert.equal(can(a, 'data.import', { area: 'KEN' }), false);
    assert.equal(can(a, 'approval.decide', { area: 'KEN' }), true);
    assert.equal(can(a, 'approval.decide', { area: 'GHA' }), false);
  });
  test('a token holds only its scopes, within its user’s grants', () => {
    const t = user('secretariat', null, { via: 'token', tokenId: 3, scopes: ['data.import'] });
    assert.equal(can(t, 'data.import', { area: 'KEN' }), true);
    assert.equal(can(t, 'data.rollback', { area: 'KEN' }), false);
    assert.equal(can(t, 'account.self'), false);
    const over = user('stakeholder', null, { via: 'token', tokenId: 4, scopes: ['users.manage'] });
    assert.equal(can(over, 'users.manage'), false);
    const none = user('admin', null, { via: 'token', tokenId: 5 });
    assert.equal(can(none, 'data.import'), false);
  });
});

describe('assertCan', () => {
  test('the public is asked to sign in; a user is refused naming the permission and the area', () => {
    assert.throws(
      () => assertCan({ kind: 'public' }, 'data.import', { area: 'GHA' }),
      (e: unknown) => e instanceof AppError && e.code === 'unauthenticated' && e.status === 401,
    );
    assert.throws(
      () => assertCan(user('data_manager', 'GHA'), 'data.import', { area: 'KEN' }),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'forbidden' &&
        e.status === 403 &&
        /KEN/.test(e.message) &&
        /data\.import/.test(e.detail ?? ''),
    );
  });
  test('a token short of a scope says so', () => {
    assert.throws(
      () => assertCan(user('admin', null, { via: 'token', scopes: [] }), 'users.manage'),
      (e: unknown) => e instanceof AppError && e.code === 'forbidden' && /token/.test(e.detail ?? ''),
    );
  });
});

test('actorLabel names users, operators and the public', () => {
  assert.equal(actorLabel(user('admin', null)), 'Ama Mensah <ama@moh.gov.gh>');
  assert.equal(actorLabel({ kind: 'operator', name: 'root@host' }), 'operator root@host');
  assert.equal(actorLabel({ kind: 'public' }), 'public');
});
