import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LocalText } from '../schemas.ts';
import { localText } from './text.ts';

const TEXT: LocalText = {
  en: 'Designated national authority',
  fr: 'Autorité nationale désignée',
  es: 'Autoridad nacional designada',
  ar: 'السلطة الوطنية المعيّنة',
  ru: 'Назначенный национальный орган',
  zh: '指定的国家主管部门',
};

test('localText gives the text in each of the six languages', () => {
  const cases = [
    ['en', 'Designated national authority'],
    ['fr', 'Autorité nationale désignée'],
    ['es', 'Autoridad nacional designada'],
    ['ar', 'السلطة الوطنية المعيّنة'],
    ['ru', 'Назначенный национальный орган'],
    ['zh', '指定的国家主管部门'],
  ] as const;
  for (const [lang, expected] of cases) assert.equal(localText(TEXT, lang), expected, lang);
});

test('localText falls back to English for a blank text (data not checked by the schema)', () => {
  assert.equal(localText({ ...TEXT, ru: '  ' }, 'ru'), 'Designated national authority');
  assert.notEqual(localText(TEXT, 'ru'), 'Designated national authority');
});
