import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureShippedQuestionnaires } from '../../src/modules/questionnaires/index.ts';
import type { QuestionnaireDefinition } from '../../src/modules/questionnaires/schemas.ts';
import { actOnReport } from '../../src/modules/reporting/act-on-report.ts';
import { actOnRound } from '../../src/modules/reporting/act-on-round.ts';
import { createReport } from '../../src/modules/reporting/create-report.ts';
import { createRound } from '../../src/modules/reporting/create-round.ts';
import { designateAuthority } from '../../src/modules/reporting/designate-authority.ts';
import { saveAnswers } from '../../src/modules/reporting/save-answers.ts';
import type { Report, ReportingHistory } from '../../src/modules/reporting/schemas.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { type Ctx, operatorContext } from '../../src/platform/context.ts';
import { type CldrLocale, cldrName } from '../../src/platform/i18n/page-text.ts';
import { userActor } from '../actors.ts';
import { insertActorUser, STAKEHOLDER_FIXTURE } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory, until } from './harness.ts';

// The published Code reports as an anonymous visitor finds them, in English, French and Arabic: two rounds, Ghana's
// national reports published (one holding markup that must stay text), Kenya's a draft nobody outside may find, and
// a stakeholder report about Ghana; then Ghana's profile tells its reporting round by round.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const require = createRequire(import.meta.url);
const NAMES: Record<'fr' | 'ar', CldrLocale> = {
  fr: require('i18n-iso-countries/langs/fr.json') as CldrLocale,
  ar: require('i18n-iso-countries/langs/ar.json') as CldrLocale,
};
const LANGS = ['en', 'fr', 'ar'] as const;
type Lang = (typeof LANGS)[number];

const GHANA_WORD = 'xylophonic';
const EARLIER_WORD = 'quokkaberry';
const KENYA_WORD = 'zanzibarite';
const STAKEHOLDER_WORD = 'pangolinade';
const HOSTILE = '<script>alert(1)</script>';
const ORGANISATION = 'Nurses & Midwives <b>Union</b>';

const NATIONAL: QuestionnaireDefinition = {
  code: 'test-published',
  version: '2031',
  kind: 'national',
  title: {
    en: 'Test national report',
    fr: 'Rapport national test',
    es: 'Informe nacional de prueba',
    ar: 'تقرير وطني تجريبي',
    ru: 'Тестовый национальный доклад',
    zh: '测试国家报告',
  },
  renamed: {},
  sections: [
    {
      id: 'general',
      title: {
        en: 'General',
        fr: 'Généralités',
        es: 'Generalidades',
        ar: 'عام',
        ru: 'Общие сведения',
        zh: '概况',
      },
      articles: [],
      questions: [
        {
          id: 'implementation.measures',
          type: 'text',
          required: true,
          articles: [],
          multiline: true,
          maxLength: 20000,
          text: {
            en: 'Measures taken',
            fr: 'Mesures prises',
            es: 'Medidas adoptadas',
            ar: 'التدابير المتخذة',
            ru: 'Принятые меры',
            zh: '采取的措施',
          },
        },
      ],
    },
  ],
} as QuestionnaireDefinition;

/** A report written, submitted, accepted and published, each step through its use case. */
async function publish(ctx: Ctx, author: Ctx, r: Report, answers: Record<string, string>): Promise<Report> {
  const saved = await saveAnswers(author, r.id, { version: r.version, answers });
  const submitted = await actOnReport(author, r.id, 'submit', { version: saved.version, comments: [] });
  const accepted = await actOnReport(ctx, r.id, 'accept', { version: submitted.version, comments: [] });
  return actOnReport(ctx, r.id, 'publish', { version: accepted.version, comments: [] });
}

let obs: Observatory;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
let ghana2024: Report;
let ghana2021: Report;
let stakeholder: Report;
let kenya: Report;

