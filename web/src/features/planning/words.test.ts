import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOTE_CODES, PARAMETERS } from '../../../../src/modules/planning/schemas.ts';
import { en } from '../../i18n/en.ts';

test('every way an input is found, and every parameter, has its words', () => {
  const keys = new Set(Object.keys(en));
  for (const code of NOTE_CODES) assert.ok(keys.has(`planning.note.${code}`), code);
  for (const p of PARAMETERS) assert.ok(keys.has(`planning.param.${p}`), p);
});
