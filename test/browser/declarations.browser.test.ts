import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { authenticate, SESSION_COOKIE } from '../../src/modules/accounts/index.ts';
import { BANK_PATH } from '../../src/modules/recruiters/bank.ts';
import type {
  ApplicationResult,
  AttemptResult,
  QuestionBank,
  StartedAttempt,
} from '../../src/modules/recruiters/schemas.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { insertActorUser } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory } from './harness.ts';

// A listed agency, signed in with its own session, declares its placements of nurses on a phone: a line with a
// month to come is refused with its error beside it and nothing stored; without it, a line from Nigeria (red for
// the United Kingdom) is flagged and one from India (green) is not. A reviewer accepts the Nigerian line with a note
// from the queue, and the agency then reads it accepted, with the note, in its table.
const ARTIFACTS = 'test-artifacts/browser';
const bank = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as QuestionBank;
const correct = new Map(bank.questions.map((q) => [q.id, q.correct]));

const secretariat: Actor = {
  kind: 'user',
  userId: 900,
  email: 'register.reviewer@secretariat.example.org',
  name: 'Register Reviewer',
  grants: [{ role: 'secretariat', area: null }],
  via: 'session',
};
const operator: Actor = { kind: 'operator', name: 'tester@test' };

const AGENCY = 'Ethical Care Recruitment';
const MONTH = '2025-06';
const now = new Date();
const FUTURE = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);

