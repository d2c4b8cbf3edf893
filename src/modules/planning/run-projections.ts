import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { dataVersion } from '../../platform/db/unit-of-work.ts';
import { VERSION } from '../../platform/version.ts';
import { projectScenario } from './domain/scenario.ts';
import { type PlanningPoint, resolveStartingInputs } from './domain/starting.ts';
import { assertCountry } from './get-starting-inputs.ts';
import { loadPlanningPoints, memberStates } from './repo.ts';
import type { Projection, RunRequest, RunRow, ScenarioSpec, StartingInputs } from './schemas.ts';

export async function runAreas(db: Queryable, request: RunRequest): Promise<string[]> {
  if (request.areas === 'member-states') return memberStates(db);
  for (const a of request.areas) await assertCountry(db, a);
  return [...new Set(request.areas)];
}

/** The points of each area: its own and those destinations report of its workers. */
export function pointsByArea(points: readonly PlanningPoint[]): Map<string, PlanningPoint[]> {
  const out = new Map<string, PlanningPoint[]>();
  const add = (a: string, p: PlanningPoint) => {
    const list = out.get(a) ?? [];
    list.push(p);
    out.set(a, list);
  };
  for (const p of points) {
    if (p.partner === '_Z') add(p.area, p);
    else add(p.partner, p);
  }
  return out;
}

export function specOf(request: RunRequest, area: string): ScenarioSpec {
  return {
    area,
    baseYear: request.baseYear,
    horizon: request.horizon,
    cadres: request.cadres,
    sources: request.sources,
    inputs: {},
    levers: request.levers,
    need: {
      threshold: request.threshold,
      ratios: {},
      services: [],
      wisnStudy: null,
      wisnScale: 1,
      wisnCadres: {},
    },
    uncertainty: request.uncertainty,
  };
}

export interface AreaProjection {
  starting: StartingInputs;
  projection: Omit<Projection, 'provenance'>;
}

/**
 * Projects every area of the request on the data core as it is now, one area after another, yielding to other work
 * between areas and calling `onProgress` with the areas done.
 */
export async function projectAreas(
  ctx: Ctx,
  request: RunRequest,
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<{ areas: AreaProjection[]; dataVersion: number }> {
  const areas = await runAreas(ctx.db, request);
  const version = await dataVersion(ctx.db);
  const byArea = pointsByArea(await loadPlanningPoints(ctx.db, areas));
  const out: AreaProjection[] = [];
  for (const [i, area] of areas.entries()) {
    const starting = resolveStartingInputs(
      area,
      request.baseYear,
      request.cadres,
      byArea.get(area) ?? [],
      request.sources,
    );
    out.push({ starting, projection: projectScenario(starting, specOf(request, area)) });
    await onProgress?.(i + 1, areas.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { areas: out, dataVersion: version };
}

/** A row per area and cadre: the starting stock, and the FTE supply at the horizon with its band. */
export function runRows(areas: readonly AreaProjection[]): RunRow[] {
  return areas.flatMap(({ projection }) =>
    projection.cadres.map((c) => {
      const stock = c.inputs.parameters.stock;
      const last = projection.horizon;
      return {
        area: projection.area,
        cadre: c.cadre,
        projected: c.projected,
        stock: stock.value,
        stockYear: stock.year,
        supply: c.projected ? (c.fte[last] ?? null) : null,
        low: c.bands?.low[last] ?? null,
        high: c.bands?.high[last] ?? null,
      };
    }),
  );
}

export const provenanceOf = (request: RunRequest, version: number) => ({
  hwmoVersion: VERSION,
  dataVersion: version,
  seed: request.uncertainty.seed,
});
