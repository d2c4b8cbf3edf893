import type { z } from 'zod';
import type { Questionnaire } from '../../../../src/modules/questionnaires/schemas.ts';
import type {
  Attachment,
  ImportFiguresResultSchema,
  PrefillResult,
  Report,
  ReportAction,
  ReportingHistory,
} from '../../../../src/modules/reporting/schemas.ts';
import { ApiError, apiHeaders, type Problem, send } from '../../lib/api.ts';
import type { Answer } from './state.ts';

export type ImportResult = z.infer<typeof ImportFiguresResultSchema>;
export type { Attachment, Questionnaire, ReportingHistory };

// Never cached: the page reads what others may have changed.

export const getReport = (id: number) => send<Report>('GET', `/api/reports/${id}`);

export const getQuestionnaire = (id: number) => send<Questionnaire>('GET', `/api/questionnaires/${id}`);

export const getPrefill = (id: number) => send<PrefillResult>('GET', `/api/reports/${id}/prefill`);

export const getAreaReporting = (iso3: string) =>
  send<ReportingHistory>('GET', `/api/areas/${encodeURIComponent(iso3)}/reporting`);

export const saveAnswers = (id: number, version: number, answers: Record<string, Answer>) =>
  send<Report>('PUT', `/api/reports/${id}/answers`, { version, answers });

export const actOn = (
  id: number,
  action: ReportAction,
  body: { version: number; comment?: string; comments?: Array<{ question: string; body: string }> },
) => send<Report>('POST', `/api/reports/${id}/${action}`, body);

export const importFigures = (id: number) => send<ImportResult>('POST', `/api/reports/${id}/import`);

export const deleteAttachment = (id: number, attachment: number) =>
  send<Report>('DELETE', `/api/reports/${id}/attachments/${attachment}`);

/** The current report a 409 carries, when the change was made on an older version. */
export function conflictReport(e: unknown): Report | null {
  if (!(e instanceof ApiError) || e.status !== 409) return null;
  const current = (e.problem as Problem & { current?: Report }).current;
  return current && typeof current === 'object' && typeof current.version === 'number' ? current : null;
}

/**
 * Uploads a file to a file question (multipart, with the session's CSRF token), telling how much is sent; XHR
 * because fetch reports no upload progress.
 */
export function uploadAttachment(opts: {
  report: number;
  question: string;
  version: number;
  file: File;
  csrf: string | null;
  onProgress: (fraction: number) => void;
}): Promise<{ attachment: Attachment; report: Report }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/reports/${opts.report}/attachments`);
    for (const [k, v] of Object.entries(apiHeaders())) xhr.setRequestHeader(k, v);
    if (opts.csrf) xhr.setRequestHeader('x-csrf-token', opts.csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as { attachment: Attachment; report: Report });
      else {
        const problem = (body ?? {}) as Problem;
        reject(new ApiError(xhr.status, problem.detail ?? problem.title ?? String(xhr.status), problem));
      }
    };
    const form = new FormData();
    form.set('question', opts.question);
    form.set('version', String(opts.version));
    form.set('file', opts.file, opts.file.name);
    xhr.send(form);
  });
}
