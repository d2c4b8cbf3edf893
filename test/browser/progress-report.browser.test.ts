import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import { ensureShippedQuestionnaires } from '../../src/modules/questionnaires/index.ts';
import { actOnReport } from '../../src/modules/reporting/act-on-report.ts';
import { actOnRound } from '../../src/modules/reporting/act-on-round.ts';
import { createReport } from '../../src/modules/reporting/create-report.ts';
import { createRound } from '../../src/modules/reporting/create-round.ts';
import { designateAuthority } from '../../src/modules/reporting/designate-authority.ts';
import { generateProgressReport } from '../../src/modules/reporting/generate-progress.ts';
import { saveAnswers } from '../../src/modules/reporting/save-answers.ts';
import type { Report } from '../../src/modules/reporting/schemas.ts';
import type { ProgressReport as ServerProgressReport } from '../../src/modules/reporting/schemas-progress.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { ProgressReport as WebProgressReport } from '../../web/src/features/progress/api.ts';
import { userActor } from '../actors.ts';
import { testDatabase } from '../db.ts';
import { insertActorUser } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, LAPTOP, PHONE } from './harness.ts';

// The web's copy of the report's type is the server's: a change to one that the other lacks fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameReportType: Same<WebProgressReport, ServerProgressReport> = true;
void sameReportType;

// The global progress report page: a round seeded through the use cases (a previous round, then Ghana's and Kenya's
// authorities, both national reports accepted and one stakeholder report), generated, edited (with a stale edit in
// a second browser), published by the secretariat, then read by an anonymous visitor.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';

const secretariat = userActor('secretariat', null, { name: 'Secretariat Officer' });
const ghana = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });
const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiku Kamau' });
const stakeholder = userActor('stakeholder', null, { name: 'Nurses Union' });

/** A complete national report of the 2027 instrument; `extra` changes or adds answers. */
function nationalAnswers(area: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    'authority.designated': 'yes',
    'authority.organization': `Ministry of Health of ${area}`,
    'authority.contact': `dna@${area.toLowerCase()}.example.org`,
    'implementation.steps': 'yes',
    'implementation.stakeholders': ['ministry-of-health'],
    'implementation.measures': `Measures of ${area}.`,
    'recruitment.laws': 'no',
    'recruitment.agencies-regulated': 'no',
    'recruitment.ssl': 'unknown',
    'equal-treatment.legal-rights': 'yes',
    'equal-treatment.employment': 'partly',
    'equal-treatment.qualifications': 'case-by-case',
    'agreements.any': 'no',
    'workforce.measures': ['education-capacity'],
    'support.given': 'no',
    'data.registry': 'no',
    'cooperation.exchange': 'no',
    'emergencies.measures': 'no',
    'lessons.difficulties': `Difficulties of ${area}.`,
    'lessons.lessons': `Lessons of ${area}.`,
    ...extra,
  };
}

interface Seeded {
  roundId: number;
  /** The national reports accepted, by country. */
  accepted: string[];
}

