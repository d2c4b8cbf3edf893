import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { createSetupLink } from '../../src/modules/accounts/index.ts';
import { saveRegisterSettings } from '../../src/modules/recruiters/save-register.ts';
import { operatorContext } from '../../src/platform/context.ts';
import { OPENAPI_TEXTS } from '../../src/platform/http/openapi.ts';
import { dirOf, LANGS, type Lang } from '../../src/platform/i18n/langs.ts';
import { ar } from '../../web/src/i18n/ar.ts';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import { fr } from '../../web/src/i18n/fr.ts';
import { ru } from '../../web/src/i18n/ru.ts';
import { zh } from '../../web/src/i18n/zh.ts';
import { axeViolations, type Observatory, startObservatory } from './harness.ts';

const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const CATALOGUES: Record<Lang, Record<string, string>> = { ar, zh, en, fr, ru, es };
/** The API description's texts in each language: the parameter values they name are meant, not left over. */
const API_TEXTS: Record<Lang, Readonly<Record<string, string>>> = { ...OPENAPI_TEXTS, en: {} };

/** Every page of the web app; the signed-in ones are opened by the first administrator. */
export const LANGUAGE_PAGES = [
  ['map', '/'],
  ['map, Safeguards List', '/?indicator=ssl'],
  ['country profile', '/country/GHA'],
  ['country profile of a destination', '/country/GBR'],
  ['flows', '/flows?mode=destination&area=USA'],
  ['comparison', '/compare?region=AFR'],
  ['data', '/data'],
  ['API documentation', '/api-docs'],
  ['not found', '/no-such-page'],
  ['sign-in', '/sign-in'],
  ['password reset', '/reset-password'],
  ['invitation with a bad link', '/invitation?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ['account', '/account'],
  ['users', '/admin/users'],
  ['invitations', '/admin/invitations'],
  ['outbox', '/admin/outbox'],
  ['audit trail', '/audit'],
  ['data approval', '/approvals'],
  ['data approval of a country', '/approvals?area=GHA'],
  ['import', '/import'],
  ['published reports', '/reports'],
  ['Code reporting', '/reporting'],
  ['recruiters’ register', '/recruiters'],
  ['applying to the recruiters’ register', '/recruiters?view=apply'],
  ['complaint about a recruiter', '/recruiters?view=complain'],
  ['recruitment status', '/recruitment?destination=GBR&origin=NGA&occupation=nursing-personnel&status=red'],
  ['working abroad', '/health-workers?origin=NGA&destination=GBR&occupation=nursing-personnel'],
  ['staffing need (WISN)', '/wisn'],
  ['planning', '/planning?area=GHA'],
] as const;

/** Words that are the same in every language: codes, formats, names of publishers and of hwmo itself. */
const ANY_LANGUAGE = new Set(
  'hwmo api csv svg png xlsx sdmx json openapi http https url oecd who nhwa iso eurostat ilo unesco sdg ssl id'.split(
    ' ',
  ),
);

/** Words of English that French and Spanish never use: a sentence holding them is English. */
const ENGLISH_ONLY = new Set(
  'the and with from this that which are were been for not of to is was by'.split(' '),
);

const placeholder = /\{\{[^}]+\}\}/g;

/**
 * Whether a text is a rendering of a template cut at its placeholders: it starts with the first literal, ends with
 * the last, holds the others in order, and each placeholder stands for at least one character. (Taking each literal
 * at its earliest place decides this in linear time, where a regular expression of lazy wildcards backtracks.)
 */
function rendersTemplate(parts: readonly string[], text: string): boolean {
  if (parts.length === 1) return text === parts[0];
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, at + 1);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return end > at;
}
const wordsOf = (s: string) =>
  (s.replace(placeholder, ' ').match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());

/**
 * What would betray English in a page of `lang`: each English message whose translation differs, as a pattern
 * matching any rendering of it; and, for languages not written in Latin letters, the English words of the catalogue
 * that the language's own catalogue never uses.
 */
