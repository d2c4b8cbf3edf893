import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import { seedRound } from '../../../test/permission-matrix/progress.ts';
import { openDatabase } from '../../platform/db/client.ts';
import type { ProgressReport } from './schemas-progress.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-progress-cli-');

describe('hwmo rounds progress-report', () => {
  before(async () => {
    // The first command makes the database; the rounds are then written into it.
    const none = await hwmo('rounds', 'progress-report', 'show', '2015');
    assert.equal(none.code, 4);
    assert.match(none.err, /There is no reporting round opening in 2015/);
    const db = await openDatabase({ databaseUrl: undefined, dataDir: process.env.HWMO_DATA_DIR as string });
    try {
      await seedRound(
        db,
        { year: 2012, state: 'published' },
        ['GHA', 'KEN', 'FRA'],
        [{ area: 'GHA', state: 'published', answers: { steps: 'yes' } }],
      );
      await seedRound(
        db,
        { year: 2015, state: 'closed' },
        ['GHA', 'KEN', 'FRA', 'IND'],
        [
          { area: 'GHA', state: 'accepted', answers: { steps: 'yes' } },
          { area: 'KEN', state: 'submitted', answers: { steps: 'partly' } },
        ],
      );
      await seedRound(db, { year: 2018, state: 'open' }, [], []);
    } finally {
      await db.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('generates a closed round’s report and shows it in a language', async () => {
    const made = await hwmo('rounds', 'progress-report', 'generate', '2015', '--json');
    assert.equal(made.code, 0, made.err);
    const report = JSON.parse(made.out) as ProgressReport;
    assert.equal(report.content.participation.total.reports, 2);
    assert.equal(report.content.participation.byRegion.find((r) => r.code === 'AFR')?.reports, 2);

    const shown = await hwmo('rounds', 'progress-report', 'show', '2015');
    assert.equal(shown.code, 0, shown.err);
    assert.match(
      shown.out,
      /Global progress report of the 2015\/16 round of national reporting \(Draft, v1\)/,
    );
    assert.match(shown.out, /4 designated national authorities \(\+33% on the 2012\/13 round\)/);
    assert.match(shown.out, /2 national reports received \(\+100% on the 2012\/13 round\)/);
    assert.match(shown.out, /│ African Region\s+│\s+47 │\s+2 │\s+2 \(0%\) │\s+2 │\s+1 \(\+100%\) │/);

    const fr = await hwmo('--lang', 'fr', 'rounds', 'progress-report', 'show', '2015');
    assert.equal(fr.code, 0, fr.err);
    assert.match(fr.out, /4 autorités nationales désignées \(\+33\s?% par rapport au cycle 2012\/13\)/u);
    assert.match(fr.out, /Région africaine/);
  });

  test('an open round is refused, in the language asked for', async () => {
    const open = await hwmo('rounds', 'progress-report', 'generate', '2018');
    assert.equal(open.code, 5);
    assert.match(open.err, /The 2018\/19 round is still open/);
    assert.match(open.err, /POST \/api\/rounds\/\d+\/close/);
    const es = await hwmo('--lang', 'es', 'rounds', 'progress-report', 'generate', '2018');
    assert.match(es.err, /La ronda 2018\/19 sigue abierta/);
  });
});
