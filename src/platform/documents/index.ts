export { renderCsv } from './csv.ts';
export { renderDocx } from './docx.ts';
export { escapeHtml, renderHtml } from './html.ts';
export type { AnswerBody, Block, Document, TableData } from './model.ts';
export { renderPdf } from './pdf.ts';
export { renderXlsx, type SheetData } from './xlsx.ts';
