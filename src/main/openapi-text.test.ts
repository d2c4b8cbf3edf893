import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { OPENAPI_TEXTS, openApiTexts } from '../platform/http/openapi.ts';
import { LANGS } from '../platform/i18n/langs.ts';
import { createApp } from './app.ts';

// The description is built from the declarations alone: no request reaches the database.
const app = createApp({ db: {} as Database, config: loadConfig({}), web: null });

async function openapi(query = '', headers: Record<string, string> = {}) {
  const res = await app.request(`/api/openapi.json${query}`, { headers });
  assert.equal(res.status, 200);
  return { res, doc: (await res.json()) as Record<string, unknown> };
}

describe('the API description in six languages', async () => {
  const { doc: english } = await openapi();
  const texts = openApiTexts(english);

  for (const lang of LANGS) {
    if (lang === 'en') continue;
    test(`every English text of the description has a translation in ${lang}`, () => {
      const table = OPENAPI_TEXTS[lang];
      const missing = [...texts].filter((text) => !Object.hasOwn(table, text)).sort();
      assert.deepEqual(missing, [], `${missing.length} texts without a ${lang} translation`);
      const stale = Object.keys(table)
        .filter((text) => !texts.has(text))
        .sort();
      assert.deepEqual(
        stale,
        [],
        `${stale.length} ${lang} translations of texts the description no longer has`,
      );
    });
  }

  test('?lang and Accept-Language choose the language; ?lang wins', async () => {
    const { res, doc } = await openapi('?lang=fr', { 'accept-language': 'ru' });
    assert.equal(res.headers.get('content-language'), 'fr');
    assert.match(res.headers.get('vary') ?? '', /accept-language/i);
    const info = doc.info as { title: string };
    assert.equal(info.title, 'hwmo — API de l’Observatoire des migrations des personnels de santé');
    const byHeader = await openapi('', { 'accept-language': 'fr-CH, en;q=0.5' });
    assert.equal(byHeader.res.headers.get('content-language'), 'fr');
    assert.deepEqual(byHeader.doc, doc);
  });

  test('the problem types carry their titles and descriptions from the platform catalogue', async () => {
    const { doc } = await openapi('?lang=zh');
    const types = doc['x-problem-types'] as Array<{ code: string; title: string; description: string }>;
    assert.equal(types.find((t) => t.code === 'not_found')?.title, '未找到');
    const en = (english['x-problem-types'] as Array<{ code: string; title: string }>).find(
      (t) => t.code === 'forbidden',
    );
    assert.equal(en?.title, 'Not allowed');
  });

  test('an unknown ?lang is refused naming the languages', async () => {
    const res = await app.request('/api/openapi.json?lang=de');
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: Array<{ field: string; message: string }> };
    assert.equal(problem.errors[0]?.field, 'lang');
    assert.match(problem.errors[0]?.message ?? '', /ar, zh, en, fr, ru, es/);
  });
});
