import type { Ctx } from '../../platform/context.ts';
import { listRoundRows } from './repo.ts';
import type { Round } from './schemas.ts';

/** Every reporting round, the latest first. */
export async function listRounds(ctx: Ctx): Promise<{ rounds: Round[] }> {
  return { rounds: await listRoundRows(ctx.db) };
}
