import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { authenticate } from '../../src/modules/accounts/index.ts';
import { BANK_PATH } from '../../src/modules/recruiters/bank.ts';
import type { QuestionBank } from '../../src/modules/recruiters/schemas.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { insertActorUser } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory } from './harness.ts';

// An agency applies with a new account on a phone, fails the knowledge test twice and passes it; the secretariat
// lists it; a health worker files a complaint and follows it by its reference; the secretariat investigates and
// suspends; the agency appeals in writing; the secretariat upholds the appeal and reinstates it. The public register
// then shows each dated step, and the audit trail records each one.
const ARTIFACTS = 'test-artifacts/browser';
const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
const correct = new Map(bank.questions.map((q) => [q.id, { correct: q.correct, n: q.options.length }]));

const secretariat: Actor = {
  kind: 'user',
  userId: 900,
  email: 'register.reviewer@secretariat.example.org',
  name: 'Register Reviewer',
  grants: [{ role: 'secretariat', area: null }],
  via: 'session',
};

const AGENCY = 'Ethical Care Recruitment';

describe('the recruiters’ register in Chromium', { timeout: 300_000 }, () => {
  let db: Database;
  let browser: Browser;
  let obs: Observatory;
  let base = '';
  /** Who the reviewer's requests come from; null: whoever the session cookie says. */
  let actor: Actor | null = null;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    obs = await startObservatory({
      accounts: true,
      authenticate: async (c, d) => actor ?? authenticate(c, d),
    });
    ({ db, browser, base } = obs);
    await insertActorUser(db, secretariat);
    await db.query("SELECT setval(pg_get_serial_sequence('app_user', 'id'), 1000)");
    actor = { kind: 'operator', name: 'tester@test' };
    const opened = await fetch(`${base}/api/recruiters/registers/GBR`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(opened.status, 200, await opened.text());
    actor = null;
  });
  after(async () => {
    await obs?.close();
  });

  /** The page on a phone and on a laptop, checked with axe each time. */
  async function shots(page: Page, name: string): Promise<void> {
    await page.evaluate('window.scrollTo(0, 0)');
    assert.deepEqual(await axeViolations(page), [], `${name} on a phone`);
    await page.screenshot({ path: `${ARTIFACTS}/recruiters-${name}-phone.png`, fullPage: true });
    await page.setViewportSize(LAPTOP);
    assert.deepEqual(await axeViolations(page), [], `${name} on a laptop`);
    await page.screenshot({ path: `${ARTIFACTS}/recruiters-${name}-laptop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    assert.ok(overflow <= 0, `${name}: the phone page scrolls sideways by ${overflow}px`);
  }

  async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }

  /** Answers every question of the test on the page: right ones, or all wrong. */
  async function answer(page: Page, right: boolean): Promise<void> {
    const questions = page.locator('fieldset[data-question]');
    await questions.first().waitFor();
    const n = await questions.count();
    assert.equal(n, 15);
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      const id = (await q.getAttribute('data-question')) ?? '';
      const c = correct.get(id);
      assert.ok(c, id);
      await q
        .getByRole('radio')
        .nth(right ? c.correct : (c.correct + 1) % c.n)
        .check();
    }
    await page.getByRole('button', { name: 'Submit my answers' }).click();
  }

  test('apply, fail twice, pass, listed, complaint, suspension, appeal, reinstatement; each step audited', async () => {
    const applicant = await newPage();
    const a = applicant.page;
    await a.goto(`${base}/recruiters?view=apply`, { waitUntil: 'networkidle' });
    await a.getByRole('heading', { level: 2, name: 'Apply to the register' }).waitFor();
    await a.getByLabel('Register applied to').selectOption('GBR');
    await a.getByLabel('Name', { exact: true }).fill(AGENCY);
    await a.getByLabel('Legal entity').fill(`${AGENCY} Ltd`);
    await a.getByLabel('Countries it recruits in or from').fill('PHL, IND');
    await a.getByLabel('Its name').fill(`${AGENCY} Training`);
    await a.getByLabel('How it is associated').fill('subsidiary');
    await a.getByLabel('Referee’s name').fill('Jane Referee');
    await a.getByLabel('Referee’s organisation').fill('An NHS Trust');
    await a.getByLabel('Referee’s e-mail address').fill('jane.referee@nhs.example.org');
    await a.getByLabel('We commit to the destination’s code').check();
    await a.getByLabel('We charge candidates no fees').check();
    await a.getByLabel('Your name').fill('Amina Applicant');
    await a.getByLabel('Your e-mail address').fill('amina@ethical-care.example.org');
    await a.getByLabel('A password').fill('a long enough passphrase 42');
    await shots(a, 'apply');
    await a.getByRole('button', { name: 'Apply', exact: true }).click();

    // Signed in with the new account, on the organisation's own page: the test is next.
    await a.getByRole('heading', { level: 3, name: AGENCY }).waitFor();
    await a.getByText('Applied', { exact: true }).waitFor();
    for (const round of [1, 2]) {
      if (round === 1) await a.getByRole('link', { name: 'Take the knowledge test' }).click();
      else await a.getByRole('button', { name: 'Take the test again' }).click();
      if (round === 1) await shots(a, 'test');
      await answer(a, false);
      await a.getByText(`Not passed: 0 of 15 correct. Attempts left before a wait: ${3 - round}.`).waitFor();
    }
    await shots(a, 'test-failed');
    await a.getByRole('button', { name: 'Take the test again' }).click();
    await answer(a, true);
    await a.getByText('Passed: 15 of 15 correct.', { exact: false }).waitFor();

    // The secretariat lists it from the queue.
    actor = secretariat;
    const reviewer = await newPage();
    const r = reviewer.page;
    await r.goto(`${base}/recruiters?view=review&register=GBR`, { waitUntil: 'networkidle' });
    const application = r.getByRole('article', { name: AGENCY });
    await application.getByText('Test passed, awaiting review').waitFor();
    await application
      .getByLabel(`Written reasons about ${AGENCY}`)
      .fill('References checked with the trust.');
    await shots(r, 'review-application');
    await application.getByRole('button', { name: 'List' }).click();
    await r.getByRole('status').getByText(`${AGENCY}: Listed.`).waitFor();
    actor = null;

    // The public register shows it listed, with its history; a health worker complains.
    const worker = await newPage();
    const w = worker.page;
    await w.goto(`${base}/recruiters`, { waitUntil: 'networkidle' });
    const card = w.getByRole('article', { name: AGENCY });
    await card.getByText('Listed', { exact: true }).waitFor();
    await card.getByText('History').click();
    assert.deepEqual(
      (await card.locator('.recruiter-history li').allInnerTexts()).map((s) => s.replace(/^.* — /, '')),
      ['Applied', 'Passed the knowledge test', 'Listed: References checked with the trust.'],
    );
    await shots(w, 'register');
    await card.getByRole('link', { name: `File a complaint about ${AGENCY}` }).click();
    await w.getByRole('heading', { level: 2, name: 'File a complaint' }).waitFor();
    assert.equal(
      await w.getByLabel('Organisation complained about').locator('option:checked').innerText(),
      `${AGENCY} (United Kingdom of Great Britain and Northern Ireland)`,
    );
    await w.getByLabel('You are').selectOption('health_worker');
    await w.getByLabel('Your name (optional)').fill('Grace Nurse');
    await w.getByLabel('When it happened (optional)').fill('2025-03-01');
    await w
      .getByLabel('What happened')
      .fill('I was asked to pay a fee of 2,000 dollars to be put forward for a job in England.');
    await w.getByRole('button', { name: 'File the complaint' }).click();
    await w
      .getByRole('status')
      .getByText('Your complaint is filed. Keep its reference to follow it:')
      .waitFor();
    const reference = await w.locator('.recruiter-reference').innerText();
    assert.match(reference, /^RC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await w.getByRole('button', { name: 'Follow', exact: true }).click();
    await w.getByText(`Complaint ${reference} about ${AGENCY}: received`).waitFor();
    await shots(w, 'complaint');

    // The secretariat investigates, then suspends with its reasons.
    actor = secretariat;
    await r.reload({ waitUntil: 'networkidle' });
    const complaint = r.locator(`article[data-reference="${reference}"]`);
    await complaint.getByText('I was asked to pay a fee').waitFor();
    await complaint.getByRole('button', { name: 'Investigate' }).click();
    await r.getByRole('status').getByText(`${reference}: under investigation.`).waitFor();
    await complaint
      .getByLabel('Written reasons')
      .fill('The fee was charged: confirmed with the candidate’s bank.');
    await shots(r, 'review-complaint');
    await complaint.getByRole('button', { name: 'Suspend' }).click();
    await r.getByRole('status').getByText(`${reference}: decided: a suspension.`).waitFor();
    actor = null;

    // The agency appeals in writing from its own page.
    await a.goto(`${base}/recruiters?view=mine`, { waitUntil: 'networkidle' });
    await a.getByText('Suspended', { exact: true }).waitFor();
    await a.getByText(`${reference}, filed`).waitFor();
    await a
      .getByLabel('Your written appeal')
      .fill(
        'The fee was charged by a former sub-contractor without our knowledge; it has been refunded in full.',
      );
    await shots(a, 'appeal');
    await a.getByRole('button', { name: 'File the appeal' }).click();
    await a.getByRole('status').getByText('Your appeal is filed.').waitFor();
    await a.getByText('Appeal filed, awaiting a decision').waitFor();

    // The secretariat upholds the appeal: the agency is reinstated.
    actor = secretariat;
    await r.reload({ waitUntil: 'networkidle' });
    await complaint.getByText('former sub-contractor').waitFor();
    await complaint.getByLabel('Written reasons').fill('Refund shown; the sub-contract has ended.');
    await complaint.getByRole('button', { name: 'Uphold the appeal and reinstate' }).click();
    await r.getByRole('status').getByText(`${AGENCY}: Listed.`).waitFor();

    // The audit trail has each step.
    await r.goto(`${base}/audit?area=GBR`, { waitUntil: 'networkidle' });
    await r.locator('table code').first().waitFor();
    const actions = await r.locator('table code').allInnerTexts();
    for (const step of [
      'recruiters.apply',
      'recruiters.attempt.start',
      'recruiters.attempt.submit',
      'recruiters.list',
      'recruiters.complaint.file',
      'recruiters.complaint.investigate',
      'recruiters.suspend',
      'recruiters.complaint.suspension',
      'recruiters.appeal.file',
      'recruiters.reinstate',
      'recruiters.appeal.upheld',
    ])
      assert.ok(actions.includes(step), `${step} in the audit trail: ${actions.join(', ')}`);
    assert.equal(actions.filter((x) => x === 'recruiters.attempt.submit').length, 3, 'three attempts');
    await shots(r, 'audit');
    actor = null;

    // The public register tells the whole dated story; the complaint's follower sees the appeal upheld.
    await w.goto(`${base}/recruiters`, { waitUntil: 'networkidle' });
    await card.getByText('Listed', { exact: true }).waitFor();
    await card.getByText('History').click();
    assert.deepEqual(
      (await card.locator('.recruiter-history li').allInnerTexts()).map((s) =>
        s.replace(/^.* — /, '').replace(/:.*/, ''),
      ),
      ['Applied', 'Passed the knowledge test', 'Listed', 'Suspended', 'Reinstated'],
    );
    await shots(w, 'register-history');
    await w.goto(`${base}/recruiters?view=complain&ref=${reference}`, { waitUntil: 'networkidle' });
    await w.getByRole('button', { name: 'Follow', exact: true }).click();
    await w.getByText('Appeal upheld').waitFor();

    for (const p of [applicant, reviewer, worker]) {
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  });
});
