import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Document as WordDocument,
} from 'docx';
import { dirOf, LOCALES } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { text as say } from './messages.ts';
import type { AnswerBody, Block, Document, TableData } from './model.ts';

type Child = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const GREY = '555555';
const SHADE = 'F1F1F1';
const PAGE = '[[page]]';
const PAGES = '[[pages]]';

/** Builds Word's paragraphs for a document: right to left (w:bidi, w:rtl) in Arabic. */
class Builder {
  readonly rtl: boolean;
  constructor(readonly doc: Document) {
    this.rtl = dirOf(doc.lang) === 'rtl';
  }

  run(text: string, opts: { bold?: boolean; color?: string; size?: number } = {}): TextRun {
    return new TextRun({
      text,
      rightToLeft: this.rtl,
      ...(opts.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(opts.color ? { color: opts.color } : {}),
      ...(opts.size ? { size: opts.size, sizeComplexScript: opts.size } : {}),
    });
  }

  /** A paragraph of one text; line breaks in the text kept. */
  para(
    text: string,
    opts: { bold?: boolean; color?: string; size?: number; indent?: number; heading?: 0 | 1 | 2 } = {},
  ): Paragraph {
    const lines = text.split(/\r?\n/);
    const children = lines.flatMap((line, i) => {
      const run = this.run(line, opts);
      return i === 0 ? [run] : [new TextRun({ break: 1 }), run];
    });
    return new Paragraph({
      children,
      bidirectional: this.rtl,
      alignment: AlignmentType.START,
      ...(opts.heading !== undefined ? { heading: HEADINGS[opts.heading] } : {}),
      ...(opts.indent ? { indent: { start: opts.indent } } : {}),
      spacing: { after: 80 },
    });
  }

  table(data: TableData, indent = 0): Table {
    const cell = (value: string, header: boolean, numeric: boolean) =>
      new TableCell({
        children: [
          new Paragraph({
            children: [this.run(value, { bold: header, size: 17 })],
            bidirectional: this.rtl,
            alignment: numeric && !header ? AlignmentType.END : AlignmentType.START,
          }),
        ],
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' } } : {}),
      });
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'B0B0B0' };
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: this.rtl,
      ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [
        new TableRow({ tableHeader: true, children: data.header.map((h) => cell(h, true, false)) }),
        ...data.rows.map(
          (row) =>
            new TableRow({
              cantSplit: false,
              children: data.header.map((_, c) => cell(row[c] ?? '', false, data.numeric?.[c] === true)),
            }),
        ),
      ],
    });
  }

  answer(answer: AnswerBody): Child[] {
    if (answer.kind === 'table') return [this.table(answer, 360)];
    if (answer.kind === 'none') return [this.para(answer.text, { color: GREY, indent: 360 })];
    return answer.lines.map((line) => this.para(line, { indent: 360 }));
  }

  block(block: Block): Child[] {
    switch (block.kind) {
      case 'heading':
        return [this.para(block.text, { heading: (block.level - 1) as 0 | 1 | 2 })];
      case 'paragraph':
        return [this.para(block.text)];
      case 'list':
        return block.items.map(
          (item) =>
            new Paragraph({
              children: [this.run(item)],
              bullet: { level: 0 },
              bidirectional: this.rtl,
            }),
        );
      case 'question':
        return [
          this.para(`${block.number}  ${block.text}`, { bold: true }),
          ...this.answer(block.answer),
          ...block.comments.map(
            (comment) =>
              new Paragraph({
                children: [
                  this.run(render(say('comment'), this.doc.lang), { bold: true }),
                  new TextRun({ break: 1 }),
                  this.run(comment),
                ],
                bidirectional: this.rtl,
                indent: { start: 360 },
                shading: { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' },
                spacing: { after: 120 },
              }),
          ),
        ];
      case 'table':
        return [...(block.caption ? [this.para(block.caption, { bold: true })] : []), this.table(block)];
      case 'chart': {
        const max = Math.max(1, ...block.bars.map((b) => b.value));
        return [
          this.para(block.caption, { bold: true }),
          this.table({
            header: ['', '', ''],
            rows: block.bars.map((b) => [
              b.label,
              '█'.repeat(Math.round((Math.max(0, b.value) / max) * 30)),
              b.display,
            ]),
            numeric: [false, false, true],
          }),
        ];
      }
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  /** "Page {{page}} of {{pages}}" with Word's page fields in place of the numbers. */
  pageLine(): Paragraph {
    const template = render(say('page', { page: PAGE, pages: PAGES }), this.doc.lang);
    const children = template
      .split(/(\[\[page\]\]|\[\[pages\]\])/)
      .filter((part) => part !== '')
      .map((part) =>
        part === PAGE
          ? new TextRun({ children: [PageNumber.CURRENT], size: 15, color: GREY })
          : part === PAGES
            ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: GREY })
            : this.run(part, { size: 15, color: GREY }),
      );
    return new Paragraph({ children, bidirectional: this.rtl, alignment: AlignmentType.END });
  }

  build(): WordDocument {
    const { doc } = this;
    const locale = LOCALES[doc.lang];
    const head: Child[] = [
      this.para(doc.title, { heading: 0 }),
      ...(doc.subtitle ? [this.para(doc.subtitle, { size: 26 })] : []),
      ...doc.metadata.map((m) => this.para(m, { color: GREY, size: 19 })),
    ];
    return new WordDocument({
      title: doc.title,
      creator: 'hwmo',
      styles: {
        default: {
          document: {
            run: {
              size: 21,
              language: { value: locale, eastAsia: LOCALES.zh, bidirectional: LOCALES.ar },
            },
          },
        },
      },
      sections: [
        {
          footers: {
            default: new Footer({
              children: [this.para(doc.footer, { color: GREY, size: 15 }), this.pageLine()],
            }),
          },
          children: [
            ...head,
            ...doc.blocks.flatMap((b) => this.block(b)),
            this.para(doc.footer, { color: GREY, size: 17 }),
          ],
        },
      ],
    });
  }
}

/** The document as a Word file (.docx). */
export function renderDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(new Builder(doc).build());
}
