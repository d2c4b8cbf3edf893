import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEASURES } from '../../../src/modules/reference/domain/measures.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

test('French has every English message, with the same placeholders', () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(en)) {
    const french = fr[key as keyof typeof en];
    assert.ok(french.trim().length > 0, key);
    // The singular may say "the only one" rather than "1".
    const omit = (names: (string | undefined)[]) =>
      key.endsWith('_one') ? names.filter((n) => n !== 'count') : names;
    assert.deepEqual(omit(placeholders(french)), omit(placeholders(text)), key);
  }
});

test('plural messages come in _one and _other pairs', () => {
  for (const key of Object.keys(en)) {
    if (key.endsWith('_one')) assert.ok(`${key.slice(0, -4)}_other` in en, key);
  }
});

test('every measure the API can list has a name in the catalogue', () => {
  for (const m of MEASURES) {
    assert.ok(`measure.${m.code}` in en, m.code);
    assert.equal(en[`measure.${m.code}` as keyof typeof en], m.name, m.code);
  }
});
