import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { z } from 'zod';
import { jsonBody, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import reference from '../../../test/fixtures/its/reference.json' with { type: 'json' };
import fixture from '../../../test/fixtures/its/series.json' with { type: 'json' };
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from '../observations/index.ts';
import type { Agreement } from './schemas.ts';
import type { Evaluation } from './schemas-evaluation.ts';

const secretariat = userActor('secretariat', null, { name: 'Sara Ortiz' });

/** The fixture's placebo partners under their ISO 3166 alpha-3 codes. */
const ISO3: Record<string, string> = { UG: 'UGA', TZ: 'TZA', ZM: 'ZMB', ZW: 'ZWE' };

const Coefficients = z.object({
  params: z.array(z.number()),
  bse: z.array(z.number()),
  pvalues: z.array(z.number()),
  ci95: z.object({ lower: z.array(z.number()), upper: z.array(z.number()) }),
});
const ref = z
  .object({
    ols: Coefficients,
    hac: Coefficients,
    beforeAfter: z.object({ meanPre: z.number(), meanPost: z.number(), p: z.number() }),
    placebos: z.array(z.object({ partner: z.string(), ols: Coefficients })),
  })
  .parse(reference.cases.yearly);

const TERMS = ['intercept', 'trend', 'levelChange', 'slopeChange'] as const;
type Coefs = Extract<Evaluation['evaluations'][number]['fit'], { ok: true }>['ols']['coefficients'];

function assertClose(actual: number | null | undefined, expected: number | undefined, what: string): void {
  assert.ok(
    typeof actual === 'number' && typeof expected === 'number' && Math.abs(actual - expected) <= 1e-6,
    `${what}: ${actual} against the reference ${expected}`,
  );
}

function assertCoefficients(ours: Coefs, theirs: z.infer<typeof Coefficients>, what: string): void {
  TERMS.forEach((term, i) => {
    const c = ours[term];
    assertClose(c.estimate, theirs.params[i], `${what} ${term} estimate`);
    assertClose(c.se, theirs.bse[i], `${what} ${term} se`);
    assertClose(c.p, theirs.pvalues[i], `${what} ${term} p`);
    assertClose(c.lower, theirs.ci95.lower[i], `${what} ${term} lower`);
    assertClose(c.upper, theirs.ci95.upper[i], `${what} ${term} upper`);
  });
}

/** A hwmo-template file of yearly inflows of nurses into the UK by country of training. */
function inflowsCsv(): string {
  const line = (partner: string, year: string, value: number, source = 'EXAMPLE') =>
    `inflow,GBR,${year},nursing-personnel,_T,_T,${partner},training,${value},,,,${source}`;
  const y = fixture.yearly;
  return [
    'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
    ...y.points.map((p) => line('KEN', p.period, p.value)),
    ...y.placebos.flatMap((s) => s.points.map((p) => line(ISO3[s.partner] ?? s.partner, p.period, p.value))),
    // Fewer years from a second source: not chosen, named in a caveat.
    ...['2019', '2020', '2021'].map((year, i) => line('KEN', year, 200 + i * 100, 'USER')),
    // Party to another published agreement with the UK: not a placebo.
    ...y.points.map((p) => line('NPL', p.period, p.value / 2)),
    // Too few years to serve as a placebo.
    ...['2020', '2021', '2022'].map((year) => line('IND', year, 900)),
  ].join('\n');
}

describe('did the agreement change the flows', () => {
  let db: Database;
  let app: Hono;
  let kenya = 0;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    await importFile(operatorContext(db), {
      input: { fileName: 'gbr-inflows.csv', bytes: new TextEncoder().encode(inflowsCsv()) },
    });
    const create = async (body: Record<string, unknown>, publish: boolean) => {
      const res = await requestAs(app, secretariat, '/api/agreements', jsonBody(body));
      const a = (await res.json()) as Agreement;
      assert.equal(res.status, 201, JSON.stringify(a));
      if (publish) {
        const p = await requestAs(app, secretariat, `/api/agreements/${a.id}/publish`, jsonBody({}));
        assert.equal(p.status, 200, await p.text());
      }
      return a.id;
    };
    const parties = (origin: string) => [
      { area: 'GBR', side: 'destination' },
      { area: origin, side: 'origin' },
    ];
    kenya = await create(
      {
        title: 'UK–Kenya health workforce collaboration',
        type: 'bilateral_agreement',
        parties: parties('KEN'),
        inForceOn: '2021-07-26',
        cadres: ['nursing-personnel'],
      },
      true,
    );
    await create(
      {
        title: 'UK–Nepal memorandum',
        type: 'bilateral_mou',
        parties: parties('NPL'),
        signedOn: '2022-03-01',
      },
      true,
    );
  });
  after(async () => {
    await db.close();
  });

  const evaluation = async (path: string, status = 200, actor = PUBLIC_ACTOR) => {
    const res = await requestAs(app, actor, path);
    const body = await res.text();
    assert.equal(res.status, status, body);
    return JSON.parse(body) as Evaluation;
  };

  test('the estimates of the UK–Kenya agreement are those of the reference, with the placebo partners', async () => {
    const e = await evaluation(`/api/agreements/${kenya}/evaluation`);
    assert.deepEqual(e.intervention, { date: '2021-07-26', basis: 'in_force' });
    assert.equal(e.measure, 'inflow');
    assert.equal(e.occupation, 'nursing-personnel');
    assert.equal(e.end, null);
    assert.equal(e.evaluations.length, 1);
    const [pair] = e.evaluations;
    assert.ok(pair);
    assert.equal(pair.destination, 'GBR');
    assert.equal(pair.origin, 'KEN');
    assert.equal(pair.series?.source, 'EXAMPLE');
    assert.deepEqual([pair.series?.firstYear, pair.series?.lastYear, pair.series?.years], [2010, 2024, 15]);
    assert.ok(pair.fit.ok);
    assert.equal(pair.fit.hac, null);
    assertCoefficients(pair.fit.ols.coefficients, ref.ols, 'ols');
    assertClose(pair.beforeAfter?.meanBefore, ref.beforeAfter.meanPre, 'mean before');
    assertClose(pair.beforeAfter?.meanAfter, ref.beforeAfter.meanPost, 'mean after');
    assertClose(pair.beforeAfter?.welch?.p, ref.beforeAfter.p, 'Welch p');
    assert.deepEqual(
      pair.placebos?.partners.map((p) => [p.partner, p.years, p.ok]),
      [
        ['TZA', 15, true],
        ['UGA', 15, true],
        ['ZMB', 15, true],
        ['ZWE', 15, true],
      ],
    );
    assert.equal(pair.placebos?.levelChange.compared, 4);
    for (const placebo of ref.placebos) {
      const ours = pair.placebos?.partners.find((p) => p.partner === ISO3[placebo.partner]);
      assertClose(ours?.levelChange?.estimate, placebo.ols.params[2], `${placebo.partner} level change`);
      assertClose(ours?.slopeChange?.p, placebo.ols.pvalues[3], `${placebo.partner} slope change p`);
    }
    assert.deepEqual(
      pair.caveats.map((c) => [c.code, c.text]),
      [['other-sources', 'Other sources also hold this series and were not used: USER']],
    );
    const chart = pair.chart.points.find((p) => p.period === '2023');
    assert.equal(chart?.observed, 735);
    assert.ok(chart?.counterfactual !== null && chart?.fitted !== null);
    assert.deepEqual(pair.chart.markers, [{ kind: 'entry-into-force', date: '2021-07-26', period: '2021' }]);
  });

  test('with Newey–West lags the robust estimates are the reference’s too, and the caveats speak French', async () => {
    const e = await evaluation(`/api/agreements/${kenya}/evaluation?hacLags=1&lang=fr`);
    const fit = e.evaluations[0]?.fit;
    assert.ok(fit?.ok);
    assert.equal(fit.hac?.lags, 1);
    assertCoefficients(fit.hac?.coefficients ?? fit.ols.coefficients, ref.hac, 'hac');
    assert.deepEqual(
      e.evaluations[0]?.caveats.map((c) => c.text),
      ['D’autres sources contiennent aussi cette série et n’ont pas été utilisées : USER'],
    );
  });

  test('another measure without data says so, and an unknown occupation is refused', async () => {
    const e = await evaluation(`/api/agreements/${kenya}/evaluation?measure=stock&lang=es`);
    assert.deepEqual(e.evaluations[0]?.fit, {
      ok: false,
      reason: 'no-data',
      text: 'No hay datos para este par de países, esta medida y esta ocupación',
    });
    const res = await requestAs(app, PUBLIC_ACTOR, `/api/agreements/${kenya}/evaluation?occupation=nurses`);
    assert.equal(res.status, 400);
  });

  test('an agreement without dates is refused; a draft is not found by the public', async () => {
    const res = await requestAs(
      app,
      secretariat,
      '/api/agreements',
      jsonBody({
        title: 'UK–Ghana memorandum (undated)',
        type: 'bilateral_mou',
        parties: [
          { area: 'GBR', side: 'destination' },
          { area: 'GHA', side: 'origin' },
        ],
        statusGiven: 'in_force',
      }),
    );
    const undated = (await res.json()) as Agreement;
    assert.equal(res.status, 201);
    const refused = await requestAs(app, secretariat, `/api/agreements/${undated.id}/evaluation?lang=fr`);
    assert.equal(refused.status, 409);
    const problem = (await refused.json()) as { detail?: string; title?: string };
    assert.match(JSON.stringify(problem), /ni date d’entrée en vigueur ni date de signature/);
    const hidden = await requestAs(app, PUBLIC_ACTOR, `/api/agreements/${undated.id}/evaluation`);
    assert.equal(hidden.status, 404);
  });
  test('a suspension is marked on the chart and named in a caveat, not modelled', async () => {
    const res = await requestAs(
      app,
      secretariat,
      `/api/agreements/${kenya}/events`,
      jsonBody({ kind: 'suspended', on: '2023-03-01', note: 'Suspended pending review.' }),
    );
    assert.equal(res.status, 201, await res.text());
    const e = await evaluation(`/api/agreements/${kenya}/evaluation?lang=fr`);
    assert.deepEqual(e.end, { date: '2023-03-01', kind: 'suspension' });
    const [pair] = e.evaluations;
    assert.ok(pair?.fit.ok);
    assertCoefficients(pair.fit.ols.coefficients, ref.ols, 'ols with a suspension');
    assert.deepEqual(pair.chart.markers[1], { kind: 'end', date: '2023-03-01', period: '2023' });
    assert.ok(
      pair.caveats.some(
        (c) =>
          c.code === 'end-date-ignored' &&
          c.text ===
            'La fin ou la suspension de l’accord le 2023-03-01 figure sur le graphique mais n’est pas estimée',
      ),
      JSON.stringify(pair.caveats),
    );
  });
});
