import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import '../../src/main/data-guards.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import { authenticate, configureAccounts, createSetupLink } from '../../src/modules/accounts/index.ts';
import { importFile } from '../../src/modules/observations/index.ts';
import { loadShippedQuestionnaires } from '../../src/modules/questionnaires/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { testDatabase } from '../db.ts';
import { figuresCsv } from '../permission-matrix/reports-fixture.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';
import { block, CHOICES, HOSTILE, PNG, saved } from './report-answers.ts';

// A round of WHO Code reporting as its users run it, through the pages, against the server as `serve` wires it: the
// secretariat plans and opens the 2027/28 round on the shipped questionnaires and designates Ghana's and Kenya's
// national authorities, whose contacts are invited by e-mail; Ghana's authority accepts and starts its report.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const ADMIN = {
  name: 'Ana Silva',
  email: 'admin@observatory.example',
  password: 'first administrator secret',
};
const SECRETARIAT = {
  name: 'Ibrahim Diallo',
  email: 'i.diallo@secretariat.example',
  password: 'code secretariat secret',
};
const GHANA = { name: 'Yaw Asante', email: 'yaw.asante@moh.gov.gh', password: 'ghana authority secret' };
const KENYA = { name: 'Wanjiru Kamau', email: 'w.kamau@health.go.ke', password: 'kenya authority secret' };
const NURSES = { name: 'Akua Mensah', email: 'akua@grnma.example', password: 'nurses association secret' };

