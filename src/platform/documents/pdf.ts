import PDFDocument from 'pdfkit';
import { dirOf } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { mirrorReverse, visualPieces } from './bidi.ts';
import { type FontFace, faceFor, fonts } from './fonts.ts';
import { text as say } from './messages.ts';
import type { Block, Document, TableData } from './model.ts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, side: 50 };
const GREY = '#555555';
const RULE = '#b0b0b0';
const SHADE = '#f1f1f1';

const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/gu;

interface Style {
  size: number;
  bold?: boolean;
  color?: string;
}

type Align = 'start' | 'end';

/**
 * Lays a document out on A4 pages with pdfkit: text in the Noto Sans fonts chosen per character, lines broken
 * between words (anywhere between ideographs), put in visual order by the bidirectional algorithm and shaped by
 * fontkit; right-to-left documents are right aligned and their tables read from the right. Tables continue on the
 * next page with their header repeated. Each page has the source line and its number.
 */
class Layout {
  readonly pdf: PDFKit.PDFDocument;
  readonly rtl: boolean;
  private y = MARGIN.top;
  private readonly faces = fonts();
  private readonly left = MARGIN.side;
  private readonly right = A4.width - MARGIN.side;
  private readonly bottom = A4.height - MARGIN.bottom;

  constructor(private readonly doc: Document) {
    this.rtl = dirOf(doc.lang) === 'rtl';
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN.top, bottom: 0, left: MARGIN.side, right: MARGIN.side },
      bufferPages: true,
      autoFirstPage: true,
      lang: doc.lang,
      displayTitle: true,
      info: { Title: doc.title, Creator: 'hwmo', Producer: 'hwmo' },
    });
    for (const face of [...this.faces.regular, ...this.faces.bold])
      this.pdf.registerFont(face.name, face.data);
  }

  get width(): number {
    return this.right - this.left;
  }

  private facesOf(style: Style): FontFace[] {
    return style.bold ? this.faces.bold : this.faces.regular;
  }

  /** The width of a text in a style, font by font. */
  measure(text: string, style: Style): number {
    const faces = this.facesOf(style);
    let width = 0;
    let run = '';
    let face: FontFace | undefined;
    for (const ch of text) {
      const f = faceFor(faces, ch.codePointAt(0) as number);
      if (f !== face && run) {
        width += this.widthIn(face as FontFace, run, style.size);
        run = '';
      }
      face = f;
      run += ch;
    }
    if (run && face) width += this.widthIn(face, run, style.size);
    return width;
  }

  private widthIn(face: FontFace, text: string, size: number): number {
    return this.pdf
      .font(face.name)
      .fontSize(size * face.scale)
      .widthOfString(text);
  }

  /** A paragraph's lines within a width, in logical order. */
  wrap(text: string, width: number, style: Style): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      const tokens = paragraph.match(TOKEN) ?? [''];
      for (const token of tokens) {
        const candidate = line + token;
        if (!line || this.measure(candidate.trimEnd(), style) <= width) {
          line = candidate;
          if (this.measure(line.trimEnd(), style) > width) {
            const broken = this.breakLong(line, width, style);
            lines.push(...broken.slice(0, -1));
            line = broken.at(-1) ?? '';
          }
          continue;
        }
        lines.push(line.trimEnd());
        line = /^\s+$/.test(token) ? '' : token;
        if (this.measure(line.trimEnd(), style) > width) {
          const broken = this.breakLong(line, width, style);
          lines.push(...broken.slice(0, -1));
          line = broken.at(-1) ?? '';
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** A word longer than the width, cut between characters. */
  private breakLong(word: string, width: number, style: Style): string[] {
    const parts: string[] = [];
    let part = '';
    for (const ch of word) {
      if (part && this.measure(part + ch, style) > width) {
        parts.push(part);
        part = '';
      }
      part += ch;
    }
    parts.push(part);
    return parts;
  }

  lineHeight(style: Style): number {
    return style.size * 1.45;
  }

  /** Draws one line in visual order, aligned at the start or end of the writing direction within [x, x + width]. */
  drawLine(line: string, x: number, y: number, width: number, style: Style, align: Align = 'start'): void {
    if (!line) return;
    const faces = this.facesOf(style);
    const pieces = visualPieces(line, this.rtl ? 'rtl' : 'ltr', (cp) => faceFor(faces, cp));
    const total = this.measure(line, style);
    const atRight = (align === 'start') === this.rtl;
    let cx = atRight ? x + width - total : x;
    this.pdf.fillColor(style.color ?? '#000000');
    for (const piece of pieces) {
      const face = piece.face;
      const rtlShaped = face.font.layout(piece.text).direction === 'rtl';
      const odd = piece.level % 2 === 1;
      const drawn = odd
        ? rtlShaped
          ? piece.text
          : mirrorReverse(piece.text)
        : rtlShaped
          ? [...piece.text].reverse().join('')
          : piece.text;
      this.pdf.font(face.name).fontSize(style.size * face.scale);
      this.pdf.text(drawn, cx, y + style.size * 1.1, { lineBreak: false, baseline: 'alphabetic' });
      cx += this.pdf.widthOfString(drawn);
    }
  }

  private newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN.top;
  }

  private ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN.top) this.newPage();
  }

  /** A block of text; lines that do not fit go on to the next page. */
  paragraph(text: string, style: Style, opts: { indent?: number; after?: number; keep?: number } = {}): void {
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    const x = this.rtl ? this.left : this.left + indent;
    const lh = this.lineHeight(style);
    const lines = this.wrap(text, width, style);
    this.ensure(lh * Math.min(lines.length, 2) + (opts.keep ?? 0));
    for (const line of lines) {
      this.ensure(lh);
      this.drawLine(line, x, this.y, width, style);
      this.y += lh;
    }
    this.y += opts.after ?? 0;
  }

  /** A shaded note (a comment of the secretariat). */
  note(label: string, body: string, indent: number): void {
    const style: Style = { size: 9.5 };
    const labelStyle: Style = { size: 9.5, bold: true };
    const pad = 6;
    const width = this.width - indent - 2 * pad;
    const lines = [
      ...this.wrap(label, width, labelStyle).map((l) => ({ l, s: labelStyle })),
      ...this.wrap(body, width, style).map((l) => ({ l, s: style })),
    ];
    const lh = this.lineHeight(style);
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh * Math.min(2, lines.length - i) + 2 * pad);
      const fit = Math.max(1, Math.floor((this.bottom - this.y - 2 * pad) / lh));
      const chunk = lines.slice(i, i + fit);
      const x = this.rtl ? this.left : this.left + indent;
      this.pdf.rect(x, this.y, this.width - indent, chunk.length * lh + 2 * pad).fill(SHADE);
      let y = this.y + pad;
      for (const { l, s } of chunk) {
        this.drawLine(l, x + pad, y, width, s);
        y += lh;
      }
      this.y = y + pad;
      i += chunk.length;
      if (i < lines.length) this.newPage();
    }
    this.y += 4;
  }

  /** A table: column widths from their contents, rows cut across pages, the header repeated on each page. */
  table(data: TableData, indent = 0): void {
    const style: Style = { size: 8.5 };
    const headStyle: Style = { size: 8.5, bold: true };
    const pad = 3;
    const available = this.width - indent;
    const columns = data.header.length;
    if (columns === 0) return;
    const natural = data.header.map((h, c) => {
      let w = this.measure(h, headStyle);
      for (const row of data.rows.slice(0, 200)) w = Math.max(w, this.measure(row[c] ?? '', style));
      return Math.min(Math.max(w + 2 * pad, 36), available * 0.6);
    });
    const sum = natural.reduce((a, b) => a + b, 0);
    const widths = natural.map((w) => (sum <= available ? w * (available / sum) : (w / sum) * available));
    const lh = this.lineHeight(style);
    const cellLines = (cells: readonly string[], s: Style) =>
      widths.map((w, c) => this.wrap(cells[c] ?? '', w - 2 * pad, s));
    const head = cellLines(data.header, headStyle);
    const headHeight = Math.max(...head.map((l) => l.length)) * lh + 2 * pad;
    const xOf = (c: number): number => {
      let offset = 0;
      for (let k = 0; k < c; k++) offset += widths[k] as number;
      return this.rtl ? this.left + available - offset - (widths[c] as number) : this.left + indent + offset;
    };
    const drawRow = (lines: string[][], s: Style, from: number, count: number, shade: boolean) => {
      const height = count * lh + 2 * pad;
      for (let c = 0; c < columns; c++) {
        const x = xOf(c);
        const w = widths[c] as number;
        if (shade) this.pdf.rect(x, this.y, w, height).fill(SHADE);
        this.pdf.lineWidth(0.5).rect(x, this.y, w, height).stroke(RULE);
        const align: Align = data.numeric?.[c] && !shade ? 'end' : 'start';
        (lines[c] ?? []).slice(from, from + count).forEach((line, k) => {
          this.drawLine(line, x + pad, this.y + pad + k * lh, w - 2 * pad, s, align);
        });
      }
      this.y += height;
    };
    const header = () => drawRow(head, headStyle, 0, Math.max(...head.map((l) => l.length)), true);
    this.ensure(headHeight + lh + 2 * pad);
    header();
    for (const row of data.rows) {
      const lines = cellLines(row, style);
      const total = Math.max(1, ...lines.map((l) => l.length));
      let from = 0;
      while (from < total) {
        let fit = Math.floor((this.bottom - this.y - 2 * pad) / lh);
        if (fit < Math.min(total - from, 2)) {
          this.newPage();
          header();
          fit = Math.floor((this.bottom - this.y - 2 * pad) / lh);
        }
        const count = Math.min(fit, total - from);
        drawRow(lines, style, from, count, false);
        from += count;
      }
    }
    this.y += 8;
  }

  /** A horizontal bar chart: label, bar, value. */
  chart(caption: string, bars: ReadonlyArray<{ label: string; value: number; display: string }>): void {
    const style: Style = { size: 8.5 };
    this.paragraph(caption, { size: 9.5, bold: true }, { after: 2, keep: 16 });
    const labelWidth = this.width * 0.38;
    const valueWidth = 44;
    const barSpace = this.width - labelWidth - valueWidth - 12;
    const max = Math.max(1, ...bars.map((b) => b.value));
    const lh = this.lineHeight(style);
    for (const bar of bars) {
      const lines = this.wrap(bar.label, labelWidth, style);
      const height = Math.max(lines.length * lh, 14) + 3;
      this.ensure(height);
      const barWidth = Math.max(0, (bar.value / max) * barSpace);
      const labelX = this.rtl ? this.right - labelWidth : this.left;
      lines.forEach((line, k) => {
        this.drawLine(line, labelX, this.y + k * lh, labelWidth, style);
      });
      const barStart = this.rtl ? this.right - labelWidth - 6 - barWidth : this.left + labelWidth + 6;
      if (barWidth > 0) this.pdf.rect(barStart, this.y + 2, barWidth, 10).fill('#2f6db5');
      const valueX = this.rtl ? barStart - 6 - valueWidth : barStart + barWidth + 6;
      this.drawLine(bar.display, valueX, this.y, valueWidth, style);
      this.y += height;
    }
    this.y += 8;
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 15 : block.level === 2 ? 12.5 : 11;
        this.y += block.level === 1 ? 8 : 4;
        this.paragraph(block.text, { size, bold: true }, { after: 4, keep: 30 });
        return;
      }
      case 'paragraph':
        this.paragraph(block.text, { size: 10 }, { after: 6 });
        return;
      case 'list':
        for (const item of block.items)
          this.paragraph(`•\u00a0${item}`, { size: 10 }, { indent: 12, after: 2 });
        this.y += 4;
        return;
      case 'question': {
        this.paragraph(`${block.number}  ${block.text}`, { size: 10, bold: true }, { after: 3, keep: 14 });
        const answer = block.answer;
        if (answer.kind === 'table') this.table(answer, 18);
        else if (answer.kind === 'none')
          this.paragraph(answer.text, { size: 10, color: GREY }, { indent: 18 });
        else for (const line of answer.lines) this.paragraph(line, { size: 10 }, { indent: 18 });
        for (const comment of block.comments) this.note(render(say('comment'), this.doc.lang), comment, 18);
        this.y += 6;
        return;
      }
      case 'table':
        if (block.caption) this.paragraph(block.caption, { size: 9.5, bold: true }, { after: 2, keep: 30 });
        this.table(block);
        return;
      case 'chart':
        this.chart(block.caption, block.bars);
        return;
      case 'page-break':
        this.newPage();
        return;
    }
  }

  run(): void {
    this.paragraph(this.doc.title, { size: 20, bold: true }, { after: 4 });
    if (this.doc.subtitle) this.paragraph(this.doc.subtitle, { size: 13 }, { after: 4 });
    for (const line of this.doc.metadata) this.paragraph(line, { size: 9.5, color: GREY });
    this.y += 6;
    this.pdf.lineWidth(0.8).moveTo(this.left, this.y).lineTo(this.right, this.y).stroke(RULE);
    this.y += 10;
    for (const block of this.doc.blocks) this.block(block);
    this.y += 8;
    this.paragraph(this.doc.footer, { size: 8.5, color: GREY });
    this.footers();
  }

  private footers(): void {
    const { start, count } = this.pdf.bufferedPageRange();
    const style: Style = { size: 7.5, color: GREY };
    const pageWidth = 90;
    const footerY = A4.height - MARGIN.bottom + 22;
    for (let i = start; i < start + count; i++) {
      this.pdf.switchToPage(i);
      const label = render(say('page', { page: i + 1, pages: count }), this.doc.lang);
      const lines = this.wrap(this.doc.footer, this.width - pageWidth - 10, style);
      this.drawLine(
        lines[0] ?? '',
        this.left + (this.rtl ? pageWidth + 10 : 0),
        footerY,
        this.width - pageWidth - 10,
        style,
      );
      this.drawLine(label, this.rtl ? this.left : this.right - pageWidth, footerY, pageWidth, style, 'end');
    }
  }
}

/** The document as a PDF (A4), with its fonts embedded. */
export function renderPdf(doc: Document): Promise<Buffer> {
  const layout = new Layout(doc);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    layout.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    layout.pdf.on('end', () => resolve(Buffer.concat(chunks)));
    layout.pdf.on('error', reject);
    try {
      layout.run();
      layout.pdf.end();
    } catch (error) {
      reject(error);
    }
  });
}
