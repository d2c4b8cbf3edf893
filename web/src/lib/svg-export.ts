import { dirOf } from '../../../src/platform/i18n/langs.ts';
import { lang } from '../i18n/i18n.ts';
import { saveBlob } from './csv.ts';
import { type Measure, wrapText } from './wrap.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT =
  "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";
const PAD = 8;
const TITLE = { size: 15, weight: '600' };
const SMALL = { size: 11, weight: 'normal' };
const LINE = 1.35;
/** Room left on each line for a viewer whose fallback font is a little wider than the one measured here. */
const SLACK = 0.94;

/** What an exported figure says about itself: its title, its source line with years, and the data's licences. */
export interface FigureLabel {
  title: string;
  note: string;
  licence?: string;
}

function measurer(size: number, weight: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (s) => s.length * size * 0.6;
  ctx.font = `${weight} ${size}px ${FONT}`;
  return (s) => ctx.measureText(s).width;
}

/** A line of the title or the source, from the edge the language starts its lines at (the right in Arabic). */
function textLine(
  y: number,
  content: string,
  style: { size: number; weight: string },
  width: number,
): SVGTextElement {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(dirOf(lang()) === 'rtl' ? width - PAD : PAD));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(style.size));
  el.setAttribute('font-weight', style.weight);
  el.setAttribute('fill', '#1d2733');
  el.textContent = content;
  return el;
}

/**
 * The chart as a standalone SVG document with its title above and its source, years and licences below, wrapped to
 * the chart's width, so that an exported image still says what it shows and where the numbers come from. Charts
 * draw with presentation attributes, not page CSS.
 */
export function svgDocument(
  svg: SVGSVGElement,
  label: FigureLabel,
): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box?.width || svg.clientWidth || 800;
  const inner = box?.height || svg.clientHeight || 400;
  const room = (width - 2 * PAD) * SLACK;
  const titleLines = wrapText(label.title, room, measurer(TITLE.size, TITLE.weight));
  const small = measurer(SMALL.size, SMALL.weight);
  const footLines = [label.note, label.licence ?? ''].flatMap((t) => wrapText(t, room, small));
  const titleStep = TITLE.size * LINE;
  const footStep = SMALL.size * LINE;
  const head = PAD + titleLines.length * titleStep + 4;
  const height = Math.ceil(head + inner + 6 + footLines.length * footStep + PAD);

  const doc = document.createElementNS(NS, 'svg');
  doc.setAttribute('xmlns', NS);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
  doc.setAttribute('font-family', FONT);
  // The page's language and direction: an image viewer draws Arabic titles right to left, from the right edge.
  doc.setAttribute('direction', dirOf(lang()));
  doc.setAttribute('lang', lang());
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  doc.append(bg);
  titleLines.forEach((line, i) => {
    doc.append(textLine(PAD + TITLE.size + i * titleStep, line, TITLE, width));
  });
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('class');
  chart.removeAttribute('style');
  chart.setAttribute('y', String(head));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(inner));
  doc.append(chart);
  footLines.forEach((line, i) => {
    doc.append(textLine(head + inner + 6 + SMALL.size + i * footStep, line, SMALL, width));
  });
  return { text: new XMLSerializer().serializeToString(doc), width, height };
}

export function saveSvg(svg: SVGSVGElement, label: FigureLabel, fileName: string): void {
  saveBlob(new Blob([svgDocument(svg, label).text], { type: 'image/svg+xml' }), fileName);
}

export async function savePng(
  svg: SVGSVGElement,
  label: FigureLabel,
  fileName: string,
  scale = 2,
): Promise<void> {
  const { text: doc, width, height } = svgDocument(svg, label);
  const url = URL.createObjectURL(new Blob([doc], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) saveBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
