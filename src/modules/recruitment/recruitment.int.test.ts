import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { jsonBody, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { importAgreements } from '../agreements/index.ts';
import { importFile } from '../observations/index.ts';
import { loadSafeguardsList } from '../safeguards/index.ts';
import { getRecruitmentStatus } from './get-status.ts';
import { readConfigFile } from './read-config-file.ts';
import { saveDestination } from './save-destination.ts';
import type { DestinationOut, Overview } from './schemas.ts';
import { StatusQuerySchema } from './schemas.ts';

const root = new URL('../../../', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(`test/fixtures/indicators/${name}`, root));
const GBR_FILE = fileURLToPath(new URL('data/recruitment/gbr.json', root));
const FILES = ['who_doctors.csv', 'who_nursing_midwifery.csv', 'wb_population.csv', 'owid_uhc.csv'];

const secretariat = userActor('secretariat');
const kenyaAuthority = userActor('national_authority', 'KEN');
const ukAuthority = userActor('national_authority', 'GBR');

describe('recruitment status on the UK configuration and the WHO list', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    const ctx = operatorContext(db);
    for (const f of FILES)
      await importFile(ctx, { input: { fileName: f, path: fixture(f) }, skipUnknownAreas: true });
    await loadSafeguardsList(ctx, { edition: 2023, path: fixture('ssl_2023.csv') });
    const config = readConfigFile(GBR_FILE);
    await saveDestination(ctx, { iso3: 'GBR', config, note: 'The UK code as shipped' });
  });
  after(async () => {
    await db.close();
  });

  const ask = (params: Record<string, string>, lang: 'en' | 'fr' = 'en') =>
    getRecruitmentStatus({ ...operatorContext(db), lang }, StatusQuerySchema.parse(params));

  test('Nigeria, on the 2023 list, is red for UK employers: no active recruitment, direct applications allowed', async () => {
    const v = await ask({
      destination: 'GBR',
      origin: 'NGA',
      occupation: 'nursing-personnel',
      date: '2024-06-01',
    });
    assert.equal(v.status, 'red');
    assert.equal(v.mayRecruit, 'no');
    assert.deepEqual(
      v.reasons.map((r) => r.code).filter((c) => c.startsWith('list') || c.endsWith('list')),
      ['list_in_force', 'on_list'],
    );
    assert.equal(v.list?.edition, 2023);
    assert.equal(v.list?.membership, 'official');
    assert.ok(
      v.reasons.some((r) => r.code === 'active_recruitment_not_allowed' && r.articles.includes('5.1')),
    );
    assert.match(v.summary, /^On 2024-06-01 Nigeria is red for United Kingdom/);
    assert.equal(v.configuration.version !== null, true);
    const direct = await ask({
      destination: 'GBR',
      origin: 'NGA',
      occupation: 'nursing-personnel',
      date: '2024-06-01',
      how: 'direct_application',
    });
    assert.equal(direct.status, 'red');
    assert.equal(direct.mayRecruit, 'yes');
    assert.ok(
      direct.reasons.some((r) => r.code === 'direct_application_allowed' && r.articles.includes('3.4')),
    );
  });

  test('the 2020 edition before 23 March 2023 is its recomputation, and says so', async () => {
    const v = await ask({
      destination: 'GBR',
      origin: 'GHA',
      occupation: 'nursing-personnel',
      date: '2022-06-01',
    });
    assert.equal(v.list?.edition, 2020);
    assert.equal(v.list?.membership, 'recomputed');
    assert.ok(v.reasons.some((r) => r.code === 'list_membership_recomputed'));
    assert.ok(v.reasons.some((r) => r.code === 'list_date_approximate'));
  });

  test('Kenya is amber from 11 November 2021; the timeline dates each change and a new edition', async () => {
    const before = await ask({
      destination: 'GBR',
      origin: 'KEN',
      occupation: 'nursing-personnel',
      date: '2021-11-10',
    });
    const after = await ask({
      destination: 'GBR',
      origin: 'KEN',
      occupation: 'nursing-personnel',
      date: '2021-11-11',
    });
    assert.notEqual(before.status, 'amber');
    assert.equal(after.status, 'amber');
    assert.equal(after.override?.from, '2021-11-11');
    const froms = after.timeline.map((e) => [e.from, e.status, e.changes.map((c) => c.code).join(' ')]);
    assert.deepEqual(
      froms.find((f) => f[0] === '2021-11-11'),
      ['2021-11-11', 'amber', 'override_started'],
    );
    const edition = after.timeline.find((e) => e.from === '2023-03-23');
    assert.ok(edition, 'the 2023 edition makes an entry even though Kenya stays amber');
    assert.equal(edition.status, 'amber');
    assert.deepEqual(
      edition.changes.map((c) => c.code),
      ['list_edition_changed'],
    );
    assert.match(edition.changes[0]?.text ?? '', /2020 edition to the 2023 edition/);
  });

  test('in French, the answer, its reasons and its timeline are in French', async () => {
    const v = await ask(
      { destination: 'GBR', origin: 'NGA', occupation: 'nursing-personnel', date: '2024-06-01' },
      'fr',
    );
    assert.match(v.summary, /^Au 2024-06-01, Nigéria est rouge pour Royaume-Uni/);
    assert.ok(
      v.reasons.every((r) => !/^The /.test(r.text)),
      v.reasons.map((r) => r.text).join('\n'),
    );
  });

  test('a destination with no configuration of its own follows the WHO list as published', async () => {
    const v = await ask({
      destination: 'DEU',
      origin: 'NGA',
      occupation: 'medical-doctors',
      date: '2024-06-01',
    });
    assert.equal(v.status, 'red');
    assert.equal(v.configuration.version, null);
    assert.equal(v.configuration.code, null);
    assert.equal(v.list?.from, '2023-03-09');
    const green = await ask({
      destination: 'DEU',
      origin: 'IND',
      occupation: 'medical-doctors',
      date: '2024-06-01',
    });
    assert.equal(green.status, 'green');
    assert.equal(green.mayRecruit, 'yes');
  });

  test('a second destination, configured only from the WHO list and its agreements, gives consistent verdicts', async () => {
    const csv =
      'id,title,type,level,parties,signed_on,in_force_on,expires_on,status,cadres,recruitment_allowed,employers,recruitment_from,recruitment_until,channel,text_url,source,note\n' +
      '1,Germany–Ghana agreement on nurses (test),bilateral_agreement,government,DEU:destination;GHA:origin,2021-01-10,2021-03-01,2026-03-01,in_force,nursing-personnel,yes,,,,Federal employment agency,,https://example.org/deu-gha,\n';
    await importAgreements(operatorContext(db), {
      fileName: 'deu-agreements.csv',
      bytes: csv,
      publish: true,
    });
    const nurses = await ask({
      destination: 'DEU',
      origin: 'GHA',
      occupation: 'nursing-personnel',
      date: '2024-06-01',
    });
    assert.equal(nurses.configuration.version, null, 'no configuration of its own');
    assert.equal(nurses.status, 'amber');
    assert.equal(nurses.mayRecruit, 'only_on_terms');
    assert.ok(nurses.reasons.some((r) => r.code === 'on_list'));
    assert.ok(nurses.reasons.some((r) => r.code === 'agreement_governs' && r.articles.includes('5.2')));
    assert.equal(nurses.agreements[0]?.terms.channel, 'Federal employment agency');
    const professionals = await ask({
      destination: 'DEU',
      origin: 'GHA',
      occupation: 'nursing-personnel.professional',
      date: '2024-06-01',
    });
    assert.equal(professionals.status, 'amber', 'a cadre under the one the agreement covers is covered');
    const doctors = await ask({
      destination: 'DEU',
      origin: 'GHA',
      occupation: 'medical-doctors',
      date: '2024-06-01',
    });
    assert.equal(doctors.status, 'red');
    assert.ok(doctors.reasons.some((r) => r.code === 'agreement_cadre_not_covered'));
    assert.ok(doctors.reasons.some((r) => r.code === 'no_agreement'));
    const expired = await ask({
      destination: 'DEU',
      origin: 'GHA',
      occupation: 'nursing-personnel',
      date: '2026-06-01',
    });
    assert.equal(expired.status, 'red');
    assert.ok(expired.reasons.some((r) => r.code === 'agreement_not_in_force' && r.params.why === 'expired'));
    const changes = expired.timeline.flatMap((e) => e.changes.map((c) => `${e.from} ${e.status} ${c.code}`));
    assert.ok(
      changes.includes('2021-03-01 amber agreement_in_force') ||
        changes.some((c) => c.startsWith('2021-03-01')),
    );
    assert.ok(changes.includes('2026-03-01 red agreement_expired'), changes.join('\n'));
    const other = await ask({
      destination: 'DEU',
      origin: 'KEN',
      occupation: 'nursing-personnel',
      date: '2024-06-01',
    });
    assert.equal(other.status, 'green', 'the UK’s exception for Kenya is the UK’s alone');
  });

  test('the overview counts every origin; the public reads it over HTTP', async () => {
    const res = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruitment/destinations/GBR/statuses?occupation=nursing-personnel&date=2024-06-01',
    );
    assert.equal(res.status, 200, await res.clone().text());
    const o = (await res.json()) as Overview;
    assert.equal(o.list?.edition, 2023);
    const red = o.origins.filter((x) => x.status === 'red').map((x) => x.code);
    assert.ok(red.includes('NGA') && !red.includes('KEN'));
    assert.equal(o.origins.find((x) => x.code === 'KEN')?.status, 'amber');
    assert.equal(o.counts.red + o.counts.amber + o.counts.green, o.origins.length);
    assert.ok(!o.origins.some((x) => x.code === 'GBR'), 'the destination is not its own origin');
  });

  test('bad questions are refused naming the field, in the language asked for', async () => {
    const occupation = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruitment/status?destination=GBR&origin=NGA&occupation=plumbers&lang=fr',
    );
    assert.equal(occupation.status, 400);
    const p = (await occupation.json()) as { title: string; errors: { field: string; message: string }[] };
    assert.deepEqual(
      p.errors.map((e) => e.field),
      ['occupation'],
    );
    assert.match(p.errors[0]?.message ?? '', /profession/);
    const origin = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruitment/status?destination=GBR&origin=XYZ&occupation=nursing-personnel',
    );
    assert.equal(origin.status, 404);
    assert.deepEqual(
      ((await origin.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
      ['origin'],
    );
    const region = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruitment/status?destination=GBR&origin=AFR&occupation=nursing-personnel',
    );
    assert.equal(region.status, 404);
    const date = await requestAs(
      app,
      PUBLIC_ACTOR,
      '/api/recruitment/status?destination=GBR&origin=NGA&occupation=nursing-personnel&date=2024-02-30',
    );
    assert.equal(date.status, 400);
  });

  test('saving versions: kept in order, audited, a stale version refused with 409, another country refused', async () => {
    const get = async () =>
      (await (
        await requestAs(app, PUBLIC_ACTOR, '/api/recruitment/destinations/GBR')
      ).json()) as DestinationOut;
    const first = await get();
    assert.equal(first.configured, true);
    const config = { ...first.config, overrides: first.config.overrides.filter((o) => o.origin !== 'NPL') };
    const saved = await requestAs(
      app,
      ukAuthority,
      '/api/recruitment/destinations/GBR/versions',
      jsonBody({ config, note: 'Nepal pilot ended', basedOn: first.version }),
    );
    assert.equal(saved.status, 201, await saved.clone().text());
    const second = (await saved.json()) as DestinationOut;
    assert.equal(second.history.length, first.history.length + 1);
    assert.equal(second.history[0]?.note, 'Nepal pilot ended');
    const stale = await requestAs(
      app,
      secretariat,
      '/api/recruitment/destinations/GBR/versions',
      jsonBody({ config, basedOn: first.version }),
    );
    assert.equal(stale.status, 409);
    const foreign = await requestAs(
      app,
      kenyaAuthority,
      '/api/recruitment/destinations/GBR/versions',
      jsonBody({ config }),
    );
    assert.equal(foreign.status, 403);
    const mismatch = await requestAs(
      app,
      secretariat,
      '/api/recruitment/destinations/FRA/versions',
      jsonBody({ config }),
    );
    assert.equal(mismatch.status, 400);
    assert.equal((await get()).version, second.version, 'refused saves changed nothing');
    const audit = await db.query<{ action: string; object_id: string; comment: string | null }>(
      "SELECT action, object_id, comment FROM audit_event WHERE action = 'recruitment.configure' ORDER BY id",
    );
    assert.deepEqual(
      audit.map((a) => a.comment),
      ['The UK code as shipped', 'Nepal pilot ended'],
    );
    const v = await ask({
      destination: 'GBR',
      origin: 'NPL',
      occupation: 'nursing-personnel',
      date: '2022-09-01',
    });
    assert.equal(v.override, null, 'the new version is in force');
  });

  test('a broken configuration file is refused naming the file and the JSON path', () => {
    const path = join(tmpdir(), `gbr-broken-${process.pid}.json`);
    writeFileSync(
      path,
      JSON.stringify({ ...readConfigFile(GBR_FILE), listPolicy: [{ from: '2023-02-30', edition: 2023 }] }),
    );
    assert.throws(
      () => readConfigFile(path),
      (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.equal(err.code, 'invalid_file');
        const fields = err.errorTexts.map((e) => e.field);
        assert.ok(fields.includes('listPolicy.0.from'), fields.join(', '));
        assert.match(err.message, /gbr-broken-\d+\.json/);
        return true;
      },
    );
    writeFileSync(path, '{ "destination": ');
    assert.throws(() => readConfigFile(path), /not JSON/);
  });
});
