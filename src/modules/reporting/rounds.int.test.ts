import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { insertTestQuestionnaire } from '../../../test/permission-matrix/rounds.ts';
import type { Database } from '../../platform/db/client.ts';
import type { Round } from './schemas.ts';

const secretariat = userActor('secretariat');

describe('reporting rounds', () => {
  let db: Database;
  let app: Hono;
  let nri: number;
  let nri2: number;
  let stakeholder: number;
  const call = async (path: string, init?: RequestInit, actor = secretariat) => {
    const res = await requestAs(app, actor, path, init);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const create = (year: number, extra: Record<string, unknown> = {}) =>
    call(
      '/api/rounds',
      jsonBody({ year, opensOn: `${year}-03-01`, closesOn: `${year}-09-30`, questionnaireId: nri, ...extra }),
    );
  const audit = (id: number) =>
    db.query<{ action: string; before: unknown; after: unknown; actor_label: string }>(
      `SELECT action, before, after, actor_label FROM audit_event
        WHERE object_type = 'reporting_round' AND object_id = $1 ORDER BY id`,
      [String(id)],
    );

  before(async () => {
    db = await testDatabase();
    app = testApp({ db, web: null });
    nri = await insertTestQuestionnaire(db, 'national', '2021');
    nri2 = await insertTestQuestionnaire(db, 'national', '2024');
    stakeholder = await insertTestQuestionnaire(db, 'stakeholder', '2021');
  });
  after(() => db.close());

  test('a round is planned with its questionnaires; its label is WHO’s; the audit trail has it', async () => {
    const made = await create(2021, { stakeholderQuestionnaireId: stakeholder });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const round = made.body as unknown as Round;
    assert.equal(round.label, '2021/22');
    assert.equal(round.state, 'planned');
    assert.equal(round.opensOn, '2021-03-01');
    assert.equal(round.questionnaireVersion, '2021');
    assert.equal(round.stakeholderQuestionnaireVersion, '2021');
    assert.equal(round.previousRoundId, null);
    const trail = await audit(round.id);
    assert.deepEqual(
      trail.map((a) => [a.action, a.actor_label]),
      [['round.create', 'Test secretariat <secretariat@example.org>']],
    );
  });

  test('a second round of the same year, a round closing before it opens, a wrong questionnaire: refused', async () => {
    const twice = await create(2021);
    assert.equal(twice.status, 409);
    assert.match(String(twice.body.detail), /A reporting round of 2021 exists already/);
    const dates = await create(2030, { closesOn: '2030-01-01' });
    assert.equal(dates.status, 400);
    assert.match(String(dates.body.detail), /close on 2030-01-01, before it opens on 2030-03-01/);
    const kind = await create(2030, { questionnaireId: stakeholder });
    assert.equal(kind.status, 400);
    assert.match(String(kind.body.detail), new RegExp(`Questionnaire ${stakeholder} is not a national`));
    const other = await create(2030, { stakeholderQuestionnaireId: nri });
    assert.equal(other.status, 400);
    const missing = await create(2030, { questionnaireId: 999_999 });
    assert.equal(missing.status, 400);
    assert.match(String(missing.body.detail), /No questionnaire 999999/);
    const { rounds } = (await call('/api/rounds', undefined, PUBLIC_ACTOR)).body as { rounds: Round[] };
    assert.deepEqual(
      rounds.map((r) => r.year),
      [2021],
    );
  });

  test('the previous round is the greatest year below, whatever the order of creation', async () => {
    const r2024 = (await create(2024)).body as unknown as Round;
    assert.equal((await create(2018)).status, 201);
    const { rounds } = (await call('/api/rounds', undefined, PUBLIC_ACTOR)).body as { rounds: Round[] };
    assert.deepEqual(
      rounds.map((r) => [
        r.year,
        r.previousRoundId === null ? null : rounds.find((p) => p.id === r.previousRoundId)?.year,
      ]),
      [
        [2024, 2021],
        [2021, 2018],
        [2018, null],
      ],
    );
    const one = await call(`/api/rounds/${r2024.id}`, undefined, PUBLIC_ACTOR);
    assert.equal(one.status, 200);
    assert.equal((one.body as unknown as Round).label, '2024/25');
    assert.equal((await call('/api/rounds/999999', undefined, PUBLIC_ACTOR)).status, 404);
  });

  test('a planned round changes dates and questionnaires; an open one only its closing date', async () => {
    const { rounds } = (await call('/api/rounds')).body as { rounds: Round[] };
    const r2024 = rounds.find((r) => r.year === 2024) as Round;
    const changed = await call(
      `/api/rounds/${r2024.id}`,
      jsonBody({ opensOn: '2024-04-01', questionnaireId: nri2 }, 'PATCH'),
    );
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.opensOn, '2024-04-01');
    assert.equal(changed.body.questionnaireVersion, '2024');
    const trail = await audit(r2024.id);
    assert.deepEqual(trail.at(-1), {
      action: 'round.update',
      actor_label: 'Test secretariat <secretariat@example.org>',
      before: { opensOn: '2024-03-01', questionnaireId: nri },
      after: { opensOn: '2024-04-01', questionnaireId: nri2 },
    });
    const badDates = await call(`/api/rounds/${r2024.id}`, jsonBody({ closesOn: '2024-03-15' }, 'PATCH'));
    assert.equal(badDates.status, 400);

    assert.equal((await call(`/api/rounds/${r2024.id}/open`, jsonBody({}))).status, 200);
    const closes = await call(`/api/rounds/${r2024.id}`, jsonBody({ closesOn: '2024-12-31' }, 'PATCH'));
    assert.equal(closes.status, 200);
    assert.equal(closes.body.closesOn, '2024-12-31');
    const opens = await call(`/api/rounds/${r2024.id}`, jsonBody({ opensOn: '2024-05-01' }, 'PATCH'));
    assert.equal(opens.status, 409);
    assert.match(String(opens.body.detail), /The 2024\/25 round is open: only its closing date can change/);
    const same = await call(`/api/rounds/${r2024.id}`, jsonBody({ opensOn: '2024-04-01' }, 'PATCH'));
    assert.equal(same.status, 200, 'repeating the current value changes nothing');
  });

  test('one round open at a time; close only an open round; publish needs the progress report', async () => {
    const { rounds } = (await call('/api/rounds')).body as { rounds: Round[] };
    const r2021 = rounds.find((r) => r.year === 2021) as Round;
    const r2024 = rounds.find((r) => r.year === 2024) as Round;
    const second = await call(`/api/rounds/${r2021.id}/open`, jsonBody({}));
    assert.equal(second.status, 409);
    assert.match(
      String(second.body.detail),
      /The 2021\/22 round cannot be opened while the 2024\/25 round is open/,
    );
    assert.match(String(second.body.hint), /close the 2024\/25 round first/);
    const close = await call(`/api/rounds/${r2021.id}/close`, jsonBody({}));
    assert.equal(close.status, 409);
    assert.match(String(close.body.detail), /The 2021\/22 round cannot be closed: it is planned/);

    const closed = await call(`/api/rounds/${r2024.id}/close`, jsonBody({ comment: 'deadline passed' }));
    assert.equal(closed.status, 200);
    assert.equal(closed.body.state, 'closed');
    assert.ok(closed.body.closedAt);
    const frozen = await call(`/api/rounds/${r2024.id}`, jsonBody({ closesOn: '2025-01-31' }, 'PATCH'));
    assert.equal(frozen.status, 409);
    assert.match(String(frozen.body.detail), /The 2024\/25 round is closed: it can no longer change/);

    const early = await call(`/api/rounds/${r2024.id}/publish`, jsonBody({}));
    assert.equal(early.status, 409);
    assert.match(String(early.body.detail), /its progress report was not generated/);
    assert.equal((await call(`/api/rounds/${r2024.id}`)).body.state, 'closed');

    await db.query(
      `INSERT INTO progress_report (round_id, state, content, generated_at, generated_by, updated_at, updated_by)
       VALUES ($1, 'draft', '{"title": "Progress"}', now(), 'test', now(), 'test')`,
      [r2024.id],
    );
    const published = await call(`/api/rounds/${r2024.id}/publish`, jsonBody({}));
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.state, 'published');
    const [progress] = await db.query<{ state: string; published_at: Date | string | null }>(
      'SELECT state, published_at FROM progress_report WHERE round_id = $1',
      [r2024.id],
    );
    assert.equal(progress?.state, 'published');
    assert.equal(new Date(progress?.published_at ?? 0).toISOString(), published.body.publishedAt);
    const again = await call(`/api/rounds/${r2024.id}/publish`, jsonBody({}));
    assert.equal(again.status, 409);
    assert.deepEqual(
      (await audit(r2024.id)).map((a) => a.action),
      ['round.create', 'round.update', 'round.open', 'round.update', 'round.close', 'round.publish'],
    );
    assert.equal((await call(`/api/rounds/${r2021.id}/open`, jsonBody({}))).status, 200);
  });

  test('the messages are in the reader’s language', async () => {
    const { rounds } = (await call('/api/rounds')).body as { rounds: Round[] };
    const r2018 = rounds.find((r) => r.year === 2018) as Round;
    const fr = await call(`/api/rounds/${r2018.id}/close?lang=fr`, jsonBody({}));
    assert.equal(fr.status, 409);
    assert.equal(
      fr.body.detail?.toString().startsWith('Le cycle 2018/19 ne peut pas être clos : il est prévu'),
      true,
    );
    const es = await call(`/api/rounds/${r2018.id}/open?lang=es`, jsonBody({}));
    assert.equal(
      es.body.detail
        ?.toString()
        .startsWith('La ronda 2018/19 no se puede abrir mientras la ronda 2021/22 esté abierta'),
      true,
    );
  });

  test('only the secretariat and administrators manage rounds', async () => {
    const body = { year: 2031, opensOn: '2031-01-01', closesOn: '2031-02-01', questionnaireId: nri };
    for (const actor of [userActor('national_authority', 'GHA'), userActor('stakeholder')])
      assert.equal((await call('/api/rounds', jsonBody(body), actor)).status, 403);
    assert.equal(
      (
        await call(
          '/api/rounds',
          jsonBody({ year: 2032, opensOn: '2032-01-01', closesOn: '2032-02-01', questionnaireId: nri }),
          PUBLIC_ACTOR,
        )
      ).status,
      401,
    );
    const operator = await call(
      '/api/rounds',
      jsonBody({ year: 2033, opensOn: '2033-01-01', closesOn: '2033-02-01', questionnaireId: nri }),
      OPERATOR,
    );
    assert.equal(operator.status, 201);
  });
});
