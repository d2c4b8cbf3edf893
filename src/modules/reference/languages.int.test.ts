import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { authenticate, configureAccounts, createSetupLink } from '../accounts/index.ts';
import { registerAudit } from '../audit/index.ts';
import { FromStocksBodySchema } from '../flows/schemas.ts';

/**
 * A problem of each module, asked for in French and in Arabic. Through HTTP the problem is rendered by the platform:
 * where it says which language it answers in (Content-Language), its words must be that language's; otherwise
 * (a platform that renders English only) they must be the English of the same message. The error itself is checked
 * in every language by the use case that throws it.
 */
const config = loadConfig({});
configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });

const PASSWORD = 'admin password of twelve+';

interface Problem {
  code: string;
  title: string;
  detail?: string;
  errors?: Array<{ message: string }>;
}

/** Words that must not appear in a French or an Arabic message (the English of these modules' messages). */
const ENGLISH = /\b(the|is not|must|Unknown|cannot|has no|already|of the)\b/;

function checkLocalized(err: unknown, code: string): AppError {
  assert.ok(err instanceof AppError, String(err));
  assert.equal(err.code, code);
  assert.ok(err.isData, `${err.message}: every word is a Text`);
  for (const lang of ['fr', 'ar', 'ru', 'zh', 'es'] as const) {
    const l = err.localize(lang);
    assert.notEqual(l.message, err.message, `${lang}: ${l.message}`);
    assert.doesNotMatch(l.message, ENGLISH, `${lang}: ${l.message}`);
    for (const e of l.errors) assert.doesNotMatch(e.message, ENGLISH, `${lang}: ${e.message}`);
  }
  // Codes, names and quoted values stay as they are; the words around them are Arabic, Chinese, Russian.
  assert.match(err.localize('ar').message, /[\u0600-\u06FF]/);
  assert.match(err.localize('zh').message, /[\u4E00-\u9FFF]/);
  assert.match(err.localize('ru').message, /[\u0400-\u04FF]/);
  return err;
}

async function thrown(promise: Promise<unknown> | (() => unknown)): Promise<unknown> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    return e;
  }
  return assert.fail('no error');
}

