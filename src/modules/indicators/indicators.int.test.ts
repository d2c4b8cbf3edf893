import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from '../observations/index.ts';
import { areaProfile } from '../profiles/index.ts';
import {
  explainSafeguards,
  loadSafeguardsList,
  officialSafeguardsList,
  recomputeSafeguardsList,
} from '../safeguards/index.ts';
import { computeIndicators } from './compute-indicators.ts';
import { IndicatorQuerySchema } from './schemas.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/indicators/${name}`, import.meta.url));
const FILES = [
  'who_doctors.csv',
  'who_nursing_midwifery.csv',
  'wb_population.csv',
  'owid_uhc.csv',
  'gho_legacy_uhc.csv',
  'oecd_usa_ftds_2016.csv',
  'oecd_ftds_2018.csv',
  'oecd_totals.csv',
];

/** Rows of a fixture as arrays of fields, header dropped (the OECD files quote or not; both parse here). */
const rows = (name: string) =>
  readFileSync(fixture(name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')));

const q = (params: Record<string, string>) => IndicatorQuerySchema.parse(params);

describe('indicators and the Support and Safeguards List on real slices', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
    for (const f of FILES) {
      const report = await importFile(operatorContext(db), {
        input: { fileName: f, path: fixture(f) },
        skipUnknownAreas: true,
      });
      assert.ok(report.stored > 0, `${f} stored nothing`);
    }
    await loadSafeguardsList(operatorContext(db), { edition: 2023, path: fixture('ssl_2023.csv') });
  });
  after(async () => {
    await db.close();
  });

  test('density by headcount / population names its inputs; published-first takes WHO density as is', async () => {
    const computed = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'GHA', occupation: 'medical-doctors' }),
    );
    const gha = computed.items[0];
    assert.ok(gha);
    assert.equal(gha.method, 'computed');
    assert.equal(gha.year, 2020);
    const stock = gha.inputs.find((i) => i.measure === 'stock');
    const pop = gha.inputs.find((i) => i.measure === 'population');
    assert.ok(stock && pop);
    assert.equal(stock.file, 'who_doctors.csv');
    assert.equal(pop.source, 'WB.WDI');
    assert.ok(Math.abs((gha.value as number) - (1e4 * stock.value) / pop.value) < 1e-9);

    const published = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'GHA', occupation: 'medical-doctors', basis: 'published-first' }),
    );
    assert.equal(published.items[0]?.method, 'published');
    assert.equal(published.items[0]?.value, 1.7);
    assert.equal(published.items[0]?.inputs[0]?.measure, 'density');
  });

  test("population of another vintage than WHO's: the disagreement is stated, not hidden", async () => {
    const r = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'ERI', occupation: 'medical-doctors', year: '2020' }),
    );
    const eri = r.items[0];
    assert.ok(eri?.value);
    assert.match(eri.warnings.map((w) => w.message).join(' '), /WHO\.GHO publishes 0\.82 for 2020/);
  });

  test('doctors + nurses and midwives; a missing cadre gives null with a reason, never a partial sum', async () => {
    const r = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'KEN,GBR', basis: 'published-first' }),
    );
    const ken = r.items.find((i) => i.area === 'KEN');
    assert.ok(ken);
    assert.equal(Math.round((ken.value as number) * 100) / 100, 13.23);
    const none = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'GHA', occupation: 'medical-doctors,pharmacists' }),
    );
    assert.equal(none.items[0]?.value, null);
    assert.match(none.items[0]?.reason?.message ?? '', /pharmacists/);
  });

  test('foreign-trained share uses the published total and the same-source headcount', async () => {
    const usaRows = rows('oecd_usa_ftds_2016.csv');
    const total = Number(usaRows.find((f) => f[4] === 'TOT')?.[8]);
    const stock = Number(
      rows('oecd_totals.csv').find((f) => f[0] === 'USA' && f[2] === 'TNBD' && f[6] === '2016')?.[8],
    );
    const r = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'foreign-trained-share', area: 'USA' }),
    );
    const usa = r.items[0];
    assert.ok(usa);
    assert.equal(usa.year, 2016);
    assert.ok(Math.abs((usa.value as number) - (100 * total) / stock) < 1e-9);
    const detail = usa.detail as { publishedTotal: number; sumOfOrigins: number; top: { partner: string }[] };
    assert.equal(detail.publishedTotal, total);
    assert.notEqual(detail.sumOfOrigins, total, 'the origins of this file do not add up to its total');
    assert.equal(detail.top[0]?.partner, 'IND');
  });

  test('without a published total the sum of origins is used and said', async () => {
    const gbrOrigins = rows('oecd_ftds_2018.csv').filter((f) => f[0] === 'GBR' && f[2] === 'FTDS');
    const sum = gbrOrigins.reduce((s, f) => s + Number(f[8]), 0);
    const r = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'foreign-trained-share', area: 'GBR' }),
    );
    const gbr = r.items[0];
    assert.ok(gbr);
    assert.equal((gbr.detail as { foreign: number }).foreign, sum);
    assert.match(gbr.warnings.map((w) => w.message).join(' '), /no published total/);
  });

  test('emigration rate: abroad summed over reporting destinations, a lower bound, training basis stated', async () => {
    const abroad =
      rows('oecd_ftds_2018.csv')
        .filter((f) => f[4] === 'GHA' && f[2] === 'FTDS')
        .reduce((s, f) => s + Number(f[8]), 0) +
      Number(rows('oecd_usa_ftds_2016.csv').find((f) => f[4] === 'GHA')?.[8]);
    const r = await computeIndicators(operatorContext(db), q({ indicator: 'emigration-rate', area: 'GHA' }));
    const gha = r.items[0];
    assert.ok(gha);
    const home = gha.inputs.find((i) => i.measure === 'stock' && i.area === 'GHA');
    assert.ok(home);
    assert.ok(home.year <= 2018);
    assert.ok(Math.abs((gha.value as number) - (100 * abroad) / (abroad + home.value)) < 1e-9);
    assert.equal((gha.detail as { basis: string }).basis, 'training');
    assert.match(gha.warnings.map((w) => w.message).join(' '), /lower bound/);
    const birth = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'emigration-rate', area: 'GHA', originBasis: 'birth' }),
    );
    assert.equal(birth.items[0]?.value, null);
  });

  test('a WHO region is computed from its member countries, weighted by population, with coverage', async () => {
    const r = await computeIndicators(
      operatorContext(db),
      q({ indicator: 'density', area: 'AFR,GHA,KEN', basis: 'published-first' }),
    );
    const afr = r.items.find((i) => i.area === 'AFR');
    assert.ok(afr);
    const coverage = (
      afr.detail as { coverage: { withValue: number; populationShare: number; members: number } }
    ).coverage;
    assert.ok(coverage.members >= 47);
    assert.ok(coverage.withValue >= 5 && coverage.withValue < coverage.members);
    assert.equal(coverage.populationShare, 1, 'every member with a population here has a value');
    assert.match(afr.warnings.map((w) => w.message).join(' '), /have no value/);
    assert.match(afr.warnings.map((w) => w.message).join(' '), /population is unknown/);
  });

  test('SSL 2023 official: the 55 published countries', async () => {
    const o = await officialSafeguardsList(operatorContext(db), 2023);
    assert.equal(o.count, 55);
    assert.equal(o.rule.sciBelow, 55);
    const o2020 = await officialSafeguardsList(operatorContext(db), 2020);
    assert.equal(o2020.loaded, false);
    assert.equal(o2020.publishedCount, 47);
  });

  test('SSL 2023 recomputed: Samoa and Zimbabwe fall off by their 2019 index, Kenya comes on, each explained', async () => {
    const r = await recomputeSafeguardsList(operatorContext(db), { edition: 2023, query: {} });
    const diff = new Map(r.differences.map((d) => [d.area, d]));
    assert.equal(diff.get('WSM')?.recomputed, 'off');
    assert.match(diff.get('WSM')?.explanation ?? '', /55\.02 \(2019, OWID\) is not below 55/);
    assert.equal(diff.get('ZWE')?.recomputed, 'off');
    assert.equal(diff.get('KEN')?.recomputed, 'on');
    assert.match(diff.get('KEN')?.explanation ?? '', /51\.48/);
    for (const c of ['GHA', 'NER', 'ERI']) assert.ok(r.listed.includes(c), `${c} should be listed`);
    assert.ok(!r.listed.includes('USA'));
    assert.ok(r.choices.defaults.includes('sci'));
  });

  test('the legacy 0-1 scaled index, once rescaled on import, keeps Kenya off and Zimbabwe on', async () => {
    const r = await recomputeSafeguardsList(operatorContext(db), {
      edition: 2023,
      query: { sciSource: ['WHO.GHO'], sciUpTo: 2017 },
    });
    const ken = r.items.find((i) => i.area === 'KEN');
    const zwe = r.items.find((i) => i.area === 'ZWE');
    assert.equal(ken?.sci.value, 55);
    assert.equal(ken?.status, 'off');
    assert.equal(zwe?.sci.value, 54);
    assert.equal(zwe?.status, 'on');
  });

  test('one country explained: both values with years and sources; missing inputs make it not assessable', async () => {
    const wsm = await explainSafeguards(operatorContext(db), { edition: 2023, iso3: 'wsm', query: {} });
    assert.equal(wsm.status, 'off');
    assert.equal(wsm.sci.year, 2019);
    assert.equal(wsm.density.met, true);
    assert.match(wsm.explanation, /Differs from WHO's published list/);
    const unknownSci = await explainSafeguards(operatorContext(db), {
      edition: 2023,
      iso3: 'GHA',
      query: { sciYear: 1990 },
    });
    assert.equal(unknownSci.status, 'not-assessable');
    await assert.rejects(
      explainSafeguards(operatorContext(db), { edition: 2023, iso3: 'XXX', query: {} }),
      /Unknown area "XXX"/,
    );
  });

  test('the profile gives latest values with years and sources, series, origins and SSL status', async () => {
    const p = await areaProfile(operatorContext(db), 'USA');
    const share = p.headline.find(
      (h) => h.indicator === 'foreign-trained-share' && h.occupation[0] === 'medical-doctors',
    );
    assert.equal(share?.year, 2016);
    assert.equal(p.foreignTrainedByOrigin?.items[0]?.partnerName, 'India');
    assert.ok(p.series.find((s) => s.occupation === 'medical-doctors')?.points.length);
    const ssl2023 = p.safeguards.find((s) => s.edition === 2023);
    assert.equal(ssl2023?.assessment.status, 'off');
    assert.match(ssl2023?.assessment.explanation ?? '', /WHO's published list does not include it either/);
    assert.equal(p.safeguards.find((s) => s.edition === 2020)?.official, null, '2020 members are not loaded');
    assert.ok(p.batches.length >= 3);
    const gha = await areaProfile(operatorContext(db), 'GHA');
    assert.equal(gha.emigrantsByDestination?.items[0]?.destination, 'USA');
  });

  test('over HTTP: indicators, profile, safeguards, and problem+json for bad input', async () => {
    const app = createApp({ db, config: loadConfig({}), log: () => {} });
    const ind = await app.request(
      '/api/indicators?indicator=density&area=GHA,KEN&occupation=medical-doctors',
    );
    assert.equal(ind.status, 200);
    assert.equal(((await ind.json()) as { items: unknown[] }).items.length, 2);
    const prof = await app.request('/api/areas/GHA/profile');
    assert.equal(prof.status, 200);
    const off = await app.request('/api/safeguards/2023');
    assert.equal(((await off.json()) as { count: number }).count, 55);
    const rec = await app.request('/api/safeguards/2023/recomputed?sciSource=WB.WDI');
    assert.equal(rec.status, 200);
    const zwe = await app.request('/api/safeguards/2023/ZWE');
    assert.match(((await zwe.json()) as { explanation: string }).explanation, /UHC service coverage index/);
    const bad = await app.request(
      '/api/indicators?indicator=density&occupation=nursing-and-midwifery,nursing-personnel',
    );
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const none = await app.request('/api/safeguards/2010');
    assert.equal(none.status, 404);
  });
});
