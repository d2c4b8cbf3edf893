import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ApiToken,
  PASSWORD_MIN_LENGTH,
  type SessionInfo,
  TOKEN_PERMISSIONS,
} from '../../../../src/modules/accounts/schemas.ts';
import { ApiError } from '../../lib/api.ts';
import {
  browserOf,
  formErrors,
  otherSessions,
  PASSWORD_MIN,
  PERMISSION_NAMES,
  passwordAcceptable,
  passwordRules,
  safeNext,
  signInFailure,
  sortTokens,
  toggleScope,
  tokenRequest,
  tokenStatus,
} from './state.ts';

const NOW = new Date('2026-12-02T10:00:00Z');

test('the password rules are the server’s', () => {
  assert.equal(PASSWORD_MIN, PASSWORD_MIN_LENGTH);
  assert.deepEqual(Object.keys(PERMISSION_NAMES).sort(), [...TOKEN_PERMISSIONS].sort());
});

test('a new password: long enough, not the e-mail, confirmed', () => {
  assert.equal(passwordAcceptable('correct horse battery', 'ama@moh.gov.gh', 'correct horse battery'), true);
  const short = passwordRules('short', 'ama@moh.gov.gh', 'short');
  assert.deepEqual(
    short.map((r) => [r.rule, r.ok]),
    [
      ['length', false],
      ['notEmail', true],
      ['match', true],
    ],
  );
  assert.equal(passwordAcceptable('Ama@MOH.gov.gh ', 'ama@moh.gov.gh', 'Ama@MOH.gov.gh '), false);
  assert.equal(passwordAcceptable('correct horse battery', 'a@b.c', 'correct horse batterY'), false);
  // Characters, not UTF-16 units: eleven emoji are eleven characters.
  assert.equal(passwordRules('😀'.repeat(11), '')[0]?.ok, false);
  assert.equal(passwordRules('😀'.repeat(12), '')[0]?.ok, true);
  // No confirmation field: no match rule.
  assert.equal(passwordRules('x', '').length, 2);
});

test('a problem’s field errors go next to their fields, the rest to the form', () => {
  const err = new ApiError(400, 'Invalid body', {
    code: 'invalid_input',
    errors: [
      { field: 'email', message: 'an e-mail address' },
      { field: 'email', message: 'second message' },
      { field: 'password', message: 'at least 12 characters' },
    ],
  });
  assert.deepEqual(formErrors(err, ['email', 'password', 'name']), {
    fields: { email: 'an e-mail address', password: 'at least 12 characters' },
    general: null,
  });
  const nested = new ApiError(400, 'Invalid body', {
    errors: [{ field: 'grants.0.area', message: 'needs an area' }],
  });
  assert.deepEqual(formErrors(nested, ['grants']).fields, { grants: 'needs an area' });
  const other = new ApiError(400, 'Invalid body', { errors: [{ field: 'token', message: 'a link token' }] });
  assert.deepEqual(formErrors(other, ['email']), { fields: {}, general: 'token: a link token' });
  assert.deepEqual(formErrors(new ApiError(409, 'The e-mail address is taken'), ['email']), {
    fields: {},
    general: 'The e-mail address is taken',
  });
  assert.equal(formErrors(new TypeError('Failed to fetch'), []).general, 'Failed to fetch');
});

test('a failed sign-in: throttled (with the wait in minutes), wrong credentials, or another problem', () => {
  assert.deepEqual(signInFailure(new ApiError(429, 'Too many', {}, 600)), { kind: 'throttled', minutes: 10 });
  assert.deepEqual(signInFailure(new ApiError(429, 'Too many', {}, 61)), { kind: 'throttled', minutes: 2 });
  assert.deepEqual(signInFailure(new ApiError(429, 'Too many')), { kind: 'throttled', minutes: 1 });
  assert.deepEqual(
    signInFailure(new ApiError(401, 'Wrong e-mail or password', { code: 'unauthenticated' })),
    {
      kind: 'wrong',
    },
  );
  assert.deepEqual(signInFailure(new ApiError(400, 'Invalid body', { code: 'invalid_input' })), {
    kind: 'other',
    message: 'Invalid body',
  });
  assert.deepEqual(signInFailure(new ApiError(503, 'Down')), { kind: 'other', message: 'Down' });
});

test('after sign-in, only a path of this site', () => {
  assert.equal(safeNext('/admin/users?lang=fr'), '/admin/users?lang=fr');
  for (const bad of [
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    assert.equal(safeNext(bad), null, String(bad));
  }
  assert.equal(safeNext('/sign-in?next=/account'), null);
  assert.equal(safeNext('/a\nb'), null);
});

test('a token request: a name, at least one permission, the expiry as a time', () => {
  const ok = tokenRequest({ name: '  nightly import ', scopes: ['data.import'], expiry: 30 }, NOW);
  assert.deepEqual(ok, {
    ok: true,
    body: { name: 'nightly import', scopes: ['data.import'], expiresAt: '2027-01-01T10:00:00.000Z' },
  });
  const never = tokenRequest({ name: 'x', scopes: ['audit.read'], expiry: null }, NOW);
  assert.equal(never.ok && never.body.expiresAt, null);
  assert.deepEqual(tokenRequest({ name: ' ', scopes: [], expiry: 90 }, NOW), {
    ok: false,
    errors: { fields: { name: 'required', scopes: 'required' }, general: null },
  });
  assert.deepEqual(toggleScope(['data.import'], 'audit.read', true), ['data.import', 'audit.read']);
  assert.deepEqual(toggleScope(['data.import', 'audit.read'], 'data.import', false), ['audit.read']);
  assert.deepEqual(toggleScope(['data.import'], 'data.import', true), ['data.import']);
});

const token = (over: Partial<ApiToken>): ApiToken => ({
  id: 1,
  name: 't',
  prefix: 'hwmo_ab',
  scopes: ['data.import'],
  createdAt: '2026-11-01T00:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

test('tokens: active first, then expired and revoked, newest first', () => {
  const revoked = token({ id: 1, revokedAt: '2026-11-20T00:00:00Z', createdAt: '2026-11-10T00:00:00Z' });
  const expired = token({ id: 2, expiresAt: '2026-12-01T00:00:00Z' });
  const old = token({ id: 3, createdAt: '2026-10-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' });
  const fresh = token({ id: 4, createdAt: '2026-11-30T00:00:00Z' });
  assert.equal(tokenStatus(revoked, NOW), 'revoked');
  assert.equal(tokenStatus(expired, NOW), 'expired');
  assert.equal(tokenStatus(old, NOW), 'active');
  assert.deepEqual(
    sortTokens([revoked, expired, old, fresh], NOW).map((t) => t.id),
    [4, 3, 1, 2],
  );
});

test('sessions: a browser’s short name; the others of the list', () => {
  assert.equal(
    browserOf(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
    ),
    'Chrome 140',
  );
  assert.equal(
    browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'),
    'Firefox 128',
  );
  assert.equal(browserOf('Mozilla/5.0 Chrome/120.0 Safari/537.36 Edg/120.0'), 'Edge 120');
  assert.equal(browserOf(null), null);
  assert.equal(browserOf('x'.repeat(80))?.length, 58);
  const s = (id: number, current: boolean): SessionInfo => ({
    id,
    current,
    createdAt: '2026-12-01T00:00:00Z',
    lastSeenAt: '2026-12-01T00:00:00Z',
    expiresAt: '2026-12-08T00:00:00Z',
    userAgent: null,
    address: null,
  });
  assert.deepEqual(
    otherSessions([s(1, false), s(2, true), s(3, false)]).map((x) => x.id),
    [1, 3],
  );
});
