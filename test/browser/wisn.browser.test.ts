import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { userActor } from '../actors.ts';
import { insertActorUser } from '../permission-matrix/reports-fixture.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory, until } from './harness.ts';

// The WISN page: Ghana's national authority types a district hospital's nurses (two activities, a category and an
// individual allowance), computes, checks the staffing against the arithmetic below, saves, reloads and finds the
// study, downloads its workbook and results, meets a stale save, and a workbook refused; then in Arabic on a phone.
const ghana: Actor = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });

// By hand, as the WHO manual computes it:
//   days worked = 260 − (10 + 20 + 5 + 5) = 220; AWT = 220 × 8 = 1760 hours
//   SW outpatient consultation (20 minutes) = 1760 ÷ (20 ÷ 60) = 5280; 10 560 ÷ 5280 = 2
//   SW inpatient day of care (2 hours) = 1760 ÷ 2 = 880; 4400 ÷ 880 = 5; staff for the service workload = 7
//   CAF = 1 ÷ (1 − 10 ÷ 100) = 1.1111…
//   IAF = ward supervision 4 hours a week × (220 ÷ 5 = 44 weeks) × 2 staff ÷ 1760 = 352 ÷ 1760 = 0.2
//   required = 7 × 1.1111… + 0.2 = 7.9778; existing 6: difference −1.9778, ratio 6 ÷ 7.9778 = 0.7521
//   (from 0.5 to below 0.8: high workload pressure)
const REQUIRED = 7 * (1 / 0.9) + 0.2;
const RATIO = 6 / REQUIRED;
const STUDY = 'Techiman district hospital nurses 2026';

