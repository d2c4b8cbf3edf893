import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { AppError, errorDescription, errorTitle, formatLocation } from './errors.ts';
import { LANGS } from './i18n/langs.ts';
import { render, templateOf } from './i18n/messages.ts';
import { platformText as t } from './messages.ts';
import { issueText, PARSE_OPTIONS, zodText } from './zod-text.ts';

test('every error code has a title and a description in each language, English the reference', () => {
  for (const lang of LANGS) {
    assert.equal(templateOf('platform', 'code.not_found.title', lang) !== undefined, true, lang);
    if (lang !== 'en') assert.notEqual(errorTitle('forbidden', lang), errorTitle('forbidden'), lang);
  }
  assert.equal(errorTitle('not_found'), 'Not found');
  assert.match(errorDescription('locked', 'fr'), /HWMO_DATA_DIR/);
});

test('a location in each language', () => {
  const loc = { file: 'x.csv', row: 5, column: 'area' };
  assert.equal(formatLocation(loc), 'x.csv, row 5, column "area"');
  assert.equal(formatLocation(loc, 'fr'), 'x.csv, ligne 5, colonne "area"');
  assert.equal(formatLocation(loc, 'zh'), 'x.csv，第 5 行，列 "area"');
  assert.equal(formatLocation(loc, 'ar'), 'x.csv، الصف 5، العمود "area"');
});

test('plural forms of a real message in Russian and Arabic (1, 2, 5, 11, 21)', () => {
  const say = (lang: 'ru' | 'ar', count: number) =>
    render(t('query.repeated', { name: '"area"', count }), lang);
  assert.match(say('ru', 2), /указан 2 раза$/);
  assert.match(say('ru', 5), /указан 5 раз$/);
  assert.match(say('ru', 11), /указан 11 раз$/);
  assert.match(say('ru', 21), /указан 21 раз$/);
  assert.match(say('ar', 1), /مرة واحدة$/);
  assert.match(say('ar', 2), /مرتين$/);
  assert.match(say('ar', 5), /5 مرات$/);
  assert.match(say('ar', 11), /11 مرة$/);
  assert.match(say('ar', 100), /100 مرة$/);
  assert.equal(
    render(t('query.repeated', { name: '"area"', count: 3 })),
    'Query parameter "area" is given 3 times',
  );
});

test('an AppError of Texts renders in each language and logs in English', () => {
  const err = new AppError('read_only', t('readonly.refused', { action: 'POST /api/areas' }), {
    hint: t('readonly.hint'),
  });
  assert.ok(err.isData);
  assert.equal(err.message, 'This observatory is read-only: POST /api/areas is refused');
  assert.equal(
    err.localize('es').message,
    'Este observatorio es de solo lectura: se rechaza POST /api/areas',
  );
});

test("zod's issues in each language from its locales; a schema's own Text kept as a Text", () => {
  const schema = z.object({ n: z.number(), y: z.string().regex(/^\d{4}$/, zodText(t('value.year_range'))) });
  const result = schema.safeParse({ n: 'x', y: 'soon' }, PARSE_OPTIONS);
  assert.ok(!result.success);
  const [n, y] = result.error.issues.map(issueText);
  assert.ok(n && y);
  assert.match(render(n), /expected number/);
  assert.match(render(n, 'fr'), /nombre attendu/);
  assert.match(render(n, 'ru'), /ожидалось число/);
  assert.equal(render(y, 'zh'), '年份（2020）或范围（2010-2020）');
  // A message a schema wrote in English stays as it is.
  const own = z.string().min(3, 'too short').safeParse('a', PARSE_OPTIONS);
  assert.ok(!own.success);
  assert.equal(issueText(own.error.issues[0] as z.core.$ZodIssue), 'too short');
});
