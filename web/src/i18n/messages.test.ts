import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEASURES } from '../../../src/modules/reference/domain/measures.ts';
import { LANGS, PLURAL_CATEGORIES } from '../../../src/platform/i18n/langs.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

const CATALOGUES = { ar, zh, fr, ru, es } as const;
const plural = /_(zero|one|two|few|many|other)$/;

for (const [lang, catalogue] of Object.entries(CATALOGUES) as [
  keyof typeof CATALOGUES,
  Record<string, string>,
][]) {
  test(`${lang} has every English message, each plural in each of its CLDR categories, with the same placeholders`, () => {
    const expected = Object.keys(en).flatMap((key) => {
      if (key.endsWith('_one')) return [];
      if (key.endsWith('_other')) return PLURAL_CATEGORIES[lang].map((c) => key.replace(/_other$/, `_${c}`));
      return [key];
    });
    assert.deepEqual(Object.keys(catalogue).sort(), expected.sort());
    for (const key of expected) {
      const text = catalogue[key] ?? '';
      assert.ok(text.trim().length > 0, `${lang} ${key}`);
      const reference = en[(plural.test(key) ? key.replace(plural, '_other') : key) as keyof typeof en];
      // A plural form may leave the number out ("une seule", "بلدان").
      const omit = (names: (string | undefined)[]) =>
        plural.test(key) ? names.filter((n) => n !== 'count') : names;
      assert.deepEqual(omit(placeholders(text)), omit(placeholders(reference)), `${lang} ${key}`);
    }
  });
}

test('each language has the plural categories its CLDR rules distinguish', () => {
  for (const lang of LANGS)
    assert.deepEqual(
      [...PLURAL_CATEGORIES[lang]].sort(),
      [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort(),
      lang,
    );
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