function englishDetector(lang: Lang) {
  const own = CATALOGUES[lang];
  const ownText = [...Object.values(own), ...Object.values(API_TEXTS[lang])].join(' ');
  const patterns: { key: string; parts: string[] }[] = [];
  for (const [key, english] of Object.entries(en)) {
    const base = key.replace(/_(one|other)$/, '');
    const translations = Object.entries(own)
      .filter(([k]) => k === key || k.replace(/_(zero|one|two|few|many|other)$/, '') === base)
      .map(([, v]) => v);
    if (translations.includes(english)) continue;
    const literal = english.replace(placeholder, '').trim();
    if (wordsOf(literal).length < 2 && literal.length < 12) continue;
    patterns.push({ key, parts: english.split(placeholder) });
  }
  const nonLatin = lang === 'ar' || lang === 'zh' || lang === 'ru';
  const ownWords = new Set(wordsOf(ownText));
  const englishWords = new Set(
    Object.values(en)
      .flatMap(wordsOf)
      .filter((w) => !ownWords.has(w) && !ANY_LANGUAGE.has(w)),
  );
  return (text: string, properNames: readonly string[]): string | null => {
    const hit = patterns.find((p) => rendersTemplate(p.parts, text));
    if (hit) return `English message ${hit.key}`;
    // Codes are what they are: file names, dataset and indicator codes, addresses (a "_", "@", "/" or inner dot),
    // command-line options (--format), HTTP header names (Retry-After) and kebab-case codes (nursing-and-midwifery).
    const bare = properNames
      .reduce((t, name) => t.split(name).join(' '), text)
      .replace(
        /\S*(?:[_@/]|\w\.\w)\S*|(?<!\w)--?\w[\w-]*|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g,
        ' ',
      );
    const words = (bare.match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase());
    const english = nonLatin
      ? words.filter((w) => w.length >= 3 && englishWords.has(w))
      : words.filter((w) => ENGLISH_ONLY.has(w));
    if (english.length) return `English words ${english.join(' ')}`;
    return null;
  };
}

const KEYS = new Set(Object.keys(en).flatMap((k) => [k, k.replace(/_(one|other)$/, '')]));

/**
 * The words a reader meets on the page, as [where, text]: text nodes (visually hidden ones too, which screen readers
 * speak), the attributes that are read out or shown (aria-label, title, placeholder, alt), the title and the
 * description. Text marked as another language (`lang`), as not to be translated (`translate="no"`) or as code is
 * left out: source titles, people's names and commands are what they are.
 */
async function wordsOnPage(page: Page): Promise<[string, string][]> {
  return (await page.evaluate(`(() => {
    const pageLang = document.documentElement.lang;
    const out = [['title', document.title]];
    const meta = document.querySelector('meta[name="description"]');
    if (meta) out.push(['meta description', meta.getAttribute('content') || '']);
    const verdicts = new Map();
    const skipped = (el) => {
      if (verdicts.has(el)) return verdicts.get(el);
      const other = el.closest('[lang]');
      const v =
        !!el.closest('script, style, noscript, template, code, kbd, samp, pre, [translate="no"], [hidden]') ||
        (other !== null && other.getAttribute('lang') !== pageLang) ||
        !(el.closest('select') ?? el).checkVisibility({ contentVisibilityAuto: true });
      verdicts.set(el, v);
      return v;
    };
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\\s+/g, ' ').trim();
      if (text && !skipped(n.parentElement)) out.push([describe(n.parentElement), text]);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt], [aria-roledescription]')) {
      if (skipped(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const v = el.getAttribute(a);
        if (v && v.trim()) out.push([describe(el) + '@' + a, v.replace(/\\s+/g, ' ').trim()]);
      }
    }
    return out;
  })()`)) as [string, string][];
}

async function signInAdmin(obs: Observatory, ctx: BrowserContext): Promise<void> {
  const setup = await createSetupLink(operatorContext(obs.db), { baseUrl: obs.base, onlyIfNeeded: true });
  const admin = { name: 'Kofi Mensah', email: 'admin@who.example', password: 'long enough admin secret' };
  if (setup) {
    const token = new URL(setup.link).searchParams.get('token');
    const r = await ctx.request.post(`${obs.base}/api/setup`, { data: { token, ...admin } });
    // Completing the setup signs the administrator in.
    assert.ok(r.ok(), `setup: ${r.status()} ${await r.text()}`);
    return;
  }
  const r = await ctx.request.post(`${obs.base}/api/session`, {
    data: { email: admin.email, password: admin.password },
  });
  assert.ok(r.ok(), `sign-in: ${r.status()} ${await r.text()}`);
}

