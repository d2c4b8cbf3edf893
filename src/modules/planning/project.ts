import type { Ctx } from '../../platform/context.ts';
import { dataVersion } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { VERSION } from '../../platform/version.ts';
import { wisnRequiredStaff } from '../wisn/index.ts';
import { projectScenario, type WisnNeed } from './domain/scenario.ts';
import { getStartingInputs } from './get-starting-inputs.ts';
import { text as t } from './messages.ts';
import {
  BAND_QUANTILES,
  MAX_INTERACTIVE_WORK,
  PLANNING_CADRES,
  type PlanningCadre,
  type Projection,
  type ScenarioSpec,
} from './schemas.ts';

async function wisnNeed(ctx: Ctx, spec: ScenarioSpec): Promise<WisnNeed> {
  const id = spec.need.wisnStudy;
  if (id === null) return new Map();
  const study = await wisnRequiredStaff(ctx, id);
  if (study.area !== spec.area)
    throw new AppError('invalid_input', t('wisn_other_area', { id, area: study.area }), {
      location: { field: 'need.wisnStudy' },
    });
  const need = new Map<PlanningCadre, number>();
  for (const c of study.cadres) {
    const cadre =
      spec.need.wisnCadres[c.cadre] ??
      (PLANNING_CADRES as readonly string[]).find((p) => p === c.cadre) ??
      undefined;
    if (cadre === undefined) continue;
    need.set(cadre as PlanningCadre, (need.get(cadre as PlanningCadre) ?? 0) + c.required);
  }
  if (need.size === 0)
    throw new AppError('invalid_input', t('wisn_no_cadre', { id }), {
      location: { field: 'need.wisnCadres' },
    });
  return need;
}

/** A scenario projected on the data core as it is now, with the provenance that reproduces it. Stores nothing. */
export async function project(
  ctx: Ctx,
  spec: ScenarioSpec,
  opts: { maxWork?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<Projection> {
  const work = spec.uncertainty.draws * spec.horizon * spec.cadres.length;
  const maxWork = opts.maxWork ?? MAX_INTERACTIVE_WORK;
  if (work > maxWork)
    throw new AppError('invalid_input', t('too_much_work', { work, max: maxWork }), {
      location: { field: 'uncertainty.draws' },
      hint: t('too_much_work_hint'),
    });
  const [starting, wisn, version] = await Promise.all([
    getStartingInputs(ctx, spec.area, spec.baseYear, spec.cadres, spec.sources),
    wisnNeed(ctx, spec),
    dataVersion(ctx.db),
  ]);
  return {
    ...projectScenario(starting, spec, wisn, opts.onProgress),
    provenance: {
      seed: spec.uncertainty.seed,
      draws: spec.uncertainty.draws,
      quantiles: [...BAND_QUANTILES],
      hwmoVersion: VERSION,
      dataVersion: version,
      wisnStudy: spec.need.wisnStudy,
    },
  };
}
