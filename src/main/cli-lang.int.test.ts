import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { testApp } from '../../test/actors.ts';
import { cliInTempDir, hwmoEnv, runHwmo } from '../../test/cli.ts';
import { serverClient } from '../platform/cli/server-client.ts';
import type { Database } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-cli-lang-');

describe('the CLI in the language asked for', () => {
  // A server whose refusals come before any database work: enough to see a forwarded problem's language.
  let server: ReturnType<typeof serve>;
  let url: string;
  before(async () => {
    const app = testApp({ db: {} as Database, web: null });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
  });

  test('--lang fr: the error, its labels and its hint in French, the exit code unchanged', async () => {
    const r = await hwmo('--lang', 'fr', '--server', 'nowhere', 'batches');
    assert.equal(r.code, 2);
    assert.match(r.err, /^erreur : --server "nowhere" n’est pas une URL http:\/\/ \(champ "--server"\)$/m);
    const en = await hwmo('--server', 'nowhere', 'batches');
    assert.equal(en.code, 2);
    assert.match(en.err, /^error: --server "nowhere" is not an http:\/\/ URL/m);
  });

  test('an unknown --lang is refused naming the six languages', async () => {
    const r = await hwmo('--lang', 'de', 'batches');
    assert.equal(r.code, 2);
    assert.match(r.err, /--lang "de" is not one of the languages ar, zh, en, fr, ru, es/);
  });

  test('a command sent to a server receives its problem in the CLI’s language', async () => {
    const r = await hwmo('--lang', 'fr', '--server', url, 'users', 'list');
    assert.equal(r.code, 8);
    assert.match(r.err, /^erreur : Connectez-vous pour gérer les utilisateurs/m);
    assert.match(r.err, /^astuce : connectez-vous, ou envoyez un jeton d’API personnel/m);
    const zh = await hwmo('--lang=zh', '--server', url, 'users', 'list');
    assert.match(zh.err, /^错误：请登录后再管理用户/m);
  });

  test('the server client sends Accept-Language', async () => {
    const client = serverClient(url, { lang: 'ru' });
    await assert.rejects(client.get('/api/nope'), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'not_found');
      assert.equal(err.message, 'Нет маршрута GET /api/nope');
      return true;
    });
  });

  test('LANG=ru_RU.UTF-8 and HWMO_LANG choose the language of a spawned hwmo; --lang beats both', async () => {
    const ru = await runHwmo(
      ['--server', 'nowhere', 'batches'],
      hwmoEnv(`${dir}/data`, { LANG: 'ru_RU.UTF-8' }),
    );
    assert.equal(ru.code, 2);
    assert.match(ru.err, /^ошибка: --server "nowhere" не является URL http:\/\//m);
    const es = await runHwmo(
      ['--server', 'nowhere', 'batches'],
      hwmoEnv(`${dir}/data`, { LANG: 'ru_RU.UTF-8', HWMO_LANG: 'es' }),
    );
    assert.match(es.err, /^error: --server "nowhere" no es una URL http:\/\//m);
    const ar = await runHwmo(
      ['--lang', 'ar', '--server', 'nowhere', 'batches'],
      hwmoEnv(`${dir}/data`, { LANG: 'ru_RU.UTF-8', HWMO_LANG: 'es' }),
    );
    assert.match(ar.err, /^خطأ: --server "nowhere" ليس عنوان URL من نوع http:\/\//m);
    const bad = await runHwmo(['batches'], hwmoEnv(`${dir}/data`, { HWMO_LANG: 'klingon' }));
    assert.equal(bad.code, 2);
    assert.match(bad.err, /HWMO_LANG/);
  });
});
