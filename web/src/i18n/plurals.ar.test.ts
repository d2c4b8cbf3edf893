import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translatorFor } from './i18n.ts';

/** Real Arabic messages rendered by the app's i18n: each count takes the form its CLDR category asks for. */
const t = await translatorFor('ar');
const n = (value: number) => new Intl.NumberFormat('ar').format(value);

test('common.countries: zero, one, two, few, many and other', () => {
  const expected: [number, string][] = [
    [0, `${n(0)} بلد`],
    [1, 'بلد واحد'],
    [2, 'بلدان'],
    [3, `${n(3)} بلدان`],
    [5, `${n(5)} بلدان`],
    [11, `${n(11)} بلدًا`],
    [21, `${n(21)} بلدًا`],
    [100, `${n(100)} بلد`],
    [1_000_000, `${n(1_000_000)} بلد`],
    [1.5, `${n(1.5)} بلد`],
  ];
  for (const [count, text] of expected) assert.equal(t('common.countries', { count }), text, String(count));
});

test('table.rows: zero, one, two, few, many and other', () => {
  const expected: [number, string][] = [
    [0, `${n(0)} صف`],
    [1, 'صف واحد'],
    [2, 'صفّان'],
    [3, `${n(3)} صفوف`],
    [5, `${n(5)} صفوف`],
    [11, `${n(11)} صفًّا`],
    [21, `${n(21)} صفًّا`],
    [100, `${n(100)} صف`],
    [1_000_000, `${n(1_000_000)} صف`],
    [1.5, `${n(1.5)} صف`],
  ];
  for (const [count, text] of expected) assert.equal(t('table.rows', { count }), text, String(count));
});

test('accounts.sessions.revoked: the verb and noun agree with the number', () => {
  const expected: [number, string][] = [
    [0, 'لم تنتهِ أي جلسة.'],
    [1, 'انتهت جلسة واحدة.'],
    [2, 'انتهت جلستان.'],
    [3, `انتهت ${n(3)} جلسات.`],
    [5, `انتهت ${n(5)} جلسات.`],
    [11, `انتهت ${n(11)} جلسةً.`],
    [21, `انتهت ${n(21)} جلسةً.`],
    [100, `انتهت ${n(100)} جلسة.`],
    [1_000_000, `انتهت ${n(1_000_000)} جلسة.`],
    [1.5, `انتهت ${n(1.5)} جلسة.`],
  ];
  for (const [count, text] of expected)
    assert.equal(t('accounts.sessions.revoked', { count }), text, String(count));
});

test('numbers are formatted as Intl.NumberFormat("ar") formats them', () => {
  assert.equal(t('common.countries', { count: 1_000_000 }), `${n(1_000_000)} بلد`);
  assert.ok(t('common.countries', { count: 1_000_000 }).startsWith(n(1_000_000)));
  // 1234 ends in 34, so it takes the form of 11–99 (many).
  assert.equal(t('table.rows', { count: 1234 }), `${n(1234)} صفًّا`);
  // Literal checks of the locale's output, independent of the helper above.
  assert.equal(n(1_000_000), '1,000,000');
  assert.equal(t('accounts.tokens.days', { count: 30 }), '30 يومًا');
});

test('the Arabic plural rules pick the categories the forms are written for', () => {
  const rules = new Intl.PluralRules('ar');
  assert.deepEqual(
    [0, 1, 2, 3, 5, 10, 11, 21, 99, 100, 102, 1234, 1_000_000, 1.5].map((c) => rules.select(c)),
    [
      'zero',
      'one',
      'two',
      'few',
      'few',
      'few',
      'many',
      'many',
      'many',
      'other',
      'other',
      'many',
      'other',
      'other',
    ],
  );
});
