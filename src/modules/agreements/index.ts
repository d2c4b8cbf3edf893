// TEMPORARY local shim, not committed
import type { Ctx } from '../../platform/context.ts';
import type { AgreementForRecruitment } from '../recruitment/index.ts';
export async function agreementsForRecruitment(
  _ctx: Ctx,
  _areas: readonly string[],
): Promise<AgreementForRecruitment[]> {
  return [];
}