/** Where the inline start of a box is: its right edge in a right-to-left page, its left edge otherwise. */
async function mirrored(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const problems = [];
    const box = (sel) => document.querySelector(sel)?.getBoundingClientRect();
    const brand = box('header .brand'), nav = box('header nav');
    if (brand && nav && !(brand.right > nav.right)) problems.push('the brand is not at the right of the navigation');
    const cells = [...(document.querySelector('table thead tr')?.children ?? [])];
    if (cells.length > 1) {
      const first = cells[0].getBoundingClientRect(), last = cells[cells.length - 1].getBoundingClientRect();
      if (!(first.left > last.left)) problems.push('the first column of a table is not on the right');
    }
    if (getComputedStyle(document.querySelector('main')).direction !== 'rtl') problems.push('main is not right to left');
    for (const svg of document.querySelectorAll('main svg')) {
      const years = [...svg.querySelectorAll('text')]
        .filter((t) => /^\\d{4}$/.test(t.textContent.trim()))
        .map((t) => ({ year: Number(t.textContent), x: t.getBoundingClientRect().left }));
      const sorted = years.slice().sort((a, b) => a.year - b.year);
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i].year > sorted[i - 1].year && !(sorted[i].x > sorted[i - 1].x)) {
          problems.push('a time axis does not run from left to right');
          break;
        }
    }
    return problems;
  })()`)) as string[];
}

/** Opens every page in every language at one size and checks the words, the direction and accessibility. */
export function languageSuite(viewport: 'laptop' | 'phone', size: { width: number; height: number }) {
  describe(`every page in the six languages, ${viewport}`, () => {
    let obs: Observatory;
    let ctx: BrowserContext;
    /** Names that are what they are in every language: the titles, publishers and licences of the datasets. */
    let properNames: string[] = [];
    before(async () => {
      obs = await startObservatory({ accounts: true });
      // An open register, so that its pages show their lists and forms rather than only saying none is open.
      await saveRegisterSettings(operatorContext(obs.db), { destination: 'GBR' });
      const sources = (await (await fetch(`${obs.base}/api/sources`)).json()) as {
        items: { name: string; publisher: string | null; licence: string | null }[];
      };
      properNames = sources.items
        .flatMap((s) => [s.name, s.publisher, s.licence])
        .filter((n): n is string => !!n)
        .sort((a, b) => b.length - a.length);
      ctx = await obs.browser.newContext({ viewport: size, bypassCSP: true });
      ctx.setDefaultTimeout(90_000);
      await signInAdmin(obs, ctx);
      mkdirSync(SHOTS, { recursive: true });
    });
    after(async () => {
      await ctx?.close();
      await obs?.close();
    });

    for (const lang of LANGS) {
      const name = `${lang}: no missing message, no English left${lang === 'ar' ? ', right to left' : ''}, axe clean`;
      test(name, { timeout: 900_000 }, async () => {
        const english = lang === 'en' ? null : englishDetector(lang);
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const problems: string[] = [];
        for (const [name, path] of LANGUAGE_PAGES) {
          await page.goto(`${obs.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
            waitUntil: 'networkidle',
          });
          await page.locator('main h1').first().waitFor();
          const html = await page.evaluate(
            '[document.documentElement.lang, document.documentElement.dir].join(" ")',
          );
          if (html !== `${lang} ${dirOf(lang)}`) problems.push(`${name}: <html lang dir> is "${html}"`);
          for (const [where, text] of await wordsOnPage(page)) {
            if (KEYS.has(text)) problems.push(`${name}: ${where}: missing message ${text}`);
            const found = english?.(text, properNames);
            if (found) problems.push(`${name}: ${where}: ${found}: ${JSON.stringify(text.slice(0, 120))}`);
          }
          if (lang === 'ar' && viewport === 'laptop')
            for (const p of await mirrored(page)) problems.push(`${name}: ${p}`);
          for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
          if ((lang === 'ar' || lang === 'zh') && /^(map|country profile|flows)$/.test(name))
            await page.screenshot({
              path: `${SHOTS}lang-${lang}-${name.replace(/\W+/g, '-')}-${viewport}.png`,
            });
        }
        await page.close();
        assert.deepEqual(problems, []);
        assert.deepEqual(errors, []);
      });
    }
  });
}
