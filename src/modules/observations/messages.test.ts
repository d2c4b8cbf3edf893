import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readText, refusal } from '../../../test/importers.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../platform/config.ts';
import { LANGS } from '../../platform/i18n/langs.ts';
import { render, templateOf } from '../../platform/i18n/messages.ts';
import { scopeRefusal } from './domain/scope.ts';
import { text } from './messages.ts';

const MODULE = fileURLToPath(new URL('.', import.meta.url));

test('an importer error names file, row and column in French, Arabic and Russian', async () => {
  const err = await refusal(
    readText('santé.csv', `measure,area,year,value\nstock,GHA,2020,"${'x'.repeat(40_000)}"\n`, {
      limits: { ...DEFAULT_IMPORT_LIMITS, maxFieldChars: 1000 },
    }),
  );
  assert.deepEqual(err.location, { file: 'santé.csv', row: 2, column: 'value' });
  assert.match(
    err.localize('en').message,
    /^row 2, column "value" holds 40000 characters, more than the 1000/,
  );
  assert.match(err.localize('fr').message, /^ligne 2, colonne "value" : 40000 caractères/);
  assert.match(err.localize('ar').message, /^الصف 2، العمود "value": 40000 حرفًا/);
  assert.match(err.localize('ru').message, /^строка 2, столбец "value": 40000 символов/);
  assert.match(err.localize('zh').message, /^第 2 行 "value" 列含有 40000 个字符/);
  assert.match(err.localize('es').message, /^fila 2, columna "value": 40000 caracteres/);
  assert.ok(err.isData, 'message, detail and hint are Texts');
});

test('a counting message takes the Russian forms for 1, 2, 5 and 21', () => {
  const say = (count: number) => render(text('unknownAreasDetail', { count }), 'ru');
  assert.equal(say(1), '1 строка называет территорию, неизвестную hwmo; ничего не импортировано.');
  assert.equal(say(2), '2 строки называют территорию, неизвестную hwmo; ничего не импортировано.');
  assert.equal(say(5), '5 строк называют территорию, неизвестную hwmo; ничего не импортировано.');
  assert.equal(say(21), '21 строка называет территорию, неизвестную hwmo; ничего не импортировано.');
  const cells = (count: number) => render(text('templateInvalidCellsDetail', { count, file: 'a.csv' }), 'ru');
  assert.match(cells(1), /^1 недопустимая ячейка/);
  assert.match(cells(3), /^3 недопустимые ячейки/);
  assert.match(cells(11), /^11 недопустимых ячеек/);
  assert.match(cells(21), /^21 недопустимая ячейка/);
});

test('a counting message takes the Arabic forms for 0, 1, 2, 3, 11 and 100', () => {
  const say = (count: number) => render(text('unknownAreasDetail', { count }), 'ar');
  assert.equal(say(0), 'لا يوجد صف يذكر منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
  assert.equal(say(1), 'صف واحد يذكر منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
  assert.equal(say(2), 'صفان يذكران منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
  assert.equal(say(3), '3 صفوف تذكر منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
  assert.equal(say(11), '11 صفًا تذكر منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
  assert.equal(say(100), '100 صف تذكر منطقة لا يعرفها hwmo؛ لم يُستورد شيء.');
});

test('English counts say "1 row" and "3 rows", not "row(s)"', () => {
  assert.equal(
    render(text('unknownAreasDetail', { count: 1 })),
    '1 row names an area hwmo does not know; nothing was imported.',
  );
  assert.equal(
    render(text('unknownAreasDetail', { count: 3 })),
    '3 rows name an area hwmo does not know; nothing was imported.',
  );
  const refused = scopeRefusal(
    [{ area: 'KEN', firstRow: 5 }],
    () => false,
    { kind: 'rollback', batch: 7 },
    'k.csv',
  );
  assert.ok(refused);
  assert.equal(render(refused.message), 'You may not roll back batch 7: it holds values for area KEN');
  assert.equal(
    render(refused.message, 'fr'),
    "Vous n'êtes pas autorisé à annuler le lot 7 : il contient des valeurs pour la zone KEN",
  );
});

test('every message exists in the six languages', () => {
  const keys = allKeys();
  assert.ok(keys.length > 100);
  for (const key of keys)
    for (const lang of LANGS) {
      const plural = templateOf('observations', `${key}_other`, lang);
      assert.ok(templateOf('observations', key, lang) ?? plural, `${key} in ${lang}`);
    }
});

function allKeys(): string[] {
  const source = readFileSync(join(MODULE, 'messages.ts'), 'utf8');
  const en = source.slice(source.indexOf('const en = {'), source.indexOf('} as const;'));
  return [...new Set([...en.matchAll(/^ {2}([A-Za-z0-9]+?)(?:_one|_other)?:/gm)].map((m) => m[1] as string))];
}
