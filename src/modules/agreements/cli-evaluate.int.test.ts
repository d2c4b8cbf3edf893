import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import fixture from '../../../test/fixtures/its/series.json' with { type: 'json' };
import type { Evaluation } from './schemas-evaluation.ts';

const ISO3: Record<string, string> = { UG: 'UGA', TZ: 'TZA', ZM: 'ZMB', ZW: 'ZWE' };

describe('hwmo agreements evaluate', () => {
  let run: Awaited<ReturnType<typeof cliInTempDir>>;
  before(async () => {
    delete process.env.HWMO_PUBLIC_READONLY;
    run = await cliInTempDir('hwmo-evaluate-');
    const line = (partner: string, year: string, value: number) =>
      `inflow,GBR,${year},nursing-personnel,_T,_T,${partner},training,${value},,,,EXAMPLE`;
    const inflows = join(run.dir, 'gbr-inflows.csv');
    writeFileSync(
      inflows,
      [
        'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
        ...fixture.yearly.points.map((p) => line('KEN', p.period, p.value)),
        ...fixture.yearly.placebos.flatMap((s) =>
          s.points.map((p) => line(ISO3[s.partner] ?? s.partner, p.period, p.value)),
        ),
      ].join('\n'),
    );
    const imported = await run.hwmo('import', inflows);
    assert.equal(imported.code, 0, imported.err);
    const agreements = join(run.dir, 'agreements.csv');
    writeFileSync(
      agreements,
      [
        'external_ref,title,type,parties,in_force_on,expires_on',
        'uk-ken,UK–Kenya agreement,bilateral_agreement,GBR:destination;KEN:origin,2021-07-26,2026-07-26',
        'uk-gha,UK–Ghana memorandum,bilateral_mou,GBR:destination;GHA:origin,,',
      ].join('\n'),
    );
    const stored = await run.hwmo('agreements', 'import', agreements, '--publish');
    assert.equal(stored.code, 0, stored.err);
  });

  test('prints the estimates, the means before and after, the placebos and the caveats', async () => {
    const r = await run.hwmo('agreements', 'evaluate', '1');
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /^agreement 1: UK–Kenya agreement\ninflow, nursing-personnel; in force 2021-07-26; expiry 2026-07-26 \(marked, not modelled\)\n/,
    );
    assert.match(r.out, /series: source EXAMPLE, partner by training, 2010–2024 \(15 years\)/);
    assert.match(r.out, /change of level\s*│\s*270\.61\s*│\s*165\.96 to 375\.26\s*│\s*1\.40e-4\s*│/);
    assert.match(r.out, /change of trend\s*│\s*89\.52\s*│\s*44\.26 to 134\.77\s*│\s*0\.001\s*│/);
    assert.match(r.out, /mean before 128\.00 \(11 years\), after 608\.50 \(4 years\), Welch p 0\.007/);
    assert.match(r.out, /placebos as large and as significant: change of level 0 of 4 \(0%\)/);
    assert.match(
      r.out,
      /caveat: The agreement’s end or suspension on 2026-07-26 is shown on the chart but not estimated/,
    );
  });

  test('--hac-lags adds the Newey–West estimates; --json gives the route’s answer; --lang the caveats’ language', async () => {
    const r = await run.hwmo('--lang', 'fr', 'agreements', 'evaluate', '1', '--hac-lags', '1', '--json');
    assert.equal(r.code, 0, r.err);
    const e = JSON.parse(r.out) as Evaluation;
    const fit = e.evaluations[0]?.fit;
    assert.ok(fit?.ok);
    assert.ok(Math.abs((fit.hac?.coefficients.levelChange.se ?? 0) - 53.02211341071662) < 1e-6);
    assert.deepEqual(
      e.evaluations[0]?.caveats.map((c) => c.text),
      ['La fin ou la suspension de l’accord le 2026-07-26 figure sur le graphique mais n’est pas estimée'],
    );
    const table = await run.hwmo('agreements', 'evaluate', '1', '--hac-lags', '1');
    assert.match(table.out, /Newey–West, 1 lags\n/);
  });

  test('an undated agreement is refused with a hint, an unknown measure before any work', async () => {
    const undated = await run.hwmo('agreements', 'evaluate', '2');
    assert.equal(undated.code, 5);
    assert.match(undated.err, /Agreement 2 has neither a date of entry into force nor one of signature/);
    const bad = await run.hwmo('agreements', 'evaluate', '1', '--measure', 'outflow');
    assert.equal(bad.code, 2);
  });
});