async function seed(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hwmo-published-'));
  try {
    writeFileSync(join(dir, 'national.json'), JSON.stringify(NATIONAL));
    writeFileSync(join(dir, 'stakeholder.json'), JSON.stringify(STAKEHOLDER_FIXTURE));
    const ids = await ensureShippedQuestionnaires(obs.db, dir);
    const ctx = operatorContext(obs.db, { readOnly: false });
    const union: Actor = userActor('stakeholder', null, { name: 'Union Officer' });
    await insertActorUser(obs.db, union);
    const unionCtx = operatorContext(obs.db, { readOnly: false, actor: union });
    const round = (year: number) =>
      createRound(ctx, {
        year,
        opensOn: `${year}-03-01`,
        closesOn: `${year}-08-31`,
        questionnaireId: ids.national,
        stakeholderQuestionnaireId: ids.stakeholder,
      });
    const designate = (roundId: number) =>
      designateAuthority(
        ctx,
        roundId,
        {
          area: 'GHA',
          organisation: 'Ghana Health Service',
          contactName: 'Ama Mensah',
          contactEmail: 'ama@ghs.example',
          contactPhone: null,
          invite: false,
        },
        { baseUrl: obs.base },
      );

    const r2021 = await round(2021);
    await actOnRound(ctx, { id: r2021.id, action: 'open' });
    await designate(r2021.id);
    ghana2021 = await publish(
      ctx,
      ctx,
      await createReport(ctx, r2021.id, { kind: 'national', area: 'GHA' }),
      {
        'implementation.measures': `Bilateral agreements were reviewed; the ${EARLIER_WORD} programme trained nurses.`,
      },
    );
    await actOnRound(ctx, { id: r2021.id, action: 'close' });

    const r2024 = await round(2024);
    await actOnRound(ctx, { id: r2024.id, action: 'open' });
    await designate(r2024.id);
    ghana2024 = await publish(
      ctx,
      ctx,
      await createReport(ctx, r2024.id, { kind: 'national', area: 'GHA' }),
      {
        'implementation.measures': `Ghana set up ${GHANA_WORD} retention bonuses ${HOSTILE} for midwives in rural districts.`,
      },
    );
    stakeholder = await publish(
      ctx,
      unionCtx,
      await createReport(unionCtx, r2024.id, {
        kind: 'stakeholder',
        organisation: ORGANISATION,
        organisationType: 'trade-union',
        area: 'GHA',
      }),
      { 'views.summary': `Our members see ${STAKEHOLDER_WORD} recruitment of Ghanaian nurses abroad.` },
    );
    const draft = await createReport(ctx, r2024.id, { kind: 'national', area: 'KEN' });
    kenya = await saveAnswers(ctx, draft.id, {
      version: draft.version,
      answers: { 'implementation.measures': `Kenya drafted ${KENYA_WORD} measures.` },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ghanaIn = (lang: Lang) => (lang === 'en' ? 'Ghana' : (cldrName(NAMES[lang], 'GH') ?? 'Ghana'));

async function open(path: string, lang: Lang): Promise<void> {
  await page.goto(`${obs.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
    waitUntil: 'networkidle',
  });
  await page.locator('main h1').first().waitFor();
}

/** The results as they stand once loaded: each hit's title and excerpt, as text. */
async function hits(): Promise<{ title: string; excerpt: string; marks: string[]; href: string }[]> {
  await page.locator('.pub-count, .pub-none').first().waitFor();
  return page.locator('.pub-hit').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('.pub-title')?.textContent?.trim() ?? '',
      excerpt: li.querySelector('.pub-excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      href: li.querySelector('.pub-title a')?.getAttribute('href') ?? '',
    })),
  );
}

async function search(fields: {
  q?: string;
  country?: string;
  round?: string;
  kind?: string;
}): Promise<void> {
  const form = page.locator('form.pub-search');
  if (fields.q !== undefined) await form.locator('input[name="q"]').fill(fields.q);
  if (fields.country !== undefined) await form.locator('input[name="country"]').fill(fields.country);
  if (fields.round !== undefined) await form.locator('select[name="round"]').selectOption(fields.round);
  if (fields.kind !== undefined) await form.locator('select[name="kind"]').selectOption(fields.kind);
  const before = page.url();
  await form.locator('button[type="submit"]').click();
  await until(async () => page.url() !== before, 30_000);
  await page.waitForLoadState('networkidle');
}

describe('published Code reports and a profile’s reporting history, for an anonymous visitor', {
  timeout: 600_000,
}, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    obs = await startObservatory();
    await seed();
    context = await obs.browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      pageErrors.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });
  after(async () => {
    await context?.close();
    await obs?.close();
  });

  test('the API tells the public nothing of Kenya’s draft', async () => {
    const ken = (await (await fetch(`${obs.base}/api/areas/KEN/reporting`)).json()) as ReportingHistory;
    assert.deepEqual(
      ken.rounds.map((r) => [r.round.year, r.report]),
      [
        [2024, null],
        [2021, null],
      ],
    );
    const found = (await (await fetch(`${obs.base}/api/published?q=${KENYA_WORD}`)).json()) as {
      total: number;
    };
    assert.equal(found.total, 0);
    assert.equal(kenya.state, 'draft');
  });

  for (const lang of LANGS) {
    test(`${lang}: words, country, round and kind find the published reports and nothing else`, async () => {
      await page.setViewportSize(LAPTOP);
      await open('/reports', lang);
      assert.equal(await page.evaluate('document.documentElement.dir'), lang === 'ar' ? 'rtl' : 'ltr');
      // Without a search: every published report, the latest first; Kenya's draft is not among them.
      const all = await hits();
      assert.equal(all.length, 3, JSON.stringify(all));
      assert.ok(all.every((h) => !h.excerpt.includes(KENYA_WORD)));
      // The markup in Ghana's answer is shown as the characters it is made of, and never runs.
      assert.ok(
        all.some((h) => h.excerpt.includes(HOSTILE)),
        JSON.stringify(all),
      );
      assert.equal(await page.locator('main script, main b').count(), 0);

      await search({ q: GHANA_WORD });
      let url = new URL(page.url());
      assert.equal(url.searchParams.get('q'), GHANA_WORD);
      assert.equal(url.searchParams.get('lang'), lang);
      let found = await hits();
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(found[0]?.title ?? '', new RegExp(ghanaIn(lang)));
      assert.deepEqual(found[0]?.marks, [GHANA_WORD]);
      assert.equal(new URL(found[0]?.href ?? '', obs.base).searchParams.get('id'), String(ghana2024.id));
      assert.equal(new URL(found[0]?.href ?? '', obs.base).pathname, '/reporting/report');
      // Found words come back as plain text (PostgreSQL's headline leaves tags out); nothing of them runs.
      assert.match(found[0]?.excerpt ?? '', /xylophonic retention bonuses +alert\(1\)/);
      assert.equal(await page.locator('main script, main b').count(), 0);
      const downloads = await page
        .locator('.pub-hit .pub-downloads a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(downloads, [
        `/api/reports/${ghana2024.id}/export.pdf`,
        `/api/reports/${ghana2024.id}/export.docx`,
        `/api/reports/${ghana2024.id}/export.csv`,
      ]);

      for (const [label, size] of [
        ['phone', PHONE],
        ['laptop', LAPTOP],
      ] as const) {
        await page.setViewportSize(size);
        assert.deepEqual(await axeViolations(page), [], `${lang} ${label}: results`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok((overflow as number) <= 0, `${lang} ${label}: the page is wider than the screen`);
        if (lang !== 'fr')
          await page.screenshot({ path: `${SHOTS}published-${lang}-${label}.png`, fullPage: true });
      }
      await page.setViewportSize(LAPTOP);

      // Kenya's report is a draft: its words find nothing.
      await search({ q: KENYA_WORD });
      assert.deepEqual(await hits(), []);
      assert.equal(await page.locator('.pub-none').count(), 1);
      assert.deepEqual(await axeViolations(page), [], `${lang}: nothing found`);

      // The country by (part of) its name in the reader's language, and a round.
      await search({ q: '', country: ghanaIn(lang).slice(0, 4), round: '2021' });
      url = new URL(page.url());
      assert.equal(url.searchParams.get('area'), 'GHA');
      assert.equal(url.searchParams.get('round'), '2021');
      assert.equal(url.searchParams.has('q'), false, url.href);
      found = await hits();
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(new URL(found[0]?.href ?? '', obs.base).searchParams.get('id'), String(ghana2021.id));
      assert.ok(found[0]?.excerpt.includes(EARLIER_WORD));

      // The filters come back from the URL: the form shows them after a reload.
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.pub-count').waitFor();
      assert.equal(await page.locator('input[name="country"]').inputValue(), ghanaIn(lang));
      assert.equal(await page.locator('select[name="round"]').inputValue(), '2021');

      // The stakeholder report about Ghana in 2024; its organisation's name shown as it was typed.
      await search({ round: '2024', kind: 'stakeholder' });
      found = await hits();
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]?.title, ORGANISATION);
      assert.equal(new URL(found[0]?.href ?? '', obs.base).searchParams.get('id'), String(stakeholder.id));

      // A country that does not exist is said so, and nothing is searched.
      const before = page.url();
      await page.locator('input[name="country"]').fill('Atlantis');
      await page.locator('form.pub-search button[type="submit"]').click();
      await page.locator('#pub-country-error').waitFor();
      assert.equal(page.url(), before);
      assert.deepEqual(pageErrors, []);
    });

    test(`${lang}: Ghana’s profile tells its reporting round by round`, async () => {
      for (const [label, size] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await page.setViewportSize(size);
        await open('/country/GHA', lang);
        const section = page.locator('section[aria-labelledby="code-reporting"]');
        await section.locator('.rep-history').waitFor();
        const rounds = await section.locator('.rep-history > li').evaluateAll((lis) =>
          lis.map((li) => ({
            round: li.getAttribute('data-round'),
            text: li.textContent ?? '',
            report: li.querySelector('a')?.getAttribute('href') ?? null,
          })),
        );
        assert.deepEqual(
          rounds.map((r) => [r.round, r.report ? new URL(r.report, obs.base).searchParams.get('id') : null]),
          [
            ['2024', String(ghana2024.id)],
            ['2021', String(ghana2021.id)],
          ],
        );
        assert.ok(rounds.every((r) => r.text.includes('Ghana Health Service')));
        const stakeholderLinks = await section.locator('.rep-stakeholders a').allTextContents();
        assert.equal(stakeholderLinks.length, 1);
        assert.ok(stakeholderLinks[0]?.includes(ORGANISATION), stakeholderLinks[0]);
        assert.equal(await section.locator('b, script').count(), 0);
        await section.scrollIntoViewIfNeeded();
        assert.deepEqual(await axeViolations(page), [], `${lang} ${label}: profile`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok((overflow as number) <= 0, `${lang} ${label}: the profile is wider than the screen`);
        if (lang !== 'fr')
          await section.screenshot({ path: `${SHOTS}published-profile-${lang}-${label}.png` });
      }
      // Kenya's draft is nobody's business but its authors' and the secretariat's.
      await open('/country/KEN', lang);
      const ken = page.locator('section[aria-labelledby="code-reporting"] .rep-history > li');
      await ken.first().waitFor();
      assert.equal(await ken.locator('a').count(), 0);
      assert.equal(await page.getByText(KENYA_WORD).count(), 0);
      assert.deepEqual(pageErrors, []);
    });
  }
});
