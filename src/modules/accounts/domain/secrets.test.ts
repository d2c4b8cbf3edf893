import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiTokenPrefix,
  looksLikeApiToken,
  newApiToken,
  newSecret,
  sameSecret,
  secretHash,
} from './secrets.ts';

test('secrets are 256 random bits, distinct, and stored only as their SHA-256', () => {
  const a = newSecret();
  assert.equal(Buffer.from(a, 'base64url').length, 32);
  assert.notEqual(a, newSecret());
  assert.match(secretHash(a), /^[0-9a-f]{64}$/);
  assert.notEqual(secretHash(a), a);
});

test('API tokens: hwmo_ and 43 characters; a prefix to recognise them; other text is not one', () => {
  const t = newApiToken();
  assert.equal(looksLikeApiToken(t), true);
  assert.equal(apiTokenPrefix(t), t.slice(0, 9));
  assert.equal(looksLikeApiToken(`${t}x`), false);
  assert.equal(looksLikeApiToken('hwmo_short'), false);
});

test('sameSecret compares whole values', () => {
  assert.equal(sameSecret('abc', 'abc'), true);
  assert.equal(sameSecret('abc', 'abd'), false);
  assert.equal(sameSecret('abc', 'ab'), false);
});