describe('declarations of recruitment in Chromium', { timeout: 300_000 }, () => {
  let db: Database;
  let browser: Browser;
  let obs: Observatory;
  let base = '';
  /** Who requests come from; null: whoever the session cookie says. */
  let actor: Actor | null = null;
  let cookie = '';

  const post = async <T>(as: Actor | null, path: string, body: unknown, status: number) => {
    actor = as;
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      ...(body === null
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    actor = null;
    const text = await res.text();
    assert.equal(res.status, status, `${path}: ${text}`);
    return { body: JSON.parse(text) as T, res };
  };

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    obs = await startObservatory({
      accounts: true,
      authenticate: async (c, d) => actor ?? authenticate(c, d),
    });
    ({ db, browser, base } = obs);
    await insertActorUser(db, secretariat);
    await db.query("SELECT setval(pg_get_serial_sequence('app_user', 'id'), 1000)");

    // The agency gets listed as on the register's pages: its application opens its session, it passes the test,
    // the operator lists it.
    actor = operator;
    const opened = await fetch(`${base}/api/recruiters/registers/GBR`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(opened.status, 200, await opened.text());
    actor = null;
    const applied = await post<ApplicationResult>(
      null,
      '/api/recruiters/organisations',
      {
        register: 'GBR',
        kind: 'agency',
        name: AGENCY,
        legalEntity: `${AGENCY} Ltd`,
        countries: ['NGA', 'IND'],
        associatedBusinesses: [],
        referees: [{ name: 'Jane Referee', organisation: 'An NHS Trust', email: 'jane@nhs.example.org' }],
        commitsToCode: true,
        chargesNoFees: true,
        account: {
          email: 'amina@ethical-care.example.org',
          name: 'Amina Applicant',
          password: 'a long enough passphrase 42',
        },
      },
      201,
    );
    const set = applied.res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    assert.ok(set, 'the application opens a session');
    cookie = set.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
    const user = applied.body.session?.user;
    assert.ok(user);
    const member: Actor = {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      grants: [],
      via: 'session',
    };
    const id = applied.body.organisation.id;
    const attempt = await post<StartedAttempt>(
      member,
      `/api/recruiters/organisations/${id}/attempts`,
      null,
      201,
    );
    const answers = Object.fromEntries(attempt.body.questions.map((q) => [q.id, correct.get(q.id) ?? 0]));
    const scored = await post<AttemptResult>(
      member,
      `/api/recruiters/organisations/${id}/attempts/${attempt.body.id}/submit`,
      { answers },
      200,
    );
    assert.equal(scored.body.attempt.passed, true);
    await post(operator, `/api/recruiters/organisations/${id}/review`, { decision: 'list' }, 200);
  });
  after(async () => {
    await obs?.close();
  });

  /** The page on a phone and on a laptop, checked with axe each time. */
  async function shots(page: Page, name: string): Promise<void> {
    await page.evaluate('window.scrollTo(0, 0)');
    assert.deepEqual(await axeViolations(page), [], `${name} on a phone`);
    await page.screenshot({ path: `${ARTIFACTS}/declarations-${name}-phone.png`, fullPage: true });
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    assert.ok(overflow <= 0, `${name}: the phone page scrolls sideways by ${overflow}px`);
    await page.setViewportSize(LAPTOP);
    assert.deepEqual(await axeViolations(page), [], `${name} on a laptop`);
    await page.screenshot({ path: `${ARTIFACTS}/declarations-${name}-laptop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
  }

  async function newPage(
    signedIn: boolean,
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    if (signedIn) await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: base }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }

  test('declare with a wrong line, then two lines; the red one is flagged, accepted by a reviewer', async () => {
    const agency = await newPage(true);
    const a = agency.page;
    await a.goto(`${base}/recruiters?view=mine`, { waitUntil: 'networkidle' });
    const mine = a.getByRole('article', { name: AGENCY });
    await mine.getByText('Listed', { exact: true }).waitFor();
    const form = mine.getByRole('form', { name: 'Declare placements' });
    await form.waitFor();
    await mine.getByText('Nothing declared yet.').waitFor();

    const line = (n: number) => form.getByRole('group', { name: `Line ${n}` });
    const fillLine = async (n: number, values: { month: string; origin: string; placed: string }) => {
      await line(n).getByLabel('Month they started work').fill(values.month);
      await line(n).getByLabel('Country recruited from').selectOption(values.origin);
      await line(n).getByLabel('Occupation').selectOption('nursing-personnel');
      await line(n).getByLabel('Number placed').fill(values.placed);
    };
    await fillLine(1, { month: MONTH, origin: 'NGA', placed: '4' });
    await form.getByRole('button', { name: 'Add a line' }).click();
    await fillLine(2, { month: MONTH, origin: 'IND', placed: '10' });
    await form.getByRole('button', { name: 'Add a line' }).click();
    await fillLine(3, { month: FUTURE, origin: 'PHL', placed: '2' });
    assert.ok(
      (await line(1).getByLabel('Agreement recruited under').locator('option').allInnerTexts()).some((o) =>
        o.startsWith('UK–Kenya'),
      ),
      "the destination's published agreements are offered",
    );
    await form.getByRole('button', { name: 'Declare', exact: true }).click();

    // Refused as a whole: the month to come is wrong, beside its field on line 3; nothing is stored.
    const month3 = line(3).getByLabel('Month they started work');
    await line(3).getByText(`${FUTURE} is after this month`).waitFor();
    assert.equal(await month3.getAttribute('aria-invalid'), 'true');
    const described = (await month3.getAttribute('aria-describedby')) ?? '';
    assert.equal(await a.locator(`[id="${described}"]`).innerText(), `${FUTURE} is after this month`);
    assert.equal(await form.locator('[aria-invalid="true"]').count(), 1, 'only the wrong field is marked');
    await form.getByText('nothing was stored').waitFor();
    await mine.getByText('Nothing declared yet.').waitFor();
    await shots(a, 'form-error');

    await form.getByRole('button', { name: 'Remove line 3' }).click();
    assert.equal(await form.locator('[aria-invalid="true"]').count(), 0);
    await form.getByRole('button', { name: 'Declare', exact: true }).click();
    const outcome = form.locator('.declare-outcome');
    await outcome.getByText('Lines stored: 2. Waiting for a reviewer: 1.').waitFor();
    assert.deepEqual(await outcome.locator('li').allInnerTexts(), [
      'Nigeria was red for United Kingdom in 2025-06: employers there should not actively recruit from it',
    ]);
    const table = mine.getByRole('region', { name: /^Placements declared by/ }).locator('table');
    const row = (origin: string) => table.getByRole('row').filter({ hasText: origin });
    await row('Nigeria').waitFor();
    assert.deepEqual(await row('Nigeria').getByRole('cell').allInnerTexts(), [
      'Nigeria',
      'Nursing personnel',
      '4',
      'red',
      'pending',
      'Nigeria was red for United Kingdom in 2025-06: employers there should not actively recruit from it',
      '',
    ]);
    assert.equal(await row('Nigeria').getByRole('rowheader').innerText(), 'June 2025');
    assert.deepEqual(await row('India').getByRole('cell').allInnerTexts(), [
      'India',
      'Nursing personnel',
      '10',
      'green',
      'not needed',
      '',
      '',
    ]);
    assert.equal(await form.getByRole('group').count(), 1, 'the form starts again with one line');
    await shots(a, 'declared');

    // A reviewer of the register accepts the Nigerian line with a note.
    actor = secretariat;
    const reviewer = await newPage(false);
    const r = reviewer.page;
    await r.goto(`${base}/recruiters?view=review&register=GBR`, { waitUntil: 'networkidle' });
    const queue = r.getByRole('region', { name: 'Declarations waiting for review' });
    const card = queue.getByRole('article', { name: `${AGENCY} — June 2025, Nigeria` });
    await card.getByText('Nigeria was red for United Kingdom in 2025-06').waitFor();
    assert.equal(await queue.getByRole('article').count(), 1, 'the green line waits for no one');
    const note = card.getByLabel('Reviewer’s note (required)');
    assert.equal(await note.getAttribute('required'), '');
    await card.getByRole('button', { name: 'Accept' }).click();
    assert.equal(await queue.getByRole('article').count(), 1, 'no decision without a note');
    await note.fill('Direct applications to an NHS trust, no active recruitment: checked with the trust.');
    await shots(r, 'review');
    await card.getByRole('button', { name: 'Accept' }).click();
    await queue.getByRole('status').getByText(`${AGENCY}, June 2025, Nigeria: accepted.`).waitFor();
    await queue.getByText('No declaration waits for review.').waitFor();
    actor = null;

    // The agency reads the line accepted, with the reviewer's note.
    await a.reload({ waitUntil: 'networkidle' });
    await row('Nigeria').waitFor();
    const cells = await row('Nigeria').getByRole('cell').allInnerTexts();
    assert.equal(cells[4], 'accepted');
    assert.equal(
      cells[6],
      'Direct applications to an NHS trust, no active recruitment: checked with the trust.',
    );
    await shots(a, 'accepted');

    // In Arabic, right to left, the same table with the flag in Arabic.
    await a.goto(`${base}/recruiters?view=mine&lang=ar`, { waitUntil: 'networkidle' });
    await a.getByRole('heading', { name: 'التصريح بالتوظيفات' }).waitFor();
    assert.equal(await a.evaluate('document.documentElement.dir'), 'rtl');
    await a.getByText('مقبولة').waitFor();
    await shots(a, 'accepted-ar');

    for (const p of [agency, reviewer]) {
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  });
});
