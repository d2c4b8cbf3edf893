import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { seedProgressRound, seedRound } from '../../../test/permission-matrix/progress.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { progressWords } from './messages-progress.ts';
import { publishProgressReport } from './repo-progress.ts';
import type { ProgressReport } from './schemas-progress.ts';

const SECRETARIAT = userActor('secretariat');
const DNA_GHA = userActor('national_authority', 'GHA');

describe('the progress report over HTTP', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  let roundId: number;
  const path = () => `/api/rounds/${roundId}/progress-report`;
  const read = async (actor = SECRETARIAT) => {
    const res = await requestAs(app, actor, path());
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as ProgressReport;
  };

  before(async () => {
    db = await testDatabase();
    app = testApp({ db, web: null });
    const csv = [
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
      'foreign-trained-stock,GHA,2018,medical-doctors,_T,_T,NGA,training,80,,,,WHO.NHWA',
    ].join('\n');
    const form = new FormData();
    form.append('file', new File([csv], 'gha.csv', { type: 'text/csv' }));
    const res = await requestAs(app, OPERATOR, '/api/imports', { method: 'POST', body: form });
    assert.equal(res.status, 200, await res.clone().text());
    ({ roundId } = await seedProgressRound(db));
  });
  after(async () => {
    await db.close();
  });

  test('the counts by region and income group are the reports received in the round, counted directly', async () => {
    const report = await read();
    const direct = await db.query<{ region: string; reports: number; ids: number[] }>(
      `SELECT a.who_region AS region, count(*)::int AS reports, array_agg(r.id ORDER BY r.id) AS ids
       FROM report r JOIN area a ON a.code = r.area
       WHERE r.round_id = $1 AND r.kind = 'national'
         AND r.state IN ('submitted', 'resubmitted', 'accepted', 'published')
       GROUP BY a.who_region`,
      [roundId],
    );
    const { byRegion, byIncome, total } = report.content.participation;
    for (const row of byRegion) {
      const d = direct.find((x) => x.region === row.code);
      assert.equal(row.reports, d?.reports ?? 0, row.code);
      assert.deepEqual(row.reportIds, d?.ids ?? [], row.code);
    }
    assert.equal(total.reports, 3);
    assert.equal(
      byRegion.reduce((n, r) => n + r.reports, 0),
      total.reports,
    );
    assert.equal(
      byIncome.reduce((n, r) => n + r.reports, 0),
      total.reports,
    );
    const [members] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM area WHERE kind = 'country' AND who_member",
    );
    assert.equal(total.countries, members?.n);
    assert.equal(total.authorities, 4);
    assert.equal(total.previousAuthorities, 2);
    assert.equal(total.previousReports, 1);
    assert.equal(report.content.previous?.label, '2012/13');
    assert.equal(report.content.stakeholderReports, 1);
    assert.equal(byRegion.find((r) => r.code === 'AFR')?.authorities, 2);
    assert.equal(
      progressWords(report.content, 'en').summary.authorities,
      '4 designated national authorities (+100% on the 2012/13 round)',
    );
  });

  test('reported figures are shown beside the stored value; agreements and tallies name their answers', async () => {
    const { content } = await read();
    assert.deepEqual(
      content.figures.map((f) => [f.area, f.partner, f.year, f.reported, f.stored, f.storedSource]),
      [['GHA', 'NGA', 2018, 90, 80, 'WHO.NHWA']],
    );
    assert.equal(content.agreements.notified, 1);
    const steps = content.questions.find((q) => q.question === 'steps');
    assert.deepEqual(
      steps?.counts.map((c) => [c.option, c.count, c.sources.map((s) => s.area)]),
      [
        ['yes', 2, ['GHA', 'IND']],
        ['partly', 1, ['FRA']],
        ['no', 0, []],
      ],
    );
    assert.deepEqual(
      content.annexes.map((a) => [a.area, a.state, a.authority]),
      [
        ['FRA', 'submitted', 'Ministry of Health FRA'],
        ['GHA', 'accepted', 'Ministry of Health GHA'],
        ['IND', 'resubmitted', 'Ministry of Health IND'],
        ['KEN', 'draft', 'Ministry of Health KEN'],
      ],
    );
  });

  test('unpublished, only the secretariat reads it: 401 for the public, 403 for a national authority', async () => {
    const pub = await requestAs(app, PUBLIC_ACTOR, path());
    assert.equal(pub.status, 401);
    const dna = await requestAs(app, DNA_GHA, path());
    assert.equal(dna.status, 403);
    assert.match(((await dna.json()) as { detail?: string; title: string }).title, /.+/);
    const missing = await requestAs(app, PUBLIC_ACTOR, '/api/rounds/999999/progress-report');
    assert.equal(missing.status, 404);
    const report = await read();
    assert.deepEqual(report.allowed, { edit: true, regenerate: true, publish: true });
    assert.equal(report.state, 'draft');
  });

  test('an open or planned round is refused with a message saying the round must be closed first', async () => {
    for (const [year, state, words] of [
      [2030, 'open', /still open/],
      [2033, 'planned', /not opened yet/],
    ] as const) {
      const id = await seedRound(db, { year, state }, ['GHA'], []);
      const res = await requestAs(app, SECRETARIAT, `/api/rounds/${id}/progress-report`, { method: 'POST' });
      assert.equal(res.status, 409);
      const body = (await res.json()) as { detail?: string; title: string; hint?: string; message?: string };
      assert.match(JSON.stringify(body), words);
      assert.match(JSON.stringify(body), new RegExp(`/api/rounds/${id}/close`));
      const fr = await requestAs(app, SECRETARIAT, `/api/rounds/${id}/progress-report?lang=fr`, {
        method: 'POST',
        headers: { 'accept-language': 'fr' },
      });
      assert.match(await fr.text(), /cycle/);
    }
  });

  test('edits need the current version: a stale one gets 409 with the current report; regenerating keeps them', async () => {
    const first = await read();
    const narrative = first.content.narratives[0];
    assert.ok(narrative, 'the fixture has a narrative answer');
    const res = await requestAs(
      app,
      SECRETARIAT,
      path(),
      jsonBody(
        {
          version: first.version,
          editorial: { summary: 'The round in brief.', sections: { participation: 'More countries.' } },
          selectedNarratives: [narrative.id],
        },
        'PUT',
      ),
    );
    assert.equal(res.status, 200, await res.clone().text());
    const edited = (await res.json()) as ProgressReport;
    assert.equal(edited.version, first.version + 1);
    assert.equal(edited.content.narratives[0]?.selected, true);

    const stale = await requestAs(
      app,
      SECRETARIAT,
      path(),
      jsonBody({ version: first.version, editorial: { summary: 'Other words.', sections: {} } }, 'PUT'),
    );
    assert.equal(stale.status, 409);
    const problem = (await stale.json()) as { current: ProgressReport };
    assert.equal(problem.current.version, edited.version);
    assert.equal(problem.current.content.editorial.summary, 'The round in brief.');

    const unknown = await requestAs(
      app,
      SECRETARIAT,
      path(),
      jsonBody({ version: edited.version, selectedNarratives: ['1:nothing'] }, 'PUT'),
    );
    assert.equal(unknown.status, 400);

    const regen = await requestAs(app, SECRETARIAT, path(), { method: 'POST' });
    assert.equal(regen.status, 200, await regen.clone().text());
    const again = (await regen.json()) as ProgressReport;
    assert.equal(again.version, edited.version + 1);
    assert.deepEqual(again.content.editorial, edited.content.editorial);
    assert.equal(again.content.narratives[0]?.selected, true);
    assert.deepEqual({ ...again.content, editorial: null }, { ...edited.content, editorial: null });

    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE object_type = 'progress_report' AND object_id = $1 ORDER BY id",
      [String(roundId)],
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['progress.generate', 'progress.edit', 'progress.regenerate'],
    );
  });

  test('the same round gives the same report; a changed answer changes its hash and counts', async () => {
    const before = await read();
    const regen = await requestAs(app, SECRETARIAT, path(), { method: 'POST' });
    const same = (await regen.json()) as ProgressReport;
    assert.deepEqual(same.content, before.content);
    await db.query(
      `UPDATE report SET answers = jsonb_set(answers, '{steps}', '"no"') WHERE round_id = $1 AND area = 'IND'`,
      [roundId],
    );
    const changed = (await (
      await requestAs(app, SECRETARIAT, path(), { method: 'POST' })
    ).json()) as ProgressReport;
    assert.notEqual(changed.content.inputsHash, before.content.inputsHash);
    const no = changed.content.questions
      .find((q) => q.question === 'steps')
      ?.counts.find((c) => c.option === 'no');
    assert.deepEqual(
      no?.sources.map((s) => s.area),
      ['IND'],
    );
    await db.query(
      `UPDATE report SET answers = jsonb_set(answers, '{steps}', '"yes"') WHERE round_id = $1 AND area = 'IND'`,
      [roundId],
    );
  });

  test('published with the round: public, read-only, and neither edited nor regenerated', async () => {
    await db.transaction(async (tx) => {
      assert.equal(
        await publishProgressReport(tx, roundId, new Date('2016-05-01T00:00:00Z'), 'operator'),
        'published',
      );
    });
    const pub = await read(PUBLIC_ACTOR);
    assert.equal(pub.state, 'published');
    assert.equal(pub.publishedAt, '2016-05-01T00:00:00.000Z');
    assert.deepEqual(pub.allowed, { edit: false, regenerate: false, publish: false });
    assert.equal((await read(DNA_GHA)).state, 'published');
    const put = await requestAs(app, SECRETARIAT, path(), jsonBody({ version: pub.version }, 'PUT'));
    assert.equal(put.status, 409);
    const post = await requestAs(app, SECRETARIAT, path(), { method: 'POST' });
    assert.equal(post.status, 409);
    assert.match(await post.text(), /published/);
    const none = await db.transaction((tx) => publishProgressReport(tx, 999999, new Date(), 'operator'));
    assert.equal(none, 'missing');
  });

  test('the operator generates through the use case as the CLI does', async () => {
    const { generateProgressReport } = await import('./generate-progress.ts');
    const id = await seedRound(db, { year: 2036, state: 'closed' }, [], []);
    const report = await generateProgressReport(operatorContext(db), id);
    assert.equal(report.content.participation.total.reports, 0);
    assert.equal(report.content.previous?.year, 2033);
  });
});
