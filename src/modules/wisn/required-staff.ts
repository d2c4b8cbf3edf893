import type { Ctx } from '../../platform/context.ts';
import { studyResults } from './get-study.ts';
import type { RequiredStaff } from './schemas.ts';

/**
 * The staff a stored study's workload requires, for each cadre over the study's facilities, with the staff in post:
 * a need the planning side sets against its projected supply. Read by those who manage the study's area.
 */
export async function wisnRequiredStaff(ctx: Ctx, studyId: number): Promise<RequiredStaff> {
  const { study, results } = await studyResults(ctx, studyId);
  const names = new Map(study.inputs.cadres.map((c) => [c.code, c.name]));
  return {
    studyId: study.id,
    area: study.area,
    cadres: results.totals.map((c) => ({
      cadre: c.cadre,
      name: names.get(c.cadre) ?? c.cadre,
      required: c.required,
      existing: c.existing,
    })),
  };
}
