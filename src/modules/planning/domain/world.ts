import type { PlanningCadre, StartingInputs } from '../schemas.ts';

/**
 * The world's health workers in 2020 by cadre as Boniol et al. (2022, BMJ Global Health 7:e009316, from NHWA data)
 * estimate them for every country, with imputation where countries report nothing.
 */
export const BONIOL_2020: Readonly<Record<PlanningCadre, number>> = {
  'medical-doctors': 12.7e6,
  'nursing-personnel': 29.1e6,
  'midwifery-personnel': 2.2e6,
  dentists: 2.5e6,
  pharmacists: 3.7e6,
};

export interface WorldStockRow {
  cadre: PlanningCadre;
  /** The starting stocks summed over the countries that have one. */
  total: number;
  countries: number;
  /** Of the counted stocks, how many are of the base year itself (the others are the nearest year within the window). */
  ofBaseYear: number;
  /** Counted from density × population rather than a count. */
  derived: number;
  published: number;
  /** total ÷ published. */
  share: number;
  /** Countries without a stock, the most populous first (population in the base year or the nearest). */
  missing: { area: string; population: number | null }[];
}

function populationNear(s: StartingInputs): number | null {
  let best: number | null = null;
  let distance = Number.POSITIVE_INFINITY;
  s.population.years.forEach((y, i) => {
    const d = Math.abs(y - s.baseYear);
    if (d < distance) {
      distance = d;
      best = s.population.values[i] ?? null;
    }
  });
  return best;
}

/** The starting stock of every country summed per cadre, beside the published global totals. */
export function worldStock(
  starting: readonly StartingInputs[],
  cadres: readonly PlanningCadre[],
): WorldStockRow[] {
  return cadres.map((cadre) => {
    let total = 0;
    let countries = 0;
    let ofBaseYear = 0;
    let derived = 0;
    const missing: WorldStockRow['missing'] = [];
    for (const s of starting) {
      const stock = s.cadres.find((c) => c.cadre === cadre)?.parameters.stock;
      if (!stock || stock.value === null) {
        missing.push({ area: s.area, population: populationNear(s) });
        continue;
      }
      total += stock.value;
      countries++;
      if (stock.year === s.baseYear) ofBaseYear++;
      if (stock.basis === 'derived') derived++;
    }
    missing.sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || a.area.localeCompare(b.area));
    const published = BONIOL_2020[cadre];
    return {
      cadre,
      total,
      countries,
      ofBaseYear,
      derived,
      published,
      share: total / published,
      missing,
    };
  });
}
