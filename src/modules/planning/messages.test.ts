import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../platform/i18n/messages.ts';
import { text } from './messages.ts';
import { NOTE_CODES, PARAMETERS } from './schemas.ts';

test('the CLI says every way an input is found and every parameter, in every language', () => {
  for (const code of NOTE_CODES) {
    const key = `note_${code.replaceAll('-', '_')}` as Parameters<typeof text>[0];
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const said = render(text(key, {}), lang);
      assert.ok(said !== key && !said.startsWith('note_'), `${code} in ${lang}: ${said}`);
    }
  }
  for (const p of PARAMETERS) {
    const said = render(text(`param_${p}` as Parameters<typeof text>[0]), 'zh');
    assert.ok(!said.startsWith('param_'), p);
  }
});
