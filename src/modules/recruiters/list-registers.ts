import type { Ctx } from '../../platform/context.ts';
import { listRegisters } from './repo.ts';
import type { RegisterList } from './schemas.ts';
import { registerView } from './views.ts';

/** The recruiters' registers and their settings. */
export async function listRecruiterRegisters(ctx: Ctx): Promise<RegisterList> {
  return { registers: (await listRegisters(ctx.db)).map(registerView) };
}
