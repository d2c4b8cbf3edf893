import type { Lang } from '../i18n/langs.ts';

/**
 * A document as plain data, rendered as printable HTML, PDF or DOCX. Every text is plain text: no renderer reads
 * markup in it.
 */
export interface Document {
  title: string;
  subtitle?: string;
  lang: Lang;
  /** Lines under the title: the round, the state, the date. */
  metadata: string[];
  blocks: Block[];
  /** The source line, printed at the end of the document and in each page's footer. */
  footer: string;
}

export interface TableData {
  header: string[];
  rows: string[][];
  /** Columns holding numbers, aligned at their end. */
  numeric?: boolean[];
}

export type AnswerBody =
  | { kind: 'text'; lines: string[] }
  | ({ kind: 'table' } & TableData)
  /** No answer: the words saying so ("Not answered"). */
  | { kind: 'none'; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'question';
      /** "1.2" */
      number: string;
      text: string;
      answer: AnswerBody;
      /** The secretariat's comments on the question. */
      comments: string[];
    }
  | ({ kind: 'table'; caption?: string } & TableData)
  | { kind: 'list'; items: string[] }
  | { kind: 'chart'; caption: string; bars: Array<{ label: string; value: number; display: string }> }
  | { kind: 'page-break' };
