import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import type { Authority, Dashboard, Report, ReportSummary, Round } from './schemas.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-rounds-cli-');

const json = <T>(r: { code: number; out: string; err: string }): T => {
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
};

describe('hwmo rounds, reports and questionnaires', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a round is planned on the shipped questionnaires, authorities designated, opened and counted', async () => {
    const q = json<{ questionnaires: Array<{ id: number; code: string; kind: string }> }>(
      await hwmo('questionnaires', 'list', '--json'),
    );
    const nri = q.questionnaires.find((x) => x.code === 'nri');
    const stakeholder = q.questionnaires.find((x) => x.kind === 'stakeholder');
    assert.ok(
      nri && stakeholder,
      'the shipped questionnaires are stored by the first command that opens the database',
    );

    const round = json<Round>(
      await hwmo(
        'rounds',
        'create',
        '2027',
        '--opens-on',
        '2027-03-01',
        '--closes-on',
        '2027-09-30',
        '--json',
      ),
    );
    assert.equal(round.label, '2027/28');
    assert.equal(round.state, 'planned');
    assert.equal(round.questionnaireId, nri.id);
    assert.equal(round.stakeholderQuestionnaireId, stakeholder.id);

    const ghana = json<Authority>(
      await hwmo(
        'rounds',
        'designate',
        '2027',
        'gha',
        '--organisation',
        'Ministry of Health',
        '--contact-name',
        'Yaw Asante',
        '--contact-email',
        'yaw@example.org',
        '--no-invite',
        '--json',
      ),
    );
    assert.equal(ghana.area, 'GHA');
    assert.equal(ghana.invitationPending, false);

    const opened = json<Round>(await hwmo('rounds', 'open', '2027', '--json'));
    assert.equal(opened.state, 'open');
    assert.equal(json<{ rounds: Round[] }>(await hwmo('rounds', 'list', '--json')).rounds[0]?.state, 'open');

    const d = json<Dashboard>(await hwmo('rounds', 'dashboard', '2027', '--json'));
    assert.equal(d.total.authorities, 1);
    assert.equal(d.byRegion.find((g) => g.code === 'AFR')?.authorities, 1);
    assert.equal(d.byRegion.find((g) => g.code === 'EUR')?.authorities, 0);
    const table = await hwmo('rounds', 'dashboard', '2027');
    assert.match(table.out, /│ African Region\s+│\s+47 │\s+1 │/);

    const history = await hwmo('rounds', 'history', 'GHA');
    assert.match(history.out, /│ 2027\s+│ GHA\s+│ Ministry of Health\s+│ Yaw Asante/);
    assert.deepEqual(json<{ reports: ReportSummary[] }>(await hwmo('reports', 'list', '--json')).reports, []);
  });

  test('bad input names the option; an unknown round or report says how to find one', async () => {
    const dates = await hwmo(
      'rounds',
      'create',
      '2030',
      '--opens-on',
      '2030-13-01',
      '--closes-on',
      '2030-01-01',
    );
    assert.equal(dates.code, 2);
    assert.match(dates.err, /--opens-on: Invalid ISO date/);
    const email = await hwmo(
      'rounds',
      'designate',
      '2027',
      'KEN',
      '--organisation',
      'MoH',
      '--contact-name',
      'A',
      '--contact-email',
      'not-an-address',
    );
    assert.equal(email.code, 2);
    assert.match(email.err, /--contact-email/);
    const twice = await hwmo('rounds', 'open', '2027');
    assert.notEqual(twice.code, 0);
    const none = await hwmo('rounds', 'close', '2031');
    assert.equal(none.code, 4);
    assert.match(none.err, /No reporting round of 2031/);
    assert.match(none.err, /hwmo rounds list/);
    const report = await hwmo('reports', 'show', '999');
    assert.equal(report.code, 4);
    const kind = await hwmo('reports', 'list', '--kind', 'other');
    assert.equal(kind.code, 2);
    assert.match(kind.err, /--kind/);
  });

  test('a questionnaire version is shown with its questions; a broken file is refused naming it', async () => {
    const shown = await hwmo('questionnaires', 'show', '1');
    assert.equal(shown.code, 0, shown.err);
    assert.match(shown.out, /│ 1\.1\s+│/);
    const folder = mkdtempSync(join(tmpdir(), 'hwmo-q-'));
    try {
      writeFileSync(join(folder, 'nri-2030.json'), '{"code": "nri", "version": ');
      const broken = await hwmo('questionnaires', 'load', folder);
      assert.notEqual(broken.code, 0);
      assert.match(broken.err, /nri-2030\.json/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a report started on the round is listed and shown with what is still missing', async () => {
    const { openDatabase } = await import('../../platform/db/client.ts');
    const { operatorContext } = await import('../../platform/context.ts');
    const { createReport } = await import('./create-report.ts');
    const db = await openDatabase({ databaseUrl: undefined, dataDir: process.env.HWMO_DATA_DIR as string });
    let id: number;
    try {
      const ctx = operatorContext(db, { readOnly: false });
      const round = await db.query<{ id: number }>('SELECT id FROM reporting_round WHERE year = 2027');
      id = (await createReport(ctx, Number(round[0]?.id), { kind: 'national', area: 'GHA' })).id;
    } finally {
      await db.close();
    }
    const list = json<{ reports: ReportSummary[] }>(
      await hwmo('reports', 'list', '--round', '2027', '--area', 'gha', '--json'),
    );
    assert.deepEqual(
      list.reports.map((r) => [r.id, r.area, r.state]),
      [[id, 'GHA', 'draft']],
    );
    const report = json<Report>(await hwmo('reports', 'show', String(id), '--json'));
    assert.ok(report.issues.length > 0);
    const shown = await hwmo('reports', 'show', String(id));
    assert.match(shown.out, /still missing or wrong: \d+/);
    assert.match(shown.out, /│ authority\.designated\s+│ Question 1\.1: an answer is needed\.\s+│/);
  });
});
