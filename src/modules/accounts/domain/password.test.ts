import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CURRENT_PARAMS, hashPassword, needsRehash, passwordProblem, verifyPassword } from './password.ts';

describe('password hashing (scrypt)', () => {
  test('a hash names its parameters, has a fresh salt, and verifies only its own password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    assert.match(a, /^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse battery', a), true);
    assert.equal(await verifyPassword('correct horse batterY', a), false);
    assert.equal(await verifyPassword('', a), false);
  });

  test('a hash of a lower cost still verifies, and is marked to be remade', async () => {
    const cheap = await hashPassword('correct horse battery', { ln: 14, r: 8, p: 1 });
    assert.equal(await verifyPassword('correct horse battery', cheap), true);
    assert.equal(needsRehash(cheap), true);
    assert.equal(needsRehash(await hashPassword('x'.repeat(12), CURRENT_PARAMS)), false);
  });

  test('an unreadable or tampered hash never matches', async () => {
    const good = await hashPassword('correct horse battery', { ln: 14, r: 8, p: 1 });
    assert.equal(await verifyPassword('correct horse battery', 'plain'), false);
    assert.equal(await verifyPassword('correct horse battery', good.replace('ln=14', 'ln=40')), false);
    assert.equal(await verifyPassword('correct horse battery', `${good.slice(0, -6)}AAAA==`), false);
    assert.equal(needsRehash('plain'), true);
  });
});

describe('password policy', () => {
  test('12 characters at least, counted as characters, not bytes', () => {
    assert.match(passwordProblem('short pass', 'a@b.org') ?? '', /at least 12/);
    assert.equal(passwordProblem('été-hiver-ok', 'a@b.org'), null);
    assert.match(passwordProblem('ééééé', 'a@b.org') ?? '', /at least 12/);
  });

  test('not the e-mail address, whatever its case, nor its local part', () => {
    assert.match(passwordProblem('Ama.Mensah@moh.gov.gh', 'ama.mensah@moh.gov.gh') ?? '', /e-mail/);
    assert.match(passwordProblem('ama.mensah.long', 'ama.mensah.long@moh.gov.gh') ?? '', /e-mail/);
    assert.equal(passwordProblem('a much better passphrase', 'ama.mensah@moh.gov.gh'), null);
  });
});
