import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translatorFor } from './i18n.ts';

const render = await translatorFor('ru');
const t = (key: string, count: number) => render(key, { count });
const n = (x: number) => new Intl.NumberFormat('ru').format(x);

// one: 1, 21, 31…; few: 2–4, 22–24…; many: 0, 5–20, 25–30, 100, 1 000 000…; other: fractions.
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000, 1.5] as const;

const EXPECTED: Record<string, (c: readonly string[]) => readonly string[]> = {
  'common.countries': (c) => [
    `${c[0]} стран`,
    `${c[1]} страна`,
    `${c[2]} страны`,
    `${c[3]} страны`,
    `${c[4]} стран`,
    `${c[5]} стран`,
    `${c[6]} страна`,
    `${c[7]} стран`,
    `${c[8]} стран`,
    `${c[9]} страны`,
  ],
  'accounts.tokens.days': (c) => [
    `${c[0]} дней`,
    `${c[1]} день`,
    `${c[2]} дня`,
    `${c[3]} дня`,
    `${c[4]} дней`,
    `${c[5]} дней`,
    `${c[6]} день`,
    `${c[7]} дней`,
    `${c[8]} дней`,
    `${c[9]} дня`,
  ],
  'accounts.sessions.revoked': (c) => [
    `Завершено ${c[0]} сеансов.`,
    `Завершен ${c[1]} сеанс.`,
    `Завершено ${c[2]} сеанса.`,
    `Завершено ${c[3]} сеанса.`,
    `Завершено ${c[4]} сеансов.`,
    `Завершено ${c[5]} сеансов.`,
    `Завершен ${c[6]} сеанс.`,
    `Завершено ${c[7]} сеансов.`,
    `Завершено ${c[8]} сеансов.`,
    `Завершено ${c[9]} сеанса.`,
  ],
};

for (const [key, expected] of Object.entries(EXPECTED)) {
  test(`ru ${key}: the right form for each count, the number formatted in Russian`, () => {
    const formatted = COUNTS.map(n);
    const want = expected(formatted);
    COUNTS.forEach((count, i) => {
      assert.equal(t(key, count), want[i], `${key} ${count}`);
    });
  });
}

test('ru numbers come formatted as Intl.NumberFormat("ru") formats them', () => {
  assert.equal(t('common.countries', 1_000_000), `${n(1_000_000)} стран`);
  assert.equal(n(1_000_000), '1\u00a0000\u00a0000');
  assert.equal(t('common.countries', 1.5), '1,5 страны');
  assert.equal(t('common.countries', 21), '21 страна');
});
