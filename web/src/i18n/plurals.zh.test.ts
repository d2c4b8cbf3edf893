import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translatorFor } from './i18n.ts';
import { zh } from './zh.ts';

const render = await translatorFor('zh');
const t = (key: string, count: number) => render(key, { count });

// Chinese has one plural category (other): every count takes the same form, with the number in the locale's format.
const COUNTS = [0, 1, 2, 5, 11, 21, 100, 1000000];
const n = (count: number) => new Intl.NumberFormat('zh').format(count);

test('zh: common.countries for every count', () => {
  assert.deepEqual(
    COUNTS.map((c) => t('common.countries', c)),
    ['0个国家', '1个国家', '2个国家', '5个国家', '11个国家', '21个国家', '100个国家', '1,000,000个国家'],
  );
});

test('zh: table.rows and accounts.admin.usersCount for every count', () => {
  assert.deepEqual(
    COUNTS.map((c) => t('table.rows', c)),
    ['0行', '1行', '2行', '5行', '11行', '21行', '100行', '1,000,000行'],
  );
  assert.deepEqual(
    COUNTS.map((c) => t('accounts.admin.usersCount', c)),
    ['0名用户', '1名用户', '2名用户', '5名用户', '11名用户', '21名用户', '100名用户', '1,000,000名用户'],
  );
});

test('zh: numbers come formatted as Intl.NumberFormat("zh") formats them', () => {
  for (const c of COUNTS) {
    assert.equal(t('common.countries', c), `${n(c)}个国家`);
    assert.equal(t('accounts.tokens.days', c), `${n(c)}天`);
    assert.equal(t('accounts.sessions.revoked', c), `已结束${n(c)}个会话。`);
  }
  assert.equal(n(1000000), '1,000,000');
});

test('zh: the only plural category is other', () => {
  assert.deepEqual(new Intl.PluralRules('zh').resolvedOptions().pluralCategories, ['other']);
  for (const key of Object.keys(zh)) assert.doesNotMatch(key, /_(zero|one|two|few|many)$/, key);
});
