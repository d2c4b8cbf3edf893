import type { Ctx } from '../../platform/context.ts';
import { presentReport, readableReport } from './report-view.ts';
import type { Report } from './schemas.ts';

/**
 * A report with its comments, attachments, issues and the actions the actor may take. 404 when there is none; 401
 * (the public) or 403 (anyone signed in) for a report the actor may not read.
 */
export async function getReport(ctx: Ctx, id: number): Promise<Report> {
  const stored = await readableReport(ctx, ctx.db, id);
  return presentReport(ctx, ctx.db, stored);
}
