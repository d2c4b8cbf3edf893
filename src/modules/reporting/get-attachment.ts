import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { reportText } from './messages-reports.ts';
import { findAttachment, type StoredAttachment } from './repo-reports.ts';
import { readableReport } from './report-view.ts';

/** A file attached to a report, for the report's readers. */
export async function getAttachment(
  ctx: Ctx,
  id: number,
  attachment: number,
): Promise<StoredAttachment & { bytes: Uint8Array }> {
  await readableReport(ctx, ctx.db, id);
  const found = await findAttachment(ctx.db, id, attachment);
  if (!found)
    throw new AppError('not_found', reportText('attachment_not_found', { id, attachment }), {
      location: { field: 'attachment' },
    });
  return found;
}
