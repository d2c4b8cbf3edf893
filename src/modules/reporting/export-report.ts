import type { Ctx } from '../../platform/context.ts';
import {
  type Document,
  renderCsv,
  renderDocx,
  renderHtml,
  renderPdf,
} from '../../platform/documents/index.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { agreementsForReport } from '../agreements/index.ts';
import { countryNameIn, findOccupation } from '../reference/index.ts';
import { roundLabel } from './domain/report-access.ts';
import { type CodeNames, documentTables, reportDocument } from './domain/report-document.ts';
import { listAuthorityRows } from './repo.ts';
import { selectAttachments, selectComments } from './repo-reports.ts';
import { definitionOf, readableReport } from './report-view.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An exported file: its bytes (or text), its content type and the name to save it under. */
export interface ExportedFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Countries by their name in the language; occupations by their name (English: the reference names no other). */
export function codeNames(lang: Lang): CodeNames {
  return {
    area: (code) => countryNameIn(code, lang),
    occupation: (code) => findOccupation(code)?.name,
  };
}

/**
 * Every table of a document as one CSV (UTF-8 with a byte-order mark, cells safe in a spreadsheet): each table
 * headed by a line naming it (a question's number and text), then its headings and rows, then an empty line.
 */
export function tablesCsv(doc: Document): string {
  const parts = [renderCsv([doc.title], doc.subtitle ? [[doc.subtitle]] : [])];
  for (const t of documentTables(doc)) {
    parts.push('\r\n', renderCsv([t.title], [t.header, ...t.rows]).slice(1));
  }
  return parts.join('');
}

/** A document in a format: PDF and DOCX as bytes, HTML and CSV as text. */
export async function renderAs(
  doc: Document,
  format: ExportFormat,
  csvDoc: () => Document,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'pdf':
      return new Uint8Array(await renderPdf(doc));
    case 'docx':
      return new Uint8Array(await renderDocx(doc));
    case 'html':
      return renderHtml(doc);
    case 'csv':
      return tablesCsv(csvDoc());
  }
}

/**
 * A national or stakeholder report as a PDF, DOCX, printable HTML or CSV file in the context's language. Read as
 * `GET /api/reports/:id` reads it: 404 when there is none, 401 or 403 for a report the actor may not read.
 */
export async function exportReport(ctx: Ctx, id: number, format: ExportFormat): Promise<ExportedFile> {
  const r = await readableReport(ctx, ctx.db, id);
  const [questionnaire, comments, attachments, authorities, agreements] = await Promise.all([
    definitionOf(ctx.db, r.questionnaireId),
    selectComments(ctx.db, r.id),
    selectAttachments(ctx.db, r.id),
    r.kind === 'national' && r.area
      ? listAuthorityRows(ctx.db, { roundId: r.roundId, area: r.area, current: true })
      : Promise.resolve([]),
    // The agreements to which the reporting country is party, as the registry publishes them on the day of export.
    r.kind === 'national' && r.area ? agreementsForReport(ctx, r.area) : Promise.resolve([]),
  ]);
  const label = roundLabel(r.roundYear);
  const build = (cells: 'language' | 'data') => {
    const doc = reportDocument({
      report: {
        id: r.id,
        kind: r.kind,
        roundLabel: label,
        area: r.area,
        areaName: r.area ? (countryNameIn(r.area, ctx.lang) ?? r.areaName ?? r.area) : null,
        organisation: r.organisation,
        state: r.state,
        submittedAt: r.submittedAt,
        acceptedAt: r.acceptedAt,
        publishedAt: r.publishedAt,
        answers: r.answers,
      },
      questionnaire,
      comments,
      attachments,
      authority: authorities[0]?.organisation ?? null,
      lang: ctx.lang,
      exportedAt: ctx.now(),
      names: codeNames(ctx.lang),
      cells,
    });
    return { ...doc, blocks: [...doc.blocks, ...agreements] };
  };
  const who = r.kind === 'national' ? `national-${r.area ?? 'report'}` : `stakeholder-${r.id}`;
  return {
    body: await renderAs(build('language'), format, () => build('data')),
    contentType: CONTENT_TYPES[format],
    filename: `hwmo-report-${r.id}-${who.toLowerCase()}-${r.roundYear}-${ctx.lang}.${format}`,
  };
}
