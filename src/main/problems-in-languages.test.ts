import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { requestAs, testApp, userActor } from '../../test/actors.ts';
import type { Database } from '../platform/db/client.ts';
import { errorTitle } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/langs.ts';

// Every problem here is raised before a handler runs: no request reaches the database.
const app = testApp({ db: {} as Database, web: null });

interface Problem {
  title: string;
  detail: string;
  hint?: string;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

async function problem(res: Response | Promise<Response>) {
  const r = await res;
  assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
  return {
    status: r.status,
    lang: r.headers.get('content-language'),
    vary: r.headers.get('vary'),
    body: (await r.json()) as Problem,
  };
}

const LANGS_SEEN = ['fr', 'ar', 'ru', 'zh', 'es'] as const satisfies readonly Lang[];

/** Words each problem's detail says in each language (from the platform catalogue). */
const SAYS: Record<
  'validation' | 'notFound' | 'forbidden' | 'host',
  Record<(typeof LANGS_SEEN)[number], RegExp>
> = {
  validation: {
    fr: /paramètre de requête inconnu "kindd" ; vouliez-vous dire « kind » \?/i,
    ar: /معلمة استعلام غير معروفة "kindd"؛ هل تقصد "kind"؟/,
    ru: /неизвестный параметр запроса "kindd"; возможно, имелось в виду "kind"\?/i,
    zh: /未知查询参数 "kindd"；您是否指 "kind"？/,
    es: /parámetro de consulta desconocido "kindd"; ¿quiso decir "kind"\?/i,
  },
  notFound: {
    fr: /^Aucune route GET \/api\/nope$/,
    ar: /^لا يوجد مسار GET \/api\/nope$/,
    ru: /^Нет маршрута GET \/api\/nope$/,
    zh: /^没有路由 GET \/api\/nope$/,
    es: /^No hay ninguna ruta GET \/api\/nope$/,
  },
  forbidden: {
    fr: /^Non autorisé à gérer les utilisateurs Il faut pour cela la permission users\.manage, que data-manager-gha@example\.org ne détient pas\.$/,
    ar: /^غير مسموح بـإدارة المستخدمين يتطلّب هذا الإذن users\.manage، الذي لا يحمله data-manager-gha@example\.org\.$/,
    ru: /^Не разрешено управлять пользователями .*users\.manage/,
    zh: /^不允许管理用户 .*users\.manage/,
    es: /^No se permite gestionar usuarios .*users\.manage/,
  },
  host: {
    fr: /^Ce serveur ne répond pas pour l’hôte "evil\.example"$/,
    ar: /^لا يجيب هذا الخادم عن المضيف "evil\.example"$/,
    ru: /^Этот сервер не отвечает на хост "evil\.example"$/,
    zh: /^本服务器不响应主机 "evil\.example"$/,
    es: /^Este servidor no responde al host "evil\.example"$/,
  },
};

describe('problems in the reader’s language', () => {
  for (const lang of LANGS_SEEN) {
    test(`${lang}: a validation error, a not-found, a forbidden and an unknown host`, async () => {
      const headers = { 'accept-language': `${lang};q=0.9, en;q=0.1` };

      const invalid = await problem(app.request('/api/areas?kindd=country', { headers }));
      assert.equal(invalid.status, 400);
      assert.equal(invalid.lang, lang);
      assert.match(invalid.vary ?? '', /accept-language/i);
      assert.equal(invalid.body.title, errorTitle('invalid_input', lang));
      assert.notEqual(invalid.body.title, errorTitle('invalid_input', 'en'));
      assert.match(invalid.body.detail, SAYS.validation[lang]);
      assert.match(invalid.body.errors?.[0]?.message ?? '', SAYS.validation[lang]);

      // zod's own words, from its locale of the language, beside hwmo's suggestion.
      const value = await problem(app.request('/api/areas?kind=contry', { headers }));
      assert.equal(value.lang, lang);
      assert.match(value.body.errors?.[0]?.message ?? '', /"contry"/);
      assert.doesNotMatch(value.body.errors?.[0]?.message ?? '', /unknown value|did you mean/);

      const missing = await problem(app.request('/api/nope', { headers }));
      assert.equal(missing.status, 404);
      assert.equal(missing.lang, lang);
      assert.equal(missing.body.title, errorTitle('not_found', lang));
      assert.match(missing.body.detail, SAYS.notFound[lang]);

      const refused = await problem(requestAs(app, userActor('data_manager'), '/api/users', { headers }));
      assert.equal(refused.status, 403);
      assert.equal(refused.lang, lang);
      assert.equal(refused.body.title, errorTitle('forbidden', lang));
      assert.match(refused.body.detail, SAYS.forbidden[lang]);
      assert.ok(refused.body.hint && refused.body.hint !== 'ask an administrator for a role that allows it');

      const host = await problem(
        app.request('/api/health', { headers: { ...headers, host: 'evil.example' } }),
      );
      assert.equal(host.status, 421);
      assert.equal(host.lang, lang);
      assert.equal(host.body.title, errorTitle('misdirected', lang));
      assert.match(host.body.detail, SAYS.host[lang]);
    });

    test(`${lang}: ?lang beats Accept-Language`, async () => {
      const other = lang === 'fr' ? 'ru' : 'fr';
      const res = await problem(
        app.request(`/api/nope?lang=${lang}`, { headers: { 'accept-language': other } }),
      );
      assert.equal(res.lang, lang);
      assert.match(res.body.detail, SAYS.notFound[lang]);
      const host = await problem(
        app.request(`/api/health?lang=${lang}`, {
          headers: { 'accept-language': other, host: 'evil.example' },
        }),
      );
      assert.equal(host.lang, lang);
      assert.match(host.body.detail, SAYS.host[lang]);
    });
  }

  test('the account’s language is used when neither ?lang nor Accept-Language says one', async () => {
    const russian = userActor('data_manager', 'GHA', { lang: 'ru' });
    const res = await problem(requestAs(app, russian, '/api/users'));
    assert.equal(res.lang, 'ru');
    assert.equal(res.body.title, errorTitle('forbidden', 'ru'));
    const asked = await problem(
      requestAs(app, russian, '/api/users', { headers: { 'accept-language': 'zh-CN' } }),
    );
    assert.equal(asked.lang, 'zh');
  });

  test('English stays the default, with Content-Language en', async () => {
    const res = await problem(app.request('/api/nope'));
    assert.equal(res.lang, 'en');
    assert.equal(res.body.detail, 'No route GET /api/nope');
    assert.equal(res.body.title, 'Not found');
  });
  test('the problem type pages in the language asked for', async () => {
    const res = await app.request('/problems/forbidden?lang=ar');
    assert.equal(res.headers.get('content-language'), 'ar');
    const type = (await res.json()) as { title: string; description: string; status: number };
    assert.equal(type.title, 'غير مسموح');
    assert.equal(type.status, 403);
    const page = await app.request('/problems/forbidden', {
      headers: { accept: 'text/html', 'accept-language': 'ar' },
    });
    const html = await page.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /رمز خروج سطر الأوامر/);
    const list = (await (await app.request('/problems?lang=ru')).json()) as {
      items: Array<{ title: string }>;
    };
    assert.ok(list.items.some((t) => t.title === 'Не найдено'));
  });
});
