import { createHash } from 'node:crypto';
import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { QuestionnaireDefinition } from '../questionnaires/schemas.ts';
import {
  ATTACHMENT_TYPES,
  detectAttachmentType,
  MAX_ATTACHMENT_BYTES,
  sanitiseFileName,
} from './domain/attachment-files.ts';
import { reportText } from './messages-reports.ts';
import { findReport, insertAttachment, updateAnswers } from './repo-reports.ts';
import { definitionOf, presentReport } from './report-view.ts';
import { assertEditable, lockForChange } from './save-answers.ts';
import type { Attachment, Report } from './schemas.ts';

/** The ids attached to a file question's answer. */
export function attachedIds(answer: unknown): number[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const ids = (answer as { attachments?: unknown }).attachments;
  return Array.isArray(ids) ? ids.filter((n): n is number => typeof n === 'number') : [];
}

function fileQuestion(def: QuestionnaireDefinition, id: string) {
  for (const s of def.sections) for (const q of s.questions) if (q.id === id) return q;
  return undefined;
}

export interface NewAttachment {
  question: string;
  fileName: string;
  bytes: Uint8Array;
  /** The version of the report the file is added to; the current one when not given. */
  version?: number | undefined;
}

/**
 * Attaches a file to a file question of a report the actor may write: a PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG file
 * (recognised by its bytes) of at most 10 MB, its name kept, made safe. The answer lists it; the version moves on.
 */
export async function addAttachment(
  ctx: Ctx,
  id: number,
  file: NewAttachment,
): Promise<{ attachment: Attachment; report: Report }> {
  return mutation(ctx, 'report.attach', async (tx) => {
    const current = await findReport(tx, id);
    const version = file.version ?? current?.version ?? 0;
    const r = await lockForChange(ctx, tx, id, version, (s) => assertEditable(ctx, s));
    const def = await definitionOf(tx, r.questionnaireId);
    const question = fileQuestion(def, file.question);
    if (question?.type !== 'file')
      throw new AppError('invalid_input', reportText('not_file_question', { question: file.question }), {
        location: { field: 'question' },
      });
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      throw new AppError('invalid_input', reportText('file_too_large', { limit: '10 MB' }), {
        location: { field: 'file' },
      });
    const type = detectAttachmentType(file.bytes);
    if (!type)
      throw new AppError('invalid_input', reportText('file_type_refused', { name: file.fileName }), {
        location: { field: 'file' },
        hint: reportText('file_type_hint'),
      });
    const attached = attachedIds(r.answers[question.id]);
    if (attached.length >= question.maxFiles)
      throw new AppError(
        'conflict',
        reportText('too_many_files', { question: question.id, max: question.maxFiles }),
        {
          location: { field: 'question' },
        },
      );
    const fileName = sanitiseFileName(file.fileName);
    const by = actorLabel(ctx.actor);
    const at = ctx.now();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const attachmentId = await insertAttachment(tx, {
      reportId: id,
      question: question.id,
      fileName,
      contentType: ATTACHMENT_TYPES[type],
      size: file.bytes.byteLength,
      sha256,
      bytes: file.bytes,
      at,
      createdBy: by,
    });
    await updateAnswers(
      tx,
      id,
      { ...r.answers, [question.id]: { attachments: [...attached, attachmentId] } },
      at,
      by,
    );
    await tx.audit({
      action: 'report.attach',
      objectType: 'report',
      objectId: String(id),
      area: r.area,
      before: { version: r.version, answers: { [question.id]: r.answers[question.id] ?? null } },
      after: {
        version: r.version + 1,
        answers: { [question.id]: { attachments: [...attached, attachmentId] } },
        attachment: {
          id: attachmentId,
          fileName,
          contentType: ATTACHMENT_TYPES[type],
          size: file.bytes.byteLength,
          sha256,
        },
      },
    });
    const saved = await findReport(tx, id);
    if (!saved) throw new AppError('not_found', reportText('not_found', { id }));
    const report = await presentReport(ctx, tx, saved, def);
    const attachment = report.attachments.find((a) => a.id === attachmentId);
    if (!attachment)
      throw new AppError('not_found', reportText('attachment_not_found', { id, attachment: attachmentId }));
    return { attachment, report };
  });
}
