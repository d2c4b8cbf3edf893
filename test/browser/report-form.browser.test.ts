import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { createSetupLink } from '../../src/modules/accounts/index.ts';
import { importFile } from '../../src/modules/observations/index.ts';
import { ensureShippedQuestionnaires } from '../../src/modules/questionnaires/index.ts';
import type { Report } from '../../src/modules/reporting/schemas.ts';
import { operatorContext } from '../../src/platform/context.ts';
import { figuresCsv } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory } from './harness.ts';
import { block, CHOICES, HOSTILE, PNG, saved } from './report-answers.ts';

// A national authority of Ghana fills the 2027 national report in Chromium, against the server as `serve` wires it:
// the figures pre-filled from the data core with their origin, answers saved as typed, a reload before the save, a
// second window saving the same report (the 409 answered with a choice per question, nothing lost), a file attached,
// the report submitted; the secretariat returns it with a comment, the authority reads it and submits again, the
// secretariat accepts it and imports its figures. Markup typed as answers and comments shows as text.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const ADMIN = { name: 'Kofi Mensah', email: 'admin@who.example', password: 'long enough admin secret' };
const AUTHORITY = {
  name: 'Ama Mensah',
  email: 'ama.mensah@moh.gov.gh',
  password: 'ghana national authority',
};