/** A workbook's bytes read by exceljs, which takes an ArrayBuffer of exactly them. */
async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('the WISN page in Chromium', { timeout: 300_000 }, () => {
  let obs: Observatory;
  let browser: Browser;
  let base = '';
  let actor: Actor = { kind: 'public' };
  let studyId = 0;

  before(async () => {
    obs = await startObservatory({ authenticate: async () => actor });
    ({ browser, base } = obs);
    // The account behind the actor, so that the page's session names the user and their grant.
    await insertActorUser(obs.db, ghana);
    if (ghana.kind === 'user')
      await obs.db.query('INSERT INTO user_grant (user_id, role, area) VALUES ($1, $2, $3)', [
        ghana.userId,
        'national_authority',
        'GHA',
      ]);
  });
  after(async () => {
    await obs?.close();
  });

  const open = async (viewport: { width: number; height: number }) => {
    const page = await browser.newPage({ viewport, bypassCSP: true, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  };
  const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });
  const cells = (page: Page, cadre: string) =>
    page.locator(`.wisn-facility-results tr[data-cadre="${cadre}"] td`).allInnerTexts();

  test('the public computes the worked example, and is not offered to save it', async () => {
    actor = { kind: 'public' };
    const { page, errors } = await open(LAPTOP);
    await page.goto(`${base}/wisn`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Staffing need (WISN)' }).waitFor();
    assert.equal(await page.title(), 'Staffing need (WISN) — hwmo');
    assert.equal(await page.getByRole('heading', { name: 'Your studies' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Save the study' }).count(), 0);
    const inMenu = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Staffing need' });
    assert.equal(await inMenu.getAttribute('aria-current'), 'page');
    // The template, opened in the calculator: read into the form, stored nowhere.
    const template = await page.request.get(`${base}/api/wisn/template.xlsx`);
    await page.getByLabel('WISN workbook (XLSX)').setInputFiles({
      name: 'hwmo-wisn-template.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await template.body(),
    });
    await page.getByRole('button', { name: 'Open in the calculator' }).click();
    await page.getByRole('status').getByText('hwmo-wisn-template.xlsx is read into the form').waitFor();
    assert.equal(await page.getByLabel('Name of the study').inputValue(), 'Kintampo district hospital 2026');
    await page.getByRole('button', { name: 'Start a new study' }).click();
    assert.equal(await page.getByLabel('Name of the study').inputValue(), '');
    await page.getByRole('button', { name: 'Load the worked example (district hospital)' }).click();
    assert.equal(await page.getByLabel('Name of the study').inputValue(), 'Kintampo district hospital 2026');
    // What the API refuses is shown by the field it names, and what was typed stays.
    const nurses = group(page, 'Cadre 1');
    const hours = nurses.getByLabel('h. Working hours in a day');
    const days = nurses.getByLabel('A. Possible working days in a year');
    const compute = page.getByRole('button', { name: 'Compute', exact: true });
    const refusal = page.locator('.wisn-study > [role="alert"]');
    await hours.fill('');
    await compute.click();
    await refusal.waitFor();
    assert.equal(await hours.getAttribute('aria-invalid'), 'true');
    assert.match(
      await refusal.innerText(),
      /Cadre 1 › Available working time › h\. Working hours in a day: /,
    );
    await hours.fill('8');
    await nurses.getByLabel('C. Annual leave (days)').fill('300');
    await compute.click();
    await until(async () => (await days.getAttribute('aria-invalid')) === 'true');
    assert.equal(await hours.getAttribute('aria-invalid'), null);
    await refusal.getByRole('link').first().click();
    assert.equal(await page.evaluate('document.activeElement.id'), await days.getAttribute('id'));
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/wisn-refused-laptop.png', fullPage: true });
    await nurses.getByLabel('C. Annual leave (days)').fill('20');
    await compute.click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    assert.equal(await refusal.count(), 0);
    // The fixture's nurses and midwives (computed by hand in src/modules/wisn/domain/wisn.test.ts).
    assert.equal((await cells(page, 'NUR')).length, 11);
    assert.equal((await cells(page, 'MID')).length, 11);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/wisn-example-laptop.png', fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a national authority enters a district hospital study, computes, saves, reloads and downloads it', async () => {
    actor = ghana;
    const { page, errors } = await open(LAPTOP);
    await page.goto(`${base}/wisn`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Your studies' }).waitFor();
    await page.getByText('No study is saved yet').waitFor();
    // Their own country is where the study starts.
    assert.equal(await page.getByLabel('Country').inputValue(), 'GHA');

    await page.getByLabel('Name of the study').fill(STUDY);
    await page.getByLabel('Type of facility studied').fill('District hospital');
    const facility = group(page, 'Facility 1');
    await facility.getByLabel('Code').fill('TDH');
    await facility.getByLabel('Name').fill('Techiman district hospital');

    const cadre = group(page, 'Cadre 1');
    await cadre.getByLabel('Code', { exact: true }).fill('NUR');
    await cadre.getByLabel('Staff category').fill('Nurses');
    const working = group(cadre, 'Available working time');
    await working.getByLabel('A. Possible working days in a year').fill('260');
    await working.getByLabel('B. Public holidays (days)').fill('10');
    await working.getByLabel('C. Annual leave (days)').fill('20');
    await working.getByLabel('D. Sick leave (days)').fill('5');
    await working.getByLabel('E. Other leave, training included (days)').fill('5');
    await working.getByLabel('h. Working hours in a day').fill('8');
    assert.equal(await working.getByLabel('Working days in a week').inputValue(), '5');
    const first = group(cadre, 'Activity 1');
    await first.getByLabel('Activity', { exact: true }).fill('Outpatient consultation');
    await first.getByLabel('Activity standard').fill('20');
    await first.getByLabel('Standard given as').selectOption('minutes');
    await cadre.getByRole('button', { name: 'Add an activity' }).click();
    const second = group(cadre, 'Activity 2');
    await second.getByLabel('Activity', { exact: true }).fill('Inpatient day of care');
    await second.getByLabel('Activity standard').fill('2');
    await second.getByLabel('Standard given as').selectOption('hours');
    await cadre.getByRole('button', { name: 'Add a category allowance' }).click();
    const cas = group(cadre, 'Category allowance 1');
    await cas.getByLabel('Support activity').fill('Staff meetings');
    await cas.getByLabel('Allowance standard').fill('10');
    assert.equal(await cas.getByLabel('Unit').inputValue(), 'percent');

    const here = group(page, 'Techiman district hospital — Nurses');
    await here.getByLabel('Staff in post').fill('6');
    await here.getByLabel('Annual workload: Outpatient consultation').fill('10560');
    await here.getByLabel('Annual workload: Inpatient day of care').fill('4400');
    await here.getByRole('button', { name: 'Add an individual allowance' }).click();
    const ias = group(here, 'Individual allowance 1');
    await ias.getByLabel('Additional activity').fill('Ward supervision');
    await ias.getByLabel('Time for one member of staff').fill('4');
    await ias.getByLabel('Unit').selectOption('hours');
    await ias.getByLabel('Per').selectOption('week');
    await ias.getByLabel('Members of staff doing it').fill('2');

    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    const [awtDays, awtHours, service, casPercent, caf, iaf, required, existing, difference, ratio, level] =
      await cells(page, 'NUR');
    assert.deepEqual(
      [awtDays, awtHours, service, casPercent, caf, iaf, required, existing, difference, ratio, level],
      [
        '220.0',
        '1,760',
        '7.00',
        '10.00',
        '1.111',
        '0.20',
        REQUIRED.toFixed(2),
        '6.0',
        `-${(REQUIRED - 6).toFixed(2)}`,
        RATIO.toFixed(2),
        'High workload pressure',
      ],
    );
    assert.equal(REQUIRED.toFixed(2), '7.98');
    assert.equal(RATIO.toFixed(2), '0.75');
    const sw = await page.locator('.wisn-facility-results table').nth(1).locator('tbody tr').allInnerTexts();
    assert.deepEqual(
      sw.map((r) => r.split('\t').map((c) => c.trim())),
      [
        ['Outpatient consultation', 'Nurses', '10,560', '5,280.0', '2.00'],
        ['Inpatient day of care', 'Nurses', '4,400', '880.0', '5.00'],
      ],
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/wisn-results-laptop.png', fullPage: true });

    await page.getByRole('button', { name: 'Save the study' }).click();
    await page.getByRole('status').getByText(`Saved: “${STUDY}”, version 1.`).waitFor();
    await page.waitForURL(/study=\d+/);
    studyId = Number(new URL(page.url()).searchParams.get('study'));
    assert.ok(studyId > 0);

    await page.reload({ waitUntil: 'networkidle' });
    const card = page.locator('.wisn-study-card', { hasText: STUDY });
    await card.waitFor();
    assert.match(await card.innerText(), /GHA · District hospital · facilities: 1, cadres: 1/);
    assert.match(await card.innerText(), /Version 1, changed by/);
    await page.getByText(`You are changing the stored study “${STUDY}” (version 1).`).waitFor();
    assert.equal(await page.getByLabel('Name of the study').inputValue(), STUDY);
    assert.equal(
      await group(page, 'Techiman district hospital — Nurses').getByLabel('Staff in post').inputValue(),
      '6',
    );

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: `Workbook (XLSX) ${STUDY}` }).click(),
    ]);
    const wb = await workbookOf(readFileSync((await xlsx.path()) as string));
    const sheet = (name: string) => {
      const ws = wb.getWorksheet(name);
      assert.ok(ws, `sheet ${name}`);
      return ws;
    };
    // exceljs counts columns from 1: its row values start with a hole.
    const rowOf = (name: string, n: number) => (sheet(name).getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(rowOf('study', 2), [STUDY, 'GHA', 'District hospital']);
    assert.deepEqual(rowOf('cadres', 2), ['NUR', 'Nurses', 260, 10, 20, 5, 5, 8, 5]);
    assert.equal(sheet('activities').rowCount, 3);
    assert.deepEqual(rowOf('ias', 2), ['TDH', 'NUR', 'Ward supervision', 4, 'hours', 'week', 2]);
    const header = rowOf('results', 1);
    const row = rowOf('results', 2);
    const value = (column: string) => row[header.indexOf(column)];
    assert.equal(value('facility'), 'TDH');
    assert.ok(Math.abs(Number(value('required')) - REQUIRED) < 1e-9);
    assert.ok(Math.abs(Number(value('ratio')) - RATIO) < 1e-9);
    assert.equal(value('level'), 'high_pressure');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: `Results (CSV) ${STUDY}` }).click(),
    ]);
    const rows = parse(readFileSync((await csv.path()) as string, 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    assert.equal(rows.length, 1);
    const [only] = rows;
    assert.ok(only);
    assert.equal(only.facility, 'TDH');
    assert.equal(only.cadre, 'NUR');
    assert.equal(Number(only.awt_hours), 1760);
    assert.ok(Math.abs(Number(only.caf) - 1 / 0.9) < 1e-9);
    assert.ok(Math.abs(Number(only.iaf) - 0.2) < 1e-9);
    assert.ok(Math.abs(Number(only.required) - REQUIRED) < 1e-9);
    assert.ok(Math.abs(Number(only.ratio) - RATIO) < 1e-9);
    assert.equal(only.level, 'high_pressure');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a save made on a version changed meanwhile shows the stored study and keeps what was typed', async () => {
    actor = ghana;
    const mine = await open(LAPTOP);
    const theirs = await open(LAPTOP);
    for (const { page } of [mine, theirs]) {
      await page.goto(`${base}/wisn?study=${studyId}`, { waitUntil: 'networkidle' });
      await page.getByText(`You are changing the stored study “${STUDY}” (version 1).`).waitFor();
    }
    await theirs.page.getByLabel('Type of facility studied').fill('District hospital (regional referral)');
    await theirs.page.getByRole('button', { name: 'Save the changes' }).click();
    await theirs.page.getByRole('status').getByText(`Saved: “${STUDY}”, version 2.`).waitFor();

    const page = mine.page;
    const staff = group(page, 'Techiman district hospital — Nurses').getByLabel('Staff in post');
    await staff.fill('7');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const conflict = page.locator('.wisn-conflict');
    await conflict.waitFor();
    assert.match(
      await conflict.innerText(),
      /changed this study at .* \(now version 2\) after you opened it/,
    );
    assert.match(await conflict.innerText(), /District hospital \(regional referral\)/);
    assert.equal(await staff.inputValue(), '7', 'what was typed is kept');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/wisn-conflict-laptop.png', fullPage: true });
    await conflict.getByRole('button', { name: 'Save mine over it' }).click();
    await page.getByRole('status').getByText(`Saved: “${STUDY}”, version 3.`).waitFor();
    assert.equal(await conflict.count(), 0);
    assert.equal(await page.getByLabel('Type of facility studied').inputValue(), 'District hospital');
    assert.deepEqual(mine.errors, []);
    assert.deepEqual(theirs.errors, []);
    await mine.page.close();
    await theirs.page.close();
  });

  test('a workbook with a bad cell is refused naming its file, sheet, row and column', async () => {
    actor = ghana;
    const { page, errors } = await open(PHONE);
    await page.goto(`${base}/wisn`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Your studies' }).waitFor();
    const template = await page.request.get(`${base}/api/wisn/template.xlsx`);
    assert.equal(template.status(), 200);
    const wb = await workbookOf(await template.body());
    const cadres = wb.getWorksheet('cadres');
    assert.ok(cadres);
    cadres.getCell('E3').value = 'lots';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await page.getByLabel('WISN workbook (XLSX)').setInputFiles({
      name: 'kintampo.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    await page.getByRole('button', { name: 'Import as a new study' }).click();
    const alert = page.locator('.wisn-workbook [role="alert"]');
    await alert.waitFor();
    const refused = await alert.innerText();
    assert.match(refused, /kintampo\.xlsx/, refused);
    assert.match(refused, /cadres/, refused);
    assert.match(refused, /Row\s*3/i, refused);
    assert.match(refused, /Column\s*annual_leave/i, refused);
    assert.equal(await page.locator('.wisn-study-card').count(), 1, 'nothing imported');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/wisn-import-refused-phone.png', fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`on a phone in ${lang}: the study's results scroll inside their frame${lang === 'ar' ? ', right to left' : ''}`, async () => {
      actor = ghana;
      const { page, errors } = await open(PHONE);
      await page.goto(`${base}/wisn?lang=${lang}&study=${studyId}`, { waitUntil: 'networkidle' });
      const name = page.locator('#wisn-study-name');
      await until(async () => (await name.inputValue()) === STUDY);
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await page.locator('.wisn-study button[type="submit"]').click();
      const table = page.locator('.wisn-facility-results .table-wrap').first();
      await table.waitFor();
      if (lang === 'ar') {
        await page.getByRole('heading', { level: 2, name: 'النتائج' }).waitFor();
        assert.match(await page.locator('.wisn-facility-results').first().innerText(), /بعض ضغط العمل/);
      }
      const [inner, frame] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      const pageWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      const widths = [inner, frame, pageWidth];
      assert.ok(
        inner !== undefined && frame !== undefined && inner > frame,
        `the table is wider than its frame: ${widths.join(' ')}`,
      );
      assert.ok(pageWidth <= PHONE.width, `the page does not scroll sideways: ${widths.join(' ')}`);
      assert.equal(await table.getAttribute('tabindex'), '0');
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: `test-artifacts/browser/wisn-${lang}-phone.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('the national authority deletes the study', async () => {
    actor = ghana;
    const { page, errors } = await open(LAPTOP);
    await page.goto(`${base}/wisn?study=${studyId}`, { waitUntil: 'networkidle' });
    const card = page.locator('.wisn-study-card', { hasText: STUDY });
    await card.waitFor();
    page.once('dialog', (d) => void d.accept());
    await card.getByRole('button', { name: `Delete ${STUDY}` }).click();
    await page.getByRole('status').getByText(`The study “${STUDY}” is deleted.`).waitFor();
    await page.getByText('No study is saved yet').waitFor();
    assert.equal(page.url().includes('study='), false);
    assert.equal((await page.request.get(`${base}/api/wisn/studies/${studyId}`)).status(), 404);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