describe('the global progress report page in Chromium', { timeout: 600_000 }, () => {
  let db: Database;
  let browser: Browser;
  let server: ReturnType<typeof serve>;
  let base = '';
  let current: Seeded;
  /** Who each browser context is: the secretariat's contexts carry a cookie naming it. */
  const ACTORS: Record<string, Actor> = { secretariat };

  const as = (actor: Actor) => operatorContext(db, { actor });
  const sec = () => as(secretariat);

  /** A round opened, its authorities designated, its national reports submitted and accepted, then closed. */
  async function seedRound(
    year: number,
    questionnaires: { national: number; stakeholder: number },
    reports: Array<{ actor: Actor; area: string; answers: Record<string, unknown> }>,
    withStakeholder: boolean,
  ): Promise<Seeded> {
    const round = await createRound(sec(), {
      year,
      opensOn: `${year}-02-01`,
      closesOn: `${year}-11-30`,
      questionnaireId: questionnaires.national,
      stakeholderQuestionnaireId: questionnaires.stakeholder,
    });
    await actOnRound(sec(), { id: round.id, action: 'open' });
    for (const { area } of reports)
      await designateAuthority(
        sec(),
        round.id,
        {
          area,
          organisation: `Ministry of Health of ${area}`,
          contactName: 'Focal point',
          contactEmail: `dna-${year}@${area.toLowerCase()}.example.org`,
          contactPhone: null,
          invite: false,
        },
        { baseUrl: base },
      );
    const fill = async (actor: Actor, made: Report, answers: Record<string, unknown>) => {
      const saved = await saveAnswers(as(actor), made.id, {
        version: made.version,
        answers: answers as never,
      });
      return actOnReport(as(actor), made.id, 'submit', { version: saved.version, comments: [] });
    };
    for (const r of reports) {
      const made = await createReport(as(r.actor), round.id, { kind: 'national', area: r.area });
      const submitted = await fill(r.actor, made, r.answers);
      await actOnReport(sec(), made.id, 'accept', { version: submitted.version, comments: [] });
    }
    if (withStakeholder) {
      const made = await createReport(as(stakeholder), round.id, {
        kind: 'stakeholder',
        organisation: 'Nurses Union',
        organisationType: 'trade-union',
        area: null,
      });
      await fill(stakeholder, made, {
        'organization.name': 'Nurses Union',
        'organization.type': 'trade-union',
        'organization.countries': { rows: [{ country: 'GHA' }] },
        'organization.contact': 'union@example.org',
        'implementation.rating': 'partly',
        'equal-treatment.same-conditions': 'partly',
        'recommendations.recommendations': 'Recommendations of the union.',
      });
    }
    await actOnRound(sec(), { id: round.id, action: 'close' });
    return { roundId: round.id, accepted: reports.map((r) => r.area) };
  }

  before(async () => {
    db = await testDatabase();
    await seedDemo(db);
    for (const a of [secretariat, ghana, kenya, stakeholder]) await insertActorUser(db, a);
    const app = createApp({
      db,
      config: loadConfig({}),
      log: () => {},
      authenticate: async (c) => {
        const who = /(?:^|;\s*)who=(\w+)/.exec(c.req.header('cookie') ?? '')?.[1];
        return (who && ACTORS[who]) || { kind: 'public' };
      },
    });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(SHOTS, { recursive: true });

    const questionnaires = await ensureShippedQuestionnaires(db);
    // The previous round: Ghana alone, its report generated and published.
    const previous = await seedRound(
      2024,
      questionnaires,
      [{ actor: ghana, area: 'GHA', answers: nationalAnswers('GHA', {}) }],
      false,
    );
    await generateProgressReport(sec(), previous.roundId);
    await actOnRound(sec(), { id: previous.roundId, action: 'publish' });
    current = await seedRound(
      2027,
      questionnaires,
      [
        {
          actor: ghana,
          area: 'GHA',
          answers: nationalAnswers('GHA', {
            'agreements.any': 'yes',
            'agreements.count': 1,
            'agreements.list': {
              rows: [{ partner: 'GBR', type: 'bilateral', signed: '2023-03-01', cadres: 'Nurses' }],
            },
          }),
        },
        {
          actor: kenya,
          area: 'KEN',
          answers: nationalAnswers('KEN', { 'implementation.steps': 'partly', 'lessons.lessons': HOSTILE }),
        },
      ],
      true,
    );
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });

  /** What the seeded data says each WHO region counts, from the areas' own regions: not from the report. */
  async function expectedByRegion(): Promise<Map<string, { reports: number; authorities: number }>> {
    const rows = await db.query<{ code: string; who_region: string }>(
      'SELECT code, who_region FROM area WHERE code = ANY($1)',
      [current.accepted],
    );
    const out = new Map<string, { reports: number; authorities: number }>();
    for (const area of current.accepted) {
      const region = rows.find((r) => r.code === area)?.who_region ?? '_U';
      const n = out.get(region) ?? { reports: 0, authorities: 0 };
      out.set(region, { reports: n.reports + 1, authorities: n.authorities + 1 });
    }
    return out;
  }

  async function checkRegionCounts(page: Page): Promise<void> {
    const expected = await expectedByRegion();
    const rows = page.locator('[data-by="region"] tbody tr[data-group]');
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-group') ?? ''));
    assert.ok(codes.includes('AFR') && codes.includes('EUR') && codes.includes('_T'), codes.join(','));
    for (const code of codes) {
      const row = page.locator(`[data-by="region"] tbody tr[data-group="${code}"]`);
      const reports = Number(await row.locator('td[data-count="reports"]').innerText());
      const authorities = Number(await row.locator('td[data-count="authorities"]').innerText());
      const want =
        code === '_T'
          ? { reports: current.accepted.length, authorities: current.accepted.length }
          : (expected.get(code) ?? { reports: 0, authorities: 0 });
      assert.deepEqual({ reports, authorities }, want, `region ${code}`);
    }
  }

  async function secretariatContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport, bypassCSP: true });
    await ctx.addCookies([{ name: 'who', value: 'secretariat', url: base }]);
    return ctx;
  }

  const url = (lang = 'en') => `${base}/reporting/progress?round=2027${lang === 'en' ? '' : `&lang=${lang}`}`;

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SHOTS}progress-${name}.png`, fullPage: true });
  }

  test('the secretariat generates, edits (a stale edit meets the conflict), publishes; the public reads it', async () => {
    const a = await secretariatContext(LAPTOP);
    const b = await secretariatContext(PHONE);
    const anon = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    const pa = await a.newPage();
    const pb = await b.newPage();
    const errors: string[] = [];
    for (const p of [pa, pb]) p.on('pageerror', (e) => errors.push(e.message));

    // Before anything: the public is told it is not published; the secretariat can generate it.
    const pub = await anon.newPage();
    pub.on('pageerror', (e) => errors.push(e.message));
    await pub.goto(url(), { waitUntil: 'networkidle' });
    await pub.locator('[data-unavailable="not-published"]').waitFor();
    assert.match(await pub.locator('main').innerText(), /not published yet/);
    assert.deepEqual(await axeViolations(pub), []);

    await pa.goto(url(), { waitUntil: 'networkidle' });
    await pa.locator('[data-unavailable="not-generated"]').waitFor();
    await pa.getByRole('button', { name: 'Generate the progress report' }).click();
    await pa.getByText('Generate the progress report of the 2027/28 round from its reports').waitFor();
    await pa.getByRole('button', { name: 'Generate the progress report' }).click();
    await pa.locator('article.pr-doc[data-version="1"]').waitFor();
    await pa.getByRole('status').getByText('The progress report was generated: version 1.').waitFor();
    assert.equal(
      await pa.locator('h1').innerText(),
      'Global progress report of the 2027/28 round of national reporting',
    );
    await checkRegionCounts(pa);
    // Against the previous round: Ghana was the only authority and report of 2024/25.
    const afr = pa.locator('[data-by="region"] tr[data-group="AFR"]');
    assert.match(await afr.innerText(), /\+1 \(\+100\s?%\)/);
    // Every count of a tally links to the answers it counts.
    const steps = pa.locator('[data-question="implementation.steps"]');
    const links = (
      await steps.locator('a').evaluateAll((as) => as.map((x) => x.getAttribute('href') ?? ''))
    ).map((h) => h.replace(/\?id=\d+/, ''));
    assert.deepEqual(links.sort(), [
      '/reporting/report#q-implementation.steps',
      '/reporting/report#q-implementation.steps',
    ]);
    assert.equal(await steps.locator('svg[role="img"]').count(), 1);
    assert.equal(await pa.locator('[data-by] svg[role="img"]').count(), 4);
    // The stored figure is none: the prefill found nothing for the year reported.
    assert.ok((await pa.locator('.pr-downloads a[href*="export.pdf?lang=en"]').count()) === 1);

    // A second browser opens version 1 and starts editing.
    await pb.goto(url(), { waitUntil: 'networkidle' });
    await pb.locator('article.pr-doc[data-version="1"]').waitFor();
    await pb.getByRole('button', { name: 'Edit the texts' }).click();

    // The first saves a summary and quotes Kenya's lessons.
    await pa.getByRole('button', { name: 'Edit the texts' }).click();
    await pa
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('The 2027/28 round in brief.\n\nA second paragraph.');
    const kenLessons = pa.locator('.pr-choice', { hasText: 'Kenya' }).filter({ hasText: HOSTILE });
    await kenLessons.locator('input[type="checkbox"]').check();
    await pa.getByRole('button', { name: 'Save the texts' }).click();
    await pa.locator('article.pr-doc[data-version="2"]').waitFor();
    await pa.getByRole('status').getByText('The texts were saved: version 2.').waitFor();
    assert.equal(
      await pa.locator('.pr-section .pr-text p').first().innerText(),
      'The 2027/28 round in brief.',
    );
    // The quoted answer is text, whatever it holds.
    const quote = pa.locator('.pr-quote blockquote');
    assert.equal(await quote.count(), 1);
    assert.equal(await quote.innerText(), HOSTILE);
    assert.equal(await pa.locator('main script, main img').count(), 0);
    assert.equal(await pa.evaluate('window.__pwned'), undefined);
    assert.deepEqual(await axeViolations(pa), []);

    // The second, still on version 1, saves: the conflict shows both texts and lets it choose.
    await pb
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('Other words from the second browser.');
    await pb.getByRole('button', { name: 'Save the texts' }).click();
    const conflict = pb.locator('.pr-conflict');
    await conflict.waitFor();
    assert.match(await conflict.locator('h3').innerText(), /changed while you were editing/);
    const summary = conflict.locator('[data-part="summary"]');
    assert.equal(
      await summary.locator('[data-side="mine"] .pr-pre').innerText(),
      'Other words from the second browser.',
    );
    assert.match(
      await summary.locator('[data-side="current"] .pr-pre').innerText(),
      /^The 2027\/28 round in brief\./,
    );
    assert.equal(await conflict.locator('[data-part="narratives"]').count(), 1);
    assert.deepEqual(await axeViolations(pb), []);
    await shoot(pb, 'conflict-en-phone');
    await pb.getByRole('button', { name: 'Take the current text' }).click();
    await pb.getByText('The current text of version 2 is shown').waitFor();
    assert.equal(await pb.locator('.pr-conflict').count(), 0);
    assert.equal(
      await pb.getByRole('textbox', { name: 'Summary', exact: true }).inputValue(),
      'The 2027/28 round in brief.\n\nA second paragraph.',
    );
    await pb.locator('article.pr-doc[data-version="2"]').waitFor();

    // Regenerating keeps the texts, as its confirmation says.
    await pa.getByRole('button', { name: 'Regenerate from the reports' }).click();
    await pa.getByText('Your summary, your section texts and your choice of narratives are kept').waitFor();
    await pa.getByRole('button', { name: 'Regenerate from the reports' }).click();
    await pa.locator('article.pr-doc[data-version="3"]').waitFor();
    assert.equal(
      await pa.locator('.pr-section .pr-text p').first().innerText(),
      'The 2027/28 round in brief.',
    );
    assert.equal(await pa.locator('.pr-quote blockquote').innerText(), HOSTILE);

    for (const lang of ['en', 'ar']) {
      for (const [name, viewport] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await pa.setViewportSize(viewport);
        await pa.goto(url(lang), { waitUntil: 'networkidle' });
        await pa.locator('article.pr-doc').waitFor();
        if (lang === 'ar') assert.equal(await pa.evaluate('document.documentElement.dir'), 'rtl');
        assert.deepEqual(await axeViolations(pa), [], `${lang} ${name}`);
        await shoot(pa, `draft-${lang}-${name}`);
      }
    }
    await pa.setViewportSize(LAPTOP);
    await pa.goto(url(), { waitUntil: 'networkidle' });

    // Publishing, after its confirmation.
    await pa.getByRole('button', { name: 'Publish the round' }).click();
    await pa.getByText('can no longer be changed or regenerated').waitFor();
    await pa.getByRole('button', { name: 'Publish the round' }).click();
    await pa.locator('article.pr-doc[data-state="published"]').waitFor();
    await pa.getByText('The 2027/28 round is published: its global progress report is public.').waitFor();
    assert.equal(await pa.locator('.pr-manage').count(), 0);

    // Anyone reads it now, without an account, at both sizes and in both directions.
    for (const lang of ['en', 'ar']) {
      for (const [name, viewport] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await pub.setViewportSize(viewport);
        await pub.goto(url(lang), { waitUntil: 'networkidle' });
        await pub.locator('article.pr-doc[data-state="published"]').waitFor();
        if (lang === 'en') {
          await checkRegionCounts(pub);
          assert.equal(await pub.locator('.pr-quote blockquote').innerText(), HOSTILE);
          assert.equal(await pub.locator('.pr-manage').count(), 0);
        }
        assert.equal(await pub.evaluate('window.__pwned'), undefined);
        assert.deepEqual(await axeViolations(pub), [], `public ${lang} ${name}`);
        await shoot(pub, `published-${lang}-${name}`);
      }
    }
    // The list of reports names the published rounds.
    await pub.goto(`${base}/reporting/progress`, { waitUntil: 'networkidle' });
    await pub.getByRole('link', { name: 'The 2027/28 round' }).waitFor();
    await pub.getByRole('link', { name: 'The 2024/25 round' }).waitFor();
    assert.deepEqual(await axeViolations(pub), []);

    assert.deepEqual(errors, []);
    await a.close();
    await b.close();
    await anon.close();
  });
});
