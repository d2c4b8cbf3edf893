import type { Ctx } from '../../platform/context.ts';
import { progressDocument } from './domain/progress-document.ts';
import { CONTENT_TYPES, codeNames, type ExportedFile, type ExportFormat, renderAs } from './export-report.ts';
import { getProgressReport } from './get-progress.ts';

/**
 * A round's global progress report as a PDF, DOCX, printable HTML or CSV file in the context's language. Read as
 * `GET /api/rounds/:id/progress-report` reads it: public once published; before, the secretariat's only (401 for
 * the public, 403 for others); 404 when the round has none.
 */
export async function exportProgress(ctx: Ctx, roundId: number, format: ExportFormat): Promise<ExportedFile> {
  const report = await getProgressReport(ctx, roundId);
  const build = (cells: 'language' | 'data') =>
    progressDocument({ report, lang: ctx.lang, exportedAt: ctx.now(), names: codeNames(ctx.lang), cells });
  return {
    body: await renderAs(build('language'), format, () => build('data')),
    contentType: CONTENT_TYPES[format],
    filename: `hwmo-progress-report-${report.content.round.year}-${ctx.lang}.${format}`,
  };
}