describe('the report page in Chromium', { timeout: 900_000 }, () => {
  let obs: Observatory;
  let admin: BrowserContext;
  let authority: BrowserContext;
  let second: BrowserContext;
  let roundId = 0;
  const errors: string[] = [];

  async function newContext(viewport = LAPTOP) {
    const ctx = await obs.browser.newContext({ viewport, bypassCSP: true });
    ctx.setDefaultTimeout(60_000);
    return ctx;
  }
  async function newPage(ctx: BrowserContext) {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return page;
  }
  /** The API from inside a signed-in page: its cookie and its session's CSRF token. */
  async function api<T>(
    page: Page,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> {
    return (await page.evaluate(
      async ([m, p, b]) => {
        const s = (await (await fetch('/api/session')).json()) as { csrfToken?: string };
        const r = await fetch(p as string, {
          method: m as string,
          headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken ?? '' },
          ...(b === undefined ? {} : { body: JSON.stringify(b) }),
        });
        return { status: r.status, json: await r.json().catch(() => null) };
      },
      [method, path, body] as const,
    )) as { status: number; json: T };
  }

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    obs = await startObservatory({ accounts: true });
    const questionnaires = await ensureShippedQuestionnaires(obs.db);
    const csv = figuresCsv('GHA', [
      ['medical-doctors', 'NGA', 2025, 41],
      ['nursing-personnel', 'NGA', 2025, 120],
      ['nursing-personnel', 'CMR', 2025, 15],
    ]);
    await importFile(operatorContext(obs.db), {
      input: { fileName: 'ghana-foreign-trained.csv', bytes: new TextEncoder().encode(csv) },
    });
    // The first administrator, through the setup link; it acts as the secretariat.
    admin = await newContext();
    const setup = await createSetupLink(operatorContext(obs.db), { baseUrl: obs.base, onlyIfNeeded: true });
    assert.ok(setup);
    const token = new URL(setup.link).searchParams.get('token');
    const r = await admin.request.post(`${obs.base}/api/setup`, { data: { token, ...ADMIN } });
    assert.ok(r.ok(), await r.text());
    const page = await newPage(admin);
    await page.goto(`${obs.base}/account`);
    const round = await api<{ id: number }>(page, 'POST', '/api/rounds', {
      year: 2027,
      opensOn: '2027-01-01',
      closesOn: '2027-12-31',
      questionnaireId: questionnaires.national,
      stakeholderQuestionnaireId: questionnaires.stakeholder,
    });
    assert.equal(round.status, 201, JSON.stringify(round.json));
    roundId = round.json.id;
    assert.equal((await api(page, 'POST', `/api/rounds/${roundId}/open`, {})).status, 200);
    const invited = await api<{ link: string }>(page, 'POST', '/api/invitations', {
      email: AUTHORITY.email,
      role: 'national_authority',
      area: 'GHA',
    });
    assert.equal(invited.status, 201, JSON.stringify(invited.json));
    await page.close();
    authority = await newContext();
    const accepted = await authority.request.post(`${obs.base}/api/invitations/accept`, {
      data: {
        token: new URL(invited.json.link).searchParams.get('token'),
        name: AUTHORITY.name,
        password: AUTHORITY.password,
      },
    });
    assert.ok(accepted.ok(), await accepted.text());
    second = await newContext();
    const signed = await second.request.post(`${obs.base}/api/session`, {
      data: { email: AUTHORITY.email, password: AUTHORITY.password },
    });
    assert.ok(signed.ok(), await signed.text());
  });
  after(async () => {
    await obs?.close();
  });

  test('fill, autosave, conflict, attach, submit, return, resubmit, accept, import', async () => {
    const page = await newPage(authority);
    await page.goto(`${obs.base}/reporting`);
    await page.getByRole('button', { name: 'Start the report' }).click();
    await page.waitForURL(/\/reporting\/report\?id=\d+/);
    const id = Number(new URL(page.url()).searchParams.get('id'));
    await page.getByRole('heading', { level: 1, name: 'National report of Ghana' }).waitFor();
    assert.equal(await page.title(), 'National report — hwmo');

    // Pre-filled from the data core, each row with its origin.
    const stock = block(page, 'data.foreign-trained-stock');
    await stock.locator('tbody tr').first().waitFor();
    assert.equal(await stock.locator('tbody tr').count(), 3);
    assert.equal(await stock.locator('.origin-stored').count(), 3);
    assert.match(
      await stock.locator('.origin-stored').first().innerText(),
      /^As stored \(EXAMPLE, batch \d+\)$/,
    );
    assert.equal(
      await stock
        .locator('th.num')
        .first()
        .evaluate(
          (e) =>
            (
              globalThis as unknown as { getComputedStyle: (x: unknown) => { textAlign: string } }
            ).getComputedStyle(e).textAlign,
        ),
      'end',
    );

    // A changed figure shows its difference with the data core, as the API explains it.
    const count = stock.getByRole('textbox', { name: 'Number of health workers, row 1' });
    await count.fill('45');
    await saved(page);
    await stock.locator('.origin-different').first().waitFor();
    assert.match(await stock.locator('.origin-different').first().innerText(), /45/);

    // Sections list their completion; a question asked on a condition appears with its answer.
    const nav = page.getByRole('navigation', { name: 'Sections of the questionnaire' });
    assert.match(await nav.innerText(), /0 of 1 answered/);
    assert.equal(await block(page, 'authority.organization').count(), 0);
    await block(page, 'authority.designated').locator('input[value="yes"]').check();
    await block(page, 'authority.organization').waitFor();
    assert.match(
      await block(page, 'authority.organization').locator('.rq-issues').innerText(),
      /An answer is needed/,
    );
    await block(page, 'authority.designated').locator('input[value="no"]').check();
    await block(page, 'authority.organization').waitFor({ state: 'detached' });

    for (const [q, v] of CHOICES) await block(page, q).locator(`input[value="${v}"]`).check();
    await block(page, 'lessons.difficulties').locator('textarea').fill(HOSTILE);
    await saved(page);
    assert.deepEqual(await axeViolations(page), [], 'the form at 1366 px');
    await page.screenshot({ path: `${SHOTS}report-form-en-1366.png`, fullPage: false });

    // Typed, then reloaded before the save: restored from sessionStorage and saved.
    await block(page, 'lessons.comments').locator('textarea').fill('Kept across a reload');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'National report of Ghana' }).waitFor();
    assert.equal(
      await block(page, 'lessons.comments').locator('textarea').inputValue(),
      'Kept across a reload',
    );
    await saved(page);

    // A second window saves the same question; this one's save is refused (409) and the choice offered.
    const other = await newPage(second);
    await other.goto(`${obs.base}/reporting/report?id=${id}`);
    await block(other, 'lessons.lessons').locator('textarea').fill('Written in the second window');
    await saved(other);
    await block(page, 'lessons.lessons').locator('textarea').fill('Written in the first window');
    const notice = page.locator('.report-conflict');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Someone else saved this report meanwhile/);
    assert.equal(await notice.locator('[data-conflict]').count(), 1);
    assert.equal(await notice.locator('.conflict-theirs').innerText(), 'Written in the second window');
    assert.equal(
      await block(page, 'lessons.lessons').locator('textarea').inputValue(),
      'Written in the first window',
    );
    assert.deepEqual(await axeViolations(page), [], 'the conflict notice');
    await page.screenshot({ path: `${SHOTS}report-conflict-en-1366.png` });
    await notice.getByRole('radio', { name: /Keep mine/ }).check();
    await notice.getByRole('button', { name: 'Save with these choices' }).click();
    await notice.waitFor({ state: 'detached' });
    await saved(page);
    const stored = await api<Report>(page, 'GET', `/api/reports/${id}`);
    assert.equal(stored.json.answers['lessons.lessons'], 'Written in the first window');
    assert.equal(stored.json.answers['lessons.comments'], 'Kept across a reload');
    assert.equal(stored.json.answers['lessons.difficulties'], HOSTILE);
    await other.close();

    // A file attached, with its progress, listed with a delete.
    await block(page, 'data.source').locator('input[type=file]').setInputFiles({
      name: 'registry-2025.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await block(page, 'data.source').getByRole('link', { name: 'registry-2025.png' }).waitFor();
    await block(page, 'data.source')
      .getByRole('button', { name: /Delete/ })
      .waitFor();

    // Submitted once nothing is missing; then read only.
    await page.getByText('Every required answer is given: the report can be submitted.').waitFor();
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByText('The report has been submitted.').waitFor();
    await page
      .getByText('This report has been submitted: it is read only while the secretariat reviews it.')
      .waitFor();
    assert.equal(await block(page, 'lessons.difficulties').locator('.rq-answer').innerText(), HOSTILE);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    assert.deepEqual(await axeViolations(page), [], 'read only');

    // The secretariat returns it with a comment on a question.
    const review = await newPage(admin);
    await review.goto(`${obs.base}/reporting/report?id=${id}`);
    await review.getByRole('heading', { level: 1, name: 'National report of Ghana' }).waitFor();
    const commentBox = block(review, 'lessons.lessons').getByRole('textbox', {
      name: /Your comment on question/,
    });
    await commentBox.fill(`${HOSTILE} Please say which lessons.`);
    assert.deepEqual(await axeViolations(review), [], 'the review');
    await review.getByRole('button', { name: 'Return with comments' }).click();
    await review.getByText('The report has been returned with your comments.').waitFor();

    // The authority reads the comment under the question, as text, and submits again.
    await page.reload();
    const comment = block(page, 'lessons.lessons').locator('.rq-comment-body');
    await comment.waitFor();
    assert.equal(await comment.innerText(), `${HOSTILE} Please say which lessons.`);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    await block(page, 'lessons.lessons').locator('textarea').fill('Bilateral agreements need monitoring.');
    await saved(page);
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByText('The report has been submitted.').waitFor();

    // The secretariat accepts it and imports its figures.
    await review.reload();
    await review.getByRole('button', { name: 'Accept the report' }).click();
    await review.getByText('The report has been accepted.').waitFor();
    await review.getByRole('button', { name: 'Import the figures into the data core' }).click();
    const batch = review.locator('[data-batch]');
    await batch.waitFor();
    assert.match(
      await batch.innerText(),
      /^Figures imported as batch \d+: \d+ new, \d+ revised, \d+ unchanged\.$/,
    );
    const final = await api<Report>(review, 'GET', `/api/reports/${id}`);
    assert.equal(final.json.state, 'accepted');
    assert.ok(final.json.importedBatch);

    // Both sizes, English and Arabic, looked at.
    for (const [lang, size, name] of [
      ['en', PHONE, '390'],
      ['ar', LAPTOP, '1366'],
      ['ar', PHONE, '390'],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${obs.base}/reporting/report?id=${id}&lang=${lang}`);
      await page.locator('main h1').waitFor();
      await block(page, 'lessons.lessons').waitFor();
      if (lang === 'ar') assert.equal(await page.evaluate('document.documentElement.dir'), 'rtl');
      assert.deepEqual(await axeViolations(page), [], `${lang} ${name}`);
      assert.ok(
        ((await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        )) as number) <= 0,
        `${lang} ${name}: nothing wider than the page`,
      );
      await page.screenshot({ path: `${SHOTS}report-read-${lang}-${name}.png` });
    }
    await page.setViewportSize(LAPTOP);
    await page.goto(`${obs.base}/reporting/report?id=${id}&lang=ar`);
    await block(page, 'data.foreign-trained-stock').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}report-table-ar-1366.png` });
    assert.deepEqual(errors, []);
  });
});
