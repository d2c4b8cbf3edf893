import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGS } from '../../platform/i18n/langs.ts';
import { OCCUPATIONS } from './domain/occupations.ts';
import { occupationNameIn } from './occupation-names.ts';

test('every occupation has its name in each of the six languages, English as the reference list says', () => {
  for (const o of OCCUPATIONS) {
    assert.equal(occupationNameIn(o.code, 'en'), o.name);
    for (const lang of LANGS) {
      const name = occupationNameIn(o.code, lang);
      assert.ok(name && name !== o.code, `${o.code} in ${lang}`);
      if (lang !== 'en') assert.notEqual(name, o.name, `${o.code} in ${lang} is still English`);
    }
  }
  assert.equal(occupationNameIn('nursing-personnel', 'zh'), '护理人员');
  assert.equal(occupationNameIn('plumbers', 'fr'), undefined);
});
