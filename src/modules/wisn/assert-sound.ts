import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertManage } from './access.ts';
import { validateStudy } from './domain/validate.ts';
import { refuseStudy } from './issues.ts';
import { text as t } from './messages.ts';
import { areaExists } from './repo.ts';
import type { StudyInputs } from './schemas.ts';

/** Refuses inputs of an area the actor does not manage, that do not compute, or of an unknown area (read before any change). */
export async function assertSound(ctx: Ctx, inputs: StudyInputs): Promise<void> {
  assertManage(ctx.actor, inputs.area);
  const issues = validateStudy(inputs);
  if (issues.length > 0) refuseStudy(issues);
  if (!(await areaExists(ctx.db, inputs.area)))
    throw new AppError('unknown_area', t('unknown_area', { code: inputs.area }), {
      location: { field: 'area' },
    });
}
