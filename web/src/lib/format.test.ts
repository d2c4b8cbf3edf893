import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Lang, loadLang, setLang, t } from '../i18n/i18n.ts';
import type { Area } from './api.ts';
import { collator } from './collate.ts';
import {
  areaName,
  formatList,
  formatNumber,
  formatPercent,
  formatRelative,
  formatValue,
  loadCountryNames,
} from './format.ts';
import { matchesName } from './search.ts';

async function inLang(l: Lang): Promise<void> {
  await Promise.all([loadLang(l), loadCountryNames(l)]);
  setLang(l);
}

// Intl's separators: narrow no-break space (U+202F) in French, no-break space (U+00A0) in Russian.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

test('numbers in each language, through its locale', async () => {
  const expected: Record<Lang, [string, string]> = {
    en: ['12,345.7', '1,234,567'],
    fr: [`12${NNBSP}345,7`, `1${NNBSP}234${NNBSP}567`],
    es: ['12.345,7', '1.234.567'],
    ru: [`12${NBSP}345,7`, `1${NBSP}234${NBSP}567`],
    zh: ['12,345.7', '1,234,567'],
    // Arabic in WHO's and the UN's Western digits, with Arabic separators where the locale puts them.
    ar: [new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(12345.7), '1,234,567'],
  };
  for (const [l, [decimal, whole]] of Object.entries(expected) as [Lang, [string, string]][]) {
    await inLang(l);
    assert.equal(formatNumber(12345.67, 1), decimal, l);
    assert.equal(formatNumber(1234567), whole, l);
  }
  await inLang('ar');
  assert.match(formatNumber(1234567), /^[0-9,]+$/, 'Western digits in Arabic');
});

test('percentages through Intl, not string tricks', async () => {
  const expected: Record<Lang, string> = {
    en: '12.5%',
    fr: `12,5${NBSP}%`,
    es: `12,5${NBSP}%`,
    ru: `12,5${NBSP}%`,
    zh: '12.5%',
    ar: new Intl.NumberFormat('ar', { style: 'percent', minimumFractionDigits: 1 }).format(0.125),
  };
  for (const [l, text] of Object.entries(expected) as [Lang, string][]) {
    await inLang(l);
    assert.equal(formatPercent(12.5), text, l);
    assert.equal(formatValue(12.5, '%'), text, l);
  }
  await inLang('ar');
  assert.match(formatPercent(12.5), /12\.5/);
  assert.match(formatPercent(12.5), /[%٪]/);
});

test('lists and relative times in the language', async () => {
  await inLang('fr');
  assert.equal(formatList(['A', 'B', 'C']), 'A, B et C');
  await inLang('zh');
  assert.equal(formatList(['A', 'B', 'C']), 'A、B和C');
  await inLang('ru');
  assert.equal(formatList(['A', 'B', 'C']), 'A, B и C');
  assert.equal(formatRelative('2026-01-01T00:00:00Z', new Date('2026-01-04T00:00:00Z')), '3 дня назад');
  await inLang('en');
  assert.equal(formatRelative('2026-01-01T00:00:00Z', new Date('2026-01-02T00:00:00Z')), 'yesterday');
});

test('plural messages show their number in the language', async () => {
  await inLang('en');
  assert.equal(t('common.countries', { count: 1 }), '1 country');
  assert.equal(t('common.countries', { count: 1234 }), '1,234 countries');
  await inLang('fr');
  assert.equal(t('common.countries', { count: 1234 }), `1${NNBSP}234 pays`);
});

const AREAS = new Map<string, Area>(
  [
    ['GBR', 'GB', 'United Kingdom of Great Britain and Northern Ireland'],
    ['USA', 'US', 'United States of America'],
    ['GHA', 'GH', 'Ghana'],
  ].map(([code, iso2, name]) => [code as string, { code, iso2, name } as unknown as Area]),
);

test("country names are CLDR's in each language, WHO's in English", async () => {
  const expected: Record<Lang, string> = {
    en: 'United Kingdom of Great Britain and Northern Ireland',
    fr: 'Royaume-Uni',
    es: 'Reino Unido',
    ru: 'Великобритания',
    zh: '英国',
    ar: 'المملكة المتحدة',
  };
  for (const [l, name] of Object.entries(expected) as [Lang, string][]) {
    await inLang(l);
    assert.equal(areaName('GBR', AREAS), name, l);
  }
});

test('the name search finds a country in four scripts, whatever the case and accents', async () => {
  const searches: [Lang, string, string][] = [
    ['fr', 'royaume', 'GBR'],
    ['fr', 'etats-unis', 'USA'],
    ['ru', 'великобрит', 'GBR'],
    ['zh', '英国', 'GBR'],
    ['ar', 'المملكة المتحدة', 'GBR'],
    // Arabic with a vowel mark the names file does not write.
    ['ar', 'غَانا', 'GHA'],
    ['en', 'gbr', 'GBR'],
  ];
  for (const [l, query, code] of searches) {
    await inLang(l);
    const found = [...AREAS.values()].filter((a) => matchesName(query, areaName(a.code, AREAS), a.code));
    assert.deepEqual(
      found.map((a) => a.code),
      [code],
      `${l} ${query}`,
    );
  }
});

test('names sort as the language orders them', async () => {
  await inLang('fr');
  assert.deepEqual(['Zambie', 'Égypte', 'Espagne'].sort(collator().compare), ['Égypte', 'Espagne', 'Zambie']);
  await inLang('en');
});
