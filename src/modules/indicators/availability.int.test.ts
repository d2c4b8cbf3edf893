import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from '../observations/index.ts';
import { indicatorAvailability } from './availability.ts';
import { computeIndicators } from './compute-indicators.ts';
import { SDG_CADRES } from './domain/index.ts';
import { type Availability, AvailabilitySchema, IndicatorQuerySchema } from './schemas.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/indicators/${name}`, import.meta.url));
const load = (db: Database, f: string) =>
  importFile(operatorContext(db), { input: { fileName: f, path: fixture(f) }, skipUnknownAreas: true });

const choice = (a: Availability, indicator: string, occupation: readonly string[]) =>
  a.items
    .find((i) => i.indicator === indicator)
    ?.occupations.find((o) => o.occupation.join() === occupation.join());

/** Whether the indicator endpoint's own computation gives at least one country a value. */
async function anyValue(db: Database, indicator: string, occupation: readonly string[], year: string) {
  const r = await computeIndicators(
    operatorContext(db),
    IndicatorQuerySchema.parse({ indicator, occupation: occupation.join(','), year, window: 10 }),
  );
  return r.items.some((i) => i.value !== null);
}

/** Every year listed gives a value and every year in the range not listed gives none, as the API computes. */
async function agreesWithIndicators(db: Database, a: Availability) {
  for (const item of a.items)
    for (const o of item.occupations) {
      for (let year = 2008; year <= 2024; year++)
        assert.equal(
          await anyValue(db, item.indicator, o.occupation, String(year)),
          o.years.includes(year),
          `${item.indicator} ${o.occupation.join('+')} ${year}`,
        );
      assert.equal(
        await anyValue(db, item.indicator, o.occupation, 'latest'),
        o.latest,
        `${item.indicator} ${o.occupation.join('+')} latest`,
      );
    }
}

describe('what the loaded data can give, per indicator, occupation and year', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
    await load(db, 'who_doctors.csv');
  });
  after(async () => {
    await db.close();
  });

  test('occupations come from what each indicator accepts', async () => {
    const a = AvailabilitySchema.parse(await indicatorAvailability(operatorContext(db)));
    const sdg = a.items.find((i) => i.indicator === 'sdg-gap');
    assert.deepEqual(
      sdg?.occupations.map((o) => o.occupation),
      [[...SDG_CADRES]],
      'sdg-gap is defined for doctors + nurses and midwives only',
    );
    const density = a.items.find((i) => i.indicator === 'density');
    assert.ok(
      density?.occupations.some((o) => o.occupation.length === 2),
      'density adds cadres',
    );
    for (const single of ['inflow', 'growth', 'foreign-trained-share'])
      assert.ok(
        a.items.find((i) => i.indicator === single)?.occupations.every((o) => o.occupation.length === 1),
        `${single} takes one occupation`,
      );
  });

  test('with doctors alone, only what doctors give has years; the rest has none', async () => {
    const a = await indicatorAvailability(operatorContext(db));
    assert.ok((choice(a, 'density', ['medical-doctors'])?.years.length ?? 0) > 0);
    assert.deepEqual(choice(a, 'density', ['pharmacists'])?.years, []);
    assert.equal(choice(a, 'density', ['pharmacists'])?.latest, false);
    assert.deepEqual(choice(a, 'sdg-gap', SDG_CADRES)?.years, [], 'no nurses loaded');
    for (const indicator of ['inflow', 'outflow', 'net-migration', 'foreign-born-share'])
      assert.deepEqual(choice(a, indicator, ['medical-doctors'])?.years, [], indicator);
    await agreesWithIndicators(db, a);
  });

  test('a new batch changes the answer, which agrees with the indicators again', async () => {
    const before = await indicatorAvailability(operatorContext(db));
    assert.equal(
      await indicatorAvailability(operatorContext(db)),
      before,
      'kept while the data do not change',
    );
    for (const f of [
      'who_nursing_midwifery.csv',
      'wb_population.csv',
      'oecd_ftds_2018.csv',
      'oecd_totals.csv',
    ])
      await load(db, f);
    const a = await indicatorAvailability(operatorContext(db));
    assert.notEqual(a, before);
    assert.ok((choice(a, 'sdg-gap', SDG_CADRES)?.years.length ?? 0) > 0, 'sdg-gap once nurses are loaded');
    assert.ok(choice(a, 'foreign-trained-share', ['medical-doctors'])?.years.includes(2018));
    assert.deepEqual(choice(a, 'inflow', ['medical-doctors'])?.years, []);
    await agreesWithIndicators(db, a);
  });

  test('served at GET /api/indicators/availability and described in the OpenAPI document', async () => {
    const app = createApp({ db, config: loadConfig({}), log: () => {} });
    const r = await app.request('/api/indicators/availability');
    assert.equal(r.status, 200);
    const body = AvailabilitySchema.parse(await r.json());
    assert.equal(body.items.length, 9);
    const spec = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(spec.paths['/api/indicators/availability'], 'documented');
  });
});
