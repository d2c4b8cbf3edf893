import type { Ctx } from '../../platform/context.ts';
import { scopeFor } from './readable-areas.ts';
import { findAuditEvents } from './repo.ts';
import type { AuditPage, AuditQuery } from './schemas.ts';

/** A page of the audit trail, newest first, within what the actor may read. */
export async function listAudit(ctx: Ctx, query: AuditQuery): Promise<AuditPage> {
  const { limit, offset, ...filter } = query;
  const areas = scopeFor(ctx.actor, filter.area);
  const { items, total } = await findAuditEvents(ctx.db, { ...filter, areas }, { limit, offset });
  return { items, total, limit, offset };
}
