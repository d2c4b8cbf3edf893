import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KNOWN_SOURCES } from '../../../src/modules/reference/domain/sources.ts';
import { en } from '../i18n/en.ts';
import { loadLang, setLang } from '../i18n/i18n.ts';
import type { Source } from './api.ts';
import { localSource } from './catalog.ts';

const stored = (code: string): Source => {
  const s = KNOWN_SOURCES.find((k) => k.code === code);
  assert.ok(s, code);
  return { ...s, observations: 10, years: { from: 2000, to: 2020 } };
};

test('the English names of the known datasets are those the server stores, and name no other dataset', () => {
  const catalogue: Record<string, string> = en;
  for (const s of KNOWN_SOURCES) {
    const name = catalogue[`source.name.${s.code}`];
    if (name !== undefined) assert.equal(name, s.name, s.code);
    const publisher = catalogue[`source.publisher.${s.code}`];
    if (publisher !== undefined) assert.equal(publisher, s.publisher, s.code);
  }
  const known = new Set(KNOWN_SOURCES.map((s) => s.code));
  for (const key of Object.keys(en).filter((k) => k.startsWith('source.')))
    assert.ok(known.has(key.replace(/^source\.(name|publisher)\./, '')), key);
});

test('WHO and the World Bank are named in the reader’s language; an unknown dataset keeps its stored names', async () => {
  await loadLang('zh');
  setLang('zh');
  assert.equal(localSource(stored('WHO.GHO')).publisher, '世界卫生组织');
  assert.equal(localSource(stored('WB.WDI')).publisher, '世界银行');
  await loadLang('ar');
  setLang('ar');
  assert.equal(localSource(stored('WB.WDI')).name, 'مؤشرات التنمية العالمية');
  assert.equal(localSource(stored('WHO.NRI')).publisher, 'منظمة الصحة العالمية');
  const other = {
    ...stored('WHO.GHO'),
    code: 'NHS.DIGITAL',
    name: 'NHS workforce statistics',
    publisher: 'NHS',
  };
  assert.deepEqual(localSource(other), other);
  setLang('en');
  assert.equal(localSource(stored('WHO.GHO')).publisher, 'World Health Organization');
});
