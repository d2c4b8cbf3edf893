import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { attachedIds } from './add-attachment.ts';
import { reportText } from './messages-reports.ts';
import { deleteAttachmentRow, findAttachment, findReport, updateAnswers } from './repo-reports.ts';
import { presentReport } from './report-view.ts';
import { assertEditable, lockForChange } from './save-answers.ts';
import type { Report } from './schemas.ts';

/** Removes a file from a report the actor may write (and from its question's answer); the version moves on. */
export async function deleteAttachment(ctx: Ctx, id: number, attachment: number): Promise<Report> {
  return mutation(ctx, 'report.detach', async (tx) => {
    const current = await findReport(tx, id);
    const r = await lockForChange(ctx, tx, id, current?.version ?? 0, (s) => assertEditable(ctx, s));
    const found = await findAttachment(tx, id, attachment);
    if (!found)
      throw new AppError('not_found', reportText('attachment_not_found', { id, attachment }), {
        location: { field: 'attachment' },
      });
    const kept = attachedIds(r.answers[found.question]).filter((a) => a !== attachment);
    const answers = { ...r.answers };
    if (kept.length > 0) answers[found.question] = { attachments: kept };
    else delete answers[found.question];
    await deleteAttachmentRow(tx, id, attachment);
    await updateAnswers(tx, id, answers, ctx.now(), actorLabel(ctx.actor));
    await tx.audit({
      action: 'report.detach',
      objectType: 'report',
      objectId: String(id),
      area: r.area,
      before: {
        version: r.version,
        answers: { [found.question]: r.answers[found.question] ?? null },
        attachment: { id: found.id, fileName: found.fileName, sha256: found.sha256, size: found.size },
      },
      after: { version: r.version + 1, answers: { [found.question]: answers[found.question] ?? null } },
    });
    const saved = await findReport(tx, id);
    if (!saved) throw new AppError('not_found', reportText('not_found', { id }));
    return presentReport(ctx, tx, saved);
  });
}