describe('a problem of each module in French and Arabic', () => {
  let db: Database;
  let app: Hono;
  let cookie = '';
  let csrf = '';

  before(async () => {
    db = await testDatabase();
    app = createApp({ db, config, authenticate, web: null, checkResponses: true });
    const made = await createSetupLink(operatorContext(db), { baseUrl: 'http://127.0.0.1:8080' });
    const token = new URL(made?.link ?? '').searchParams.get('token') ?? '';
    const res = await app.request('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'admin@example.org', name: 'Ada Admin', password: PASSWORD }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  });
  after(async () => {
    await db.close();
  });

  async function ask(
    lang: Lang,
    method: string,
    path: string,
    body?: unknown,
    opts: { signedIn?: boolean } = {},
  ): Promise<{ problem: Problem; language: string | null; status: number }> {
    const headers: Record<string, string> = { 'accept-language': `${lang};q=1, en;q=0.5` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.signedIn) {
      headers.cookie = cookie;
      headers['x-csrf-token'] = csrf;
    }
    const res = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/, text);
    return {
      problem: JSON.parse(text) as Problem,
      language: res.headers.get('content-language'),
      status: res.status,
    };
  }

  /** The problem's detail is the error's message in the language the answer declares (English if none). */
  async function inBoth(
    name: string,
    code: string,
    request: (lang: Lang) => Promise<{ problem: Problem; language: string | null }>,
    direct: () => Promise<unknown> | unknown,
  ): Promise<void> {
    const err = checkLocalized(await thrown(async () => direct()), code);
    for (const lang of ['fr', 'ar'] as const) {
      const { problem, language } = await request(lang);
      assert.equal(problem.code, code, `${name}: ${JSON.stringify(problem)}`);
      const said = language?.startsWith(lang) ? lang : 'en';
      assert.ok(
        (problem.detail ?? '').includes(err.localize(said).message),
        `${name} (${lang}, answered in ${language ?? 'English'}): ${problem.detail} ∌ ${err.localize(said).message}`,
      );
    }
  }

  test('accounts: wrong e-mail address or password', async () => {
    const { signIn } = await import('../accounts/index.ts');
    await inBoth(
      'accounts',
      'unauthenticated',
      (lang) =>
        ask(lang, 'POST', '/api/session', { email: 'nobody@example.org', password: 'not the password' }),
      () =>
        signIn(operatorContext(db), {
          email: 'nobody@example.org',
          password: 'not the password',
          client: { address: null, userAgent: null },
        }),
    );
  });

  test('approvals: an unknown country', async () => {
    const { actOnApproval } = await import('../approvals/index.ts');
    await inBoth(
      'approvals',
      'not_found',
      (lang) => ask(lang, 'POST', '/api/approvals/QQQ/2020/submit', {}, { signedIn: true }),
      () => actOnApproval(operatorContext(db), { area: 'QQQ', year: 2020, action: 'submit' }),
    );
  });

  test('approvals: a transition the state does not allow names the unit, the state and the action', async () => {
    const { transition } = await import('../approvals/index.ts');
    const err = checkLocalized(
      await thrown(() =>
        transition({ areaName: 'Ghana', year: 2020, source: null }, 'approved', 'approve', 'x'),
      ),
      'invalid_state_transition',
    );
    assert.equal(err.message, 'Ghana 2020 (all datasets) is approved: it cannot be approved');
    assert.equal(
      err.localize('fr').message,
      'Ghana 2020 (tous les jeux de données) est à l’état « approuvé » : il ne peut pas être approuvé',
    );
    assert.match(err.localize('ar').message, /معتمَدة/);
    assert.match(err.localize('zh').message, /已批准/);
  });

  test('flows: net totals that do not sum to zero', async () => {
    const { flowsFromNet } = await import('../flows/index.ts');
    const body = {
      areas: ['A', 'B'],
      seed: [
        [0, 1],
        [1, 0],
      ],
      net: [1, 1],
    };
    await inBoth(
      'flows',
      'invalid_input',
      (lang) => ask(lang, 'POST', '/api/flows/net', body),
      () => flowsFromNet(body),
    );
  });

  test('indicators: the SDG gap for one cadre only', async () => {
    const { checkOccupations } = await import('../indicators/index.ts');
    await inBoth(
      'indicators',
      'invalid_input',
      (lang) => ask(lang, 'GET', '/api/indicators?indicator=sdg-gap&occupation=medical-doctors'),
      () => checkOccupations('sdg-gap', ['medical-doctors']),
    );
  });

  test('profiles: an unknown area', async () => {
    const { areaProfile } = await import('../profiles/index.ts');
    await inBoth(
      'profiles',
      'not_found',
      (lang) => ask(lang, 'GET', '/api/areas/QQQ/profile'),
      () => areaProfile(operatorContext(db), 'QQQ'),
    );
  });

  test('reference: a subnational unit under an unknown parent', async () => {
    const { addSubnationalAreas } = await import('./add-areas.ts');
    const areas = [{ code: 'XX-1', name: 'Nowhere', parent: 'NARNIA', aliases: [] }];
    await inBoth(
      'reference',
      'unknown_area',
      (lang) => ask(lang, 'POST', '/api/areas', { areas }, { signedIn: true }),
      () => addSubnationalAreas(operatorContext(db), { areas }),
    );
  });

  test('safeguards: an edition that does not exist', async () => {
    const { requireEdition } = await import('../safeguards/index.ts');
    await inBoth(
      'safeguards',
      'not_found',
      (lang) => ask(lang, 'GET', '/api/safeguards/2031'),
      () => requireEdition(2031),
    );
  });

  test('audit: a malformed --object (a CLI problem)', async () => {
    const { Command } = await import('commander');
    const program = new Command().exitOverride();
    registerAudit(program);
    checkLocalized(
      await thrown(program.parseAsync(['node', 'hwmo', 'audit', '--object', 'batch'])),
      'invalid_input',
    );
  });

  test('flows: a warning of an estimate is said in the reader’s language, its data left out of the answer', async () => {
    const body = {
      areas: ['A', 'B'],
      stockStart: [
        [100, 10],
        [5, 200],
      ],
      stockEnd: [
        [-5, 20],
        [8, 210],
      ],
    };
    const { localizeWarnings, flowsFromStocks } = await import('../flows/index.ts');
    const said = (lang: Lang) =>
      (
        localizeWarnings(flowsFromStocks(FromStocksBodySchema.parse(body)), lang) as {
          warnings: Array<{ code: string; message: string }>;
        }
      ).warnings.find((w) => w.code === 'negative_native_born')?.message ?? '';
    assert.match(said('en'), /^There are more foreign-born than total population in A \(stockEnd\)/);
    assert.match(said('fr'), /^Il y a plus de personnes nées à l’étranger que de population totale en A/);
    assert.match(said('ar'), /عدد المولودين في الخارج في A/);
    assert.match(said('zh'), /A（stockEnd）的外国出生人口多于总人口/);
    for (const lang of ['fr', 'ar'] as const) {
      const res = await app.request('/api/flows/from-stocks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      assert.equal(res.status, 200, text);
      const w = (JSON.parse(text) as { warnings: Array<Record<string, unknown>> }).warnings.find(
        (x) => x.code === 'negative_native_born',
      );
      assert.ok(w, text);
      assert.equal(w.text, undefined, 'the message as data stays out of the answer');
      const language = res.headers.get('content-language');
      // Rendered in the request's language (English where the platform does not yet negotiate it).
      if (language) assert.equal(w.message, said(language.startsWith(lang) ? lang : 'en'));
      else assert.ok([said(lang), said('en')].includes(String(w.message)), String(w.message));
    }
  });

  test('plural messages follow each language’s categories', async () => {
    const { accountText: text } = await import('../accounts/index.ts');
    const { render } = await import('../../platform/i18n/messages.ts');
    const say = (count: number, lang: Lang) => render(text('throttled_detail', { count }), lang);
    assert.match(say(1, 'en'), /1 more minute,/);
    assert.match(say(5, 'en'), /5 more minutes,/);
    assert.match(say(1, 'ru'), /1 минуту/);
    assert.match(say(2, 'ru'), /2 минуты/);
    assert.match(say(5, 'ru'), /5 минут /);
    assert.match(say(21, 'ru'), /21 минуту/);
    assert.match(say(1, 'ar'), /لمدة دقيقة أخرى/);
    assert.match(say(2, 'ar'), /دقيقتين/);
    assert.match(say(5, 'ar'), /دقائق/);
    assert.match(say(11, 'ar'), /دقيقة أخرى/);
    assert.match(say(15, 'zh'), /15 分钟/);
  });
});
