import type { Ctx } from '../../platform/context.ts';
import { listOutbox } from './repo.ts';
import type { Outbox } from './schemas.ts';

export async function listOutboxView(ctx: Ctx): Promise<Outbox> {
  return { messages: await listOutbox(ctx.db) };
}