describe('a round of WHO Code reporting, end to end in the browser', { timeout: 600_000 }, () => {
  let db: Database;
  let browser: Browser;
  let base: string;
  let server: ReturnType<typeof serve>;
  const errors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = await testDatabase();
    await seedDemo(db);
    await loadShippedQuestionnaires(db);
    // Ghana's registry counts of foreign-trained doctors and nurses, imported into the data core before the round.
    const csv = figuresCsv('GHA', [
      ['medical-doctors', 'NGA', 2025, 41],
      ['medical-doctors', 'CUB', 2025, 118],
      ['nursing-personnel', 'NGA', 2025, 120],
    ]);
    await importFile(operatorContext(db), {
      input: { fileName: 'ghana-foreign-trained.csv', bytes: new TextEncoder().encode(csv) },
    });
    const config = loadConfig({});
    configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });
    const app = createApp({ db, config, log: () => {}, authenticate });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });

  async function person(width = 1366): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page };
  }

  async function accept(page: Page, link: string, who: { name: string; password: string }) {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept an invitation' }).waitFor();
    await page.getByLabel('Name').fill(who.name);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByLabel('Confirm the password').fill(who.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account$/);
  }

  /** What the data core holds for a report's table, as the pre-fill route answers the signed-in page. */
  async function storedRows(page: Page, id: number, question: string): Promise<number> {
    return page.evaluate(
      async ([reportId, q]) => {
        const r = (await (await fetch(`/api/reports/${reportId}/prefill`)).json()) as {
          tables: Array<{ question: string; rows: unknown[] }>;
        };
        return r.tables.find((t) => t.question === q)?.rows.length ?? 0;
      },
      [id, question] as const,
    );
  }

  /** The link of the latest e-mail sent to an address, as the outbox holds it. */
  async function mailedLink(email: string): Promise<string> {
    const rows = await db.query<{ body: string }>(
      'SELECT body_text AS body FROM email_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
      [email],
    );
    const link = rows[0]?.body.match(/https?:\/\/\S+/)?.[0];
    assert.ok(link, `an e-mail with a link was sent to ${email}`);
    return link;
  }

  test('the secretariat opens a round and designates authorities; Ghana’s starts its report', async () => {
    const setup = await createSetupLink(operatorContext(db), { baseUrl: base, onlyIfNeeded: true });
    assert.ok(setup);
    const admin = await person();
    await admin.page.goto(setup.link);
    await admin.page.getByLabel('Name').fill(ADMIN.name);
    await admin.page.getByLabel('E-mail address').fill(ADMIN.email);
    await admin.page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await admin.page.getByLabel('Confirm the password').fill(ADMIN.password);
    await admin.page.getByRole('button', { name: 'Create the administrator' }).click();
    await admin.page.locator('.account-menu > button', { hasText: ADMIN.name }).waitFor();
    await admin.page.goto(`${base}/admin/invitations`);
    await admin.page.getByLabel('E-mail address').fill(SECRETARIAT.email);
    await admin.page.getByLabel('Role').selectOption('secretariat');
    await admin.page.getByRole('button', { name: 'Send the invitation' }).click();
    const secretariatLink = await admin.page.locator('#invitation-link').inputValue();

    // The secretariat plans the round on the shipped questionnaires and opens it.
    const sec = await person();
    await accept(sec.page, secretariatLink, SECRETARIAT);
    await sec.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await sec.page.getByRole('heading', { name: 'Create a round' }).waitFor();
    await sec.page.getByLabel('Year the round opens').fill('2027');
    await sec.page.getByLabel('Opening date').fill('2027-03-01');
    await sec.page.getByLabel('Closing date (deadline for reports)').fill('2027-09-30');
    // The newest questionnaire versions are chosen for it.
    assert.match(
      await sec.page
        .getByLabel('National reporting instrument (version)')
        .locator('option:checked')
        .innerText(),
      /^National Reporting Instrument 2027\/28 .*, version 2027$/,
    );
    assert.match(
      await sec.page.getByLabel('Stakeholder questionnaire (version)').locator('option:checked').innerText(),
      /^Independent stakeholder report 2027\/28 .*, version 2027$/,
    );
    await sec.page.getByRole('button', { name: 'Create the round' }).click();
    await sec.page.getByText('The 2027/28 round was created.').waitFor();
    const row = sec.page.locator('tr', { hasText: '2027/28' });
    await row.getByRole('button', { name: 'Open 2027/28' }).click();
    await row.getByText('Open the 2027/28 round?').waitFor();
    await row.getByRole('button', { name: 'Open', exact: true }).click();
    await row.locator('.round-state', { hasText: 'Open' }).waitFor();

    // It designates Ghana's and Kenya's national authorities; their contacts are invited.
    await row.getByRole('link', { name: '2027/28' }).click();
    await sec.page.getByRole('heading', { name: 'The 2027/28 reporting round' }).waitFor();
    for (const [area, who, organisation] of [
      ['GHA', GHANA, 'Ministry of Health, Ghana'],
      ['KEN', KENYA, 'Ministry of Health, Kenya'],
    ] as const) {
      const form = sec.page.locator('form', { has: sec.page.getByRole('button', { name: 'Designate' }) });
      await form.getByLabel('Country', { exact: true }).selectOption(area);
      await form.getByLabel('Organization', { exact: true }).fill(organisation);
      await form.getByLabel('Contact person', { exact: true }).fill(who.name);
      await form.getByLabel('Contact e-mail', { exact: true }).fill(who.email);
      await form.getByRole('button', { name: 'Designate' }).click();
      await sec.page.getByText(`An invitation was sent to ${who.email}.`).waitFor();
    }
    await sec.page.screenshot({ path: `${SHOTS}code-round-dashboard-1366.png`, fullPage: true });

    // Ghana's authority accepts the invitation and starts the national report from its reporting page.
    const ghana = await person(390);
    await accept(ghana.page, await mailedLink(GHANA.email), GHANA);
    await ghana.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await ghana.page.getByText('The 2027/28 round is open until').waitFor();
    await ghana.page.getByRole('button', { name: 'Start the report' }).click();
    await ghana.page.waitForURL(/\/reporting\/report\?id=\d+/);
    const reportId = Number(new URL(ghana.page.url()).searchParams.get('id'));
    const g = ghana.page;
    await g.getByRole('heading', { level: 1, name: 'National report of Ghana' }).waitFor();

    // Its stock table is pre-filled from the data core, each row saying where it comes from.
    const stock = block(g, 'data.foreign-trained-stock');
    await stock.locator('tbody tr').first().waitFor();
    const stored = await storedRows(g, reportId, 'data.foreign-trained-stock');
    assert.equal(stored, 3);
    assert.equal(await stock.locator('.origin-stored').count(), stored);

    // It answers, with hostile text in a narrative, attaches the registry extract and submits.
    for (const [q, v] of CHOICES) await block(g, q).locator(`input[value="${v}"]`).check();
    await block(g, 'lessons.difficulties').locator('textarea').fill(HOSTILE);
    await block(g, 'lessons.lessons').locator('textarea').fill('Agreements help.');
    await saved(g);
    await block(g, 'data.source').locator('input[type=file]').setInputFiles({
      name: 'registry-extract.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await block(g, 'data.source').getByRole('link', { name: 'registry-extract.png' }).waitFor();
    const issues = await g.evaluate(
      async (id) => ((await (await fetch(`/api/reports/${id}`)).json()) as { issues: unknown[] }).issues,
      reportId,
    );
    assert.deepEqual(issues, []);
    await g.getByRole('button', { name: 'Submit the report' }).click();
    await g.getByText('The report has been submitted.').waitFor();
    await g.screenshot({ path: `${SHOTS}code-report-submitted-390.png`, fullPage: true });

    // The secretariat returns it with a comment on a question; Ghana's authority reads it and submits again.
    await sec.page.goto(`${base}/reporting/report?id=${reportId}`, { waitUntil: 'networkidle' });
    await block(sec.page, 'lessons.lessons')
      .getByRole('textbox', { name: /Your comment on question/ })
      .fill('Please name the lessons learned.');
    await sec.page.screenshot({ path: `${SHOTS}code-review-1366.png`, fullPage: true });
    await sec.page.getByRole('button', { name: 'Return with comments' }).click();
    await sec.page.getByText('The report has been returned with your comments.').waitFor();
    await g.reload();
    await block(g, 'lessons.lessons')
      .locator('.rq-comment-body', { hasText: 'Please name the lessons' })
      .waitFor();
    await block(g, 'lessons.lessons')
      .locator('textarea')
      .fill('Agreements work when both sides monitor them.');
    await saved(g);
    await g.getByRole('button', { name: 'Submit the report' }).click();
    await g.getByText('The report has been submitted.').waitFor();

    // Kenya's authority, invited too, cannot read Ghana's report.
    const kenya = await person();
    await accept(kenya.page, await mailedLink(KENYA.email), KENYA);
    const peek = await kenya.page.evaluate(
      async (id) => (await fetch(`/api/reports/${id}`)).status,
      reportId,
    );
    assert.equal(peek, 403);

    // The secretariat accepts and publishes it.
    await sec.page.reload({ waitUntil: 'networkidle' });
    await sec.page.getByRole('button', { name: 'Accept the report' }).click();
    await sec.page.getByText('The report has been accepted.').waitFor();
    await sec.page.getByRole('button', { name: 'Publish the report' }).click();
    await sec.page.getByText('The report has been published.').waitFor();

    // A professional association reports independently on the stakeholder questionnaire.
    await admin.page.goto(`${base}/admin/invitations`);
    await admin.page.getByLabel('E-mail address').fill(NURSES.email);
    await admin.page.getByLabel('Role').selectOption('stakeholder');
    await admin.page.getByRole('button', { name: 'Send the invitation' }).click();
    const nurses = await person();
    const n = nurses.page;
    await accept(n, await admin.page.locator('#invitation-link').inputValue(), NURSES);
    await n.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await n
      .getByLabel('Organization', { exact: true })
      .fill('Ghana Registered Nurses and Midwives Association');
    await n.getByLabel('Type of organization').selectOption('professional-association');
    await n.getByRole('button', { name: /^Start/ }).click();
    await n.waitForURL(/\/reporting\/report\?id=\d+/);
    const stakeholderId = Number(new URL(n.url()).searchParams.get('id'));
    await block(n, 'organization.name').locator('textarea, input').first().fill('GRNMA');
    await block(n, 'organization.type').locator('select').selectOption('professional-association');
    const countries = block(n, 'organization.countries');
    // The table asks for at least one country: its first row is there to fill.
    assert.equal(await countries.locator('tbody tr').count(), 1);
    await countries.getByRole('combobox', { name: 'Country, row 1' }).fill('GHA');
    await block(n, 'organization.contact')
      .locator('textarea, input')
      .first()
      .fill('secretariat@grnma.example');
    await block(n, 'implementation.rating').locator('input[value="partly"]').check();
    await block(n, 'equal-treatment.same-conditions').locator('input[value="partly"]').check();
    await block(n, 'recommendations.recommendations')
      .locator('textarea')
      .fill('Publish the Support and Safeguards List in every recruiting country.');
    await saved(n);
    await n.getByRole('button', { name: 'Submit the report' }).click();
    await n.getByText('The report has been submitted.').waitFor();

    // The secretariat sees it beside the national reports, accepts it; the round closes.
    await sec.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await sec.page.locator('tr', { hasText: '2027/28' }).getByRole('link', { name: '2027/28' }).click();
    const stakeholders = sec.page.locator('section', {
      has: sec.page.getByRole('heading', { name: 'Stakeholder reports' }),
    });
    await stakeholders.getByText('Ghana Registered Nurses and Midwives Association').waitFor();
    const ghanaRow = sec.page.locator('tr', {
      has: sec.page.getByRole('link', { name: 'Ghana', exact: true }),
    });
    assert.match(await ghanaRow.first().innerText(), /Published/);
    await sec.page.goto(`${base}/reporting/report?id=${stakeholderId}`, { waitUntil: 'networkidle' });
    await sec.page.getByRole('button', { name: 'Accept the report' }).click();
    await sec.page.getByText('The report has been accepted.').waitFor();
    await sec.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    const row2 = sec.page.locator('tr', { hasText: '2027/28' });
    await row2.getByRole('button', { name: 'Close 2027/28' }).click();
    await row2.getByRole('button', { name: 'Close', exact: true }).click();
    await row2.locator('.round-state', { hasText: 'Closed' }).waitFor();

    // The progress report is generated; its counts by region are those of the reports in the round.
    await sec.page.goto(`${base}/reporting/progress?round=2027`, { waitUntil: 'networkidle' });
    await sec.page.getByRole('button', { name: 'Generate the progress report' }).click();
    await sec.page.getByRole('button', { name: 'Generate the progress report' }).click();
    const afr = sec.page.locator('[data-by="region"] tbody tr[data-group="AFR"]');
    await afr.waitFor();
    const count = async (group: string, what: string) =>
      Number(
        await sec.page
          .locator(`[data-by="region"] tbody tr[data-group="${group}"] td[data-count="${what}"]`)
          .innerText(),
      );
    assert.equal(await count('AFR', 'authorities'), 2);
    assert.equal(await count('AFR', 'reports'), 1);
    assert.equal(await count('EUR', 'reports'), 0);
    assert.equal(await count('_T', 'reports'), 1);
    await sec.page.screenshot({ path: `${SHOTS}code-progress-generated-1366.png`, fullPage: true });
    await sec.page.getByRole('button', { name: 'Publish the round' }).click();
    await sec.page.getByText('can no longer be changed or regenerated').waitFor();
    await sec.page.getByRole('button', { name: 'Publish the round' }).click();
    await sec.page
      .getByText('The 2027/28 round is published: its global progress report is public.')
      .waitFor();

    // Anyone reads the progress report and Ghana's published report; the hostile text stays text.
    const visitor = await person(390);
    await visitor.page.goto(`${base}/reporting/progress?round=2027`, { waitUntil: 'networkidle' });
    await visitor.page.locator('article.pr-doc[data-state="published"]').waitFor();
    await visitor.page.goto(`${base}/reporting/report?id=${reportId}`, { waitUntil: 'networkidle' });
    await visitor.page.getByRole('heading', { level: 1, name: 'National report of Ghana' }).waitFor();
    assert.equal(
      await block(visitor.page, 'lessons.difficulties').locator('.rq-answer').innerText(),
      HOSTILE,
    );
    assert.equal(await visitor.page.evaluate('window.__pwned'), undefined);
    const draftPeek = await visitor.page.evaluate(
      async (id) => (await fetch(`/api/reports/${id}`)).status,
      stakeholderId,
    );
    assert.equal(draftPeek, 401, 'an accepted but unpublished stakeholder report is not public');
    assert.deepEqual(errors, []);
  });
});
