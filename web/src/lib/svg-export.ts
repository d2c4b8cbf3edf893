import { saveBlob } from './csv.ts';

const NS = 'http://www.w3.org/2000/svg';
const HEAD = 34;
const FOOT = 26;

function text(x: number, y: number, content: string, size: number, weight = 'normal'): SVGTextElement {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', weight);
  el.setAttribute('fill', '#1d2733');
  el.textContent = content;
  return el;
}

/**
 * The chart as a standalone SVG document with its title above and its source below, so that an exported image
 * still says what it shows and where the numbers come from. Charts draw with presentation attributes, not page CSS.
 */
export function svgDocument(
  svg: SVGSVGElement,
  label: { title: string; note: string },
): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box?.width || svg.clientWidth || 800;
  const inner = box?.height || svg.clientHeight || 400;
  const height = inner + HEAD + FOOT;
  const doc = document.createElementNS(NS, 'svg');
  doc.setAttribute('xmlns', NS);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
  doc.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  doc.append(bg, text(8, 22, label.title, 15, '600'));
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('class');
  chart.removeAttribute('style');
  chart.setAttribute('y', String(HEAD));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(inner));
  doc.append(chart, text(8, height - 9, label.note, 11));
  return { text: new XMLSerializer().serializeToString(doc), width, height };
}

export function saveSvg(svg: SVGSVGElement, label: { title: string; note: string }, fileName: string): void {
  saveBlob(new Blob([svgDocument(svg, label).text], { type: 'image/svg+xml' }), fileName);
}

export async function savePng(
  svg: SVGSVGElement,
  label: { title: string; note: string },
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
