import { scaleLinear } from 'd3-scale';
import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dirOf } from '../../../src/platform/i18n/langs.ts';
import { lang } from '../i18n/i18n.ts';
import { formatNumber } from '../lib/format.ts';
import { wrapLabel } from '../lib/wrap.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
export const INK = '#1d2733';
export const MUTED = '#5b6b7c';
export const GRID = '#dde3ea';
const FONT =
  "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";

/**
 * Horizontal positions in the reading direction: right to left, x is mirrored (and a rectangle's left edge moved
 * to its other side); `text-anchor` start and end then follow the text's direction, which the chart's root sets.
 */
export function mirror(W: number) {
  const rtl = dirOf(lang()) === 'rtl';
  return {
    rtl,
    x: (v: number) => (rtl ? W - v : v),
    rect: (x: number, width: number) => (rtl ? W - x - width : x),
  };
}
/** Text size in the chart's own units; charts are drawn at the width they are shown, so this is CSS pixels. */
const TEXT = 12;
/** A generous average advance of one character at TEXT, for fitting labels without measuring them. */
export const CHAR = 7;
export const LINE = 15;
const MIN_WIDTH = 300;
const MAX_WIDTH = 900;

/** The width the chart's box has on screen (between MIN_WIDTH and MAX_WIDTH), following resizes. */
export function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w)));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Lines of text centred vertically on `y`. */
export function Lines(props: {
  lines: string[];
  x: number;
  y: number;
  anchor?: 'start' | 'end' | 'middle';
  fill?: string;
  weight?: string;
}) {
  const top = props.y - ((props.lines.length - 1) * LINE) / 2;
  return (
    <text
      x={props.x}
      y={top}
      text-anchor={props.anchor ?? 'start'}
      fill={props.fill ?? INK}
      font-weight={props.weight}
    >
      {props.lines.map((l, i) => (
        // The space that ended the previous line keeps the words apart in the text's content.
        <tspan key={i} x={props.x} dy={i === 0 ? '0.32em' : LINE}>
          {i === 0 ? l : ` ${l}`}
        </tspan>
      ))}
    </text>
  );
}

export interface LineSeries {
  key: string;
  label: string;
  points: Array<{ x: number; y: number; note: string }>;
}

/** The root of every chart: a scalable, labelled image in the page's font, exportable through `svgRef`. */
export function ChartSvg(props: {
  svgRef: RefObject<SVGSVGElement | null>;
  boxRef: RefObject<HTMLDivElement | null>;
  width: number;
  height: number;
  label: string;
  children: ComponentChildren;
}) {
  return (
    <div ref={props.boxRef} class="chart-box">
      <svg
        ref={props.svgRef}
        class="chart"
        viewBox={`0 0 ${props.width} ${props.height}`}
        role="img"
        aria-label={props.label}
        direction={dirOf(lang())}
        font-family={FONT}
        font-size={TEXT}
      >
        {props.children}
      </svg>
    </div>
  );
}

/** The legend's lines per entry and each legend row's top, in one column on a phone and two from 640 px. */
export function legendLayout(
  labels: readonly string[],
  W: number,
  left: number,
  swatch: number,
): { legend: string[][]; tops: number[]; height: number; columns: number; width: number } {
  const columns = W >= 640 ? 2 : 1;
  const legendWidth = (W - left - 20) / columns;
  const legend = labels.map((l) => wrapLabel(l, (legendWidth - swatch) / CHAR));
  const rows: number[] = [];
  legend.forEach((lines, i) => {
    const row = Math.floor(i / columns);
    rows[row] = Math.max(rows[row] ?? 0, lines.length);
  });
  const tops: number[] = [];
  let height = 0;
  for (const n of rows) {
    tops.push(12 + height);
    height += n * LINE + 6;
  }
  return { legend, tops, height, columns, width: legendWidth };
}

/** A chart's value grid with its labels, the whole years along the bottom and the base line. */
export function YearAxes(props: {
  x: (v: number) => number;
  y: ((v: number) => number) & { ticks: (n: number) => number[] };
  xTicks: readonly number[];
  m: { left: number; right: number; bottom: number };
  W: number;
  height: number;
}) {
  const { x, y, xTicks, m, W, height } = props;
  return (
    <>
      {y.ticks(5).map((v) => (
        <g key={`y${v}`}>
          <line x1={m.left} x2={W - m.right} y1={y(v)} y2={y(v)} stroke={GRID} />
          <text x={m.left - 6} y={y(v)} dy="0.32em" text-anchor="end" direction="ltr" fill={MUTED}>
            {formatNumber(v, v % 1 ? 1 : 0)}
          </text>
        </g>
      ))}
      {xTicks.map((v) => (
        <text
          key={`x${v}`}
          x={x(v)}
          y={height - m.bottom + 18}
          text-anchor="middle"
          direction="ltr"
          fill={MUTED}
        >
          {v}
        </text>
      ))}
      <line x1={m.left} x2={W - m.right} y1={height - m.bottom} y2={height - m.bottom} stroke={MUTED} />
    </>
  );
}

/** Lines over years; each point's native tooltip names its year, value and source. */
export function LineChart(props: {
  series: LineSeries[];
  digits: number;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
  /** Dated events drawn as labelled vertical lines, such as an agreement's entry into force. */
  markers?: Array<{ key: string; x: number; label: string }>;
}) {
  const [boxRef, W] = useWidth();
  const H = Math.round(Math.min(320, Math.max(240, W * 0.6)));
  const markers = props.markers ?? [];
  const left = 56;
  const {
    legend,
    tops: legendTops,
    height: legendHeight,
    columns,
    width: legendWidth,
  } = legendLayout(
    props.series.map((s) => s.label),
    W,
    left,
    28,
  );
  const m = { top: 16 + legendHeight, right: 20, bottom: 32, left };
  const height = H + legendHeight;
  const all = props.series.flatMap((s) => s.points);
  const xs = [...all.map((p) => p.x), ...markers.map((k) => k.x)];
  const ys = all.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([m.left, W - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...ys, 0) || 1])
    .nice()
    .range([height - m.bottom, m.top]);
  const maxTicks = Math.max(2, Math.floor((W - m.left - m.right) / 56));
  const xTicks = x.ticks(Math.min(maxTicks, Math.max(1, x1 - x0))).filter(Number.isInteger);
  const mx = mirror(W);
  return (
    <ChartSvg svgRef={props.svgRef} boxRef={boxRef} width={W} height={height} label={props.label}>
      <YearAxes x={x} y={y} xTicks={xTicks} m={m} W={W} height={height} />
      {markers.map((k, i) => (
        <g key={`m${k.key}`}>
          <line
            x1={x(k.x)}
            x2={x(k.x)}
            y1={m.top}
            y2={height - m.bottom}
            stroke={INK}
            stroke-dasharray="4 3"
          />
          <text
            x={x(k.x) + (x(k.x) > W / 2 ? -4 : 4)}
            y={m.top + 10 + i * LINE}
            text-anchor={x(k.x) > W / 2 === !mx.rtl ? 'end' : 'start'}
            fill={INK}
          >
            {k.label}
          </text>
        </g>
      ))}
      {props.series.map((s, i) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? INK;
        const pts = [...s.points].sort((a, b) => a.x - b.x);
        const d = pts.map((p, j) => `${j ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join('');
        return (
          <g key={s.key}>
            <path d={d} fill="none" stroke={colour} stroke-width="2.5" />
            {pts.map((p) => (
              <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r="3.5" fill={colour}>
                <title>{`${s.label}, ${p.x}: ${formatNumber(p.y, props.digits)} (${p.note})`}</title>
              </circle>
            ))}
          </g>
        );
      })}
      {props.series.map((s, i) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? INK;
        const lines = legend[i] ?? [s.label];
        const top = legendTops[Math.floor(i / columns)] ?? 12;
        // The legend reads in the page's direction; time still runs left to right on the axis.
        const at = mx.rtl ? W - m.right - (i % columns) * legendWidth : m.left + (i % columns) * legendWidth;
        return (
          <g key={`l${s.key}`} transform={`translate(${at},${top})`}>
            <rect width="14" height="4" y="-2" x={mx.rtl ? -14 : 0} fill={colour} />
            <Lines lines={lines} x={mx.rtl ? -20 : 20} y={((lines.length - 1) * LINE) / 2} />
          </g>
        );
      })}
    </ChartSvg>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Text after the value, such as a share or the data year. */
  extra?: string;
  muted?: boolean;
  /** Why there is no value: drawn instead of the bar, which `value` then does not give. */
  missing?: string;
}

/** Horizontal bars, largest first as given; long labels wrap. */
export function BarChart(props: {
  bars: Bar[];
  digits: number;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  const [boxRef, W] = useWidth();
  const labelW = Math.round(Math.max(110, Math.min(240, W * 0.34)));
  const valueText = (b: Bar) =>
    b.missing ?? `${formatNumber(b.value, props.digits)}${b.extra ? ` (${b.extra})` : ''}`;
  const valueW = Math.min(
    W * 0.3,
    Math.max(...props.bars.filter((b) => !b.missing).map((b) => valueText(b).length * CHAR + 10), 40),
  );
  const barW = Math.max(40, W - labelW - valueW - 4);
  const rows = props.bars.map((b) => {
    const label = wrapLabel(b.label, (labelW - 10) / CHAR);
    const note = b.missing ? wrapLabel(b.missing, (W - labelW - 6) / CHAR) : [valueText(b)];
    return { b, label, note, height: Math.max(label.length, note.length) * LINE + 9 };
  });
  const tops: number[] = [];
  let H = 4;
  for (const r of rows) {
    tops.push(H);
    H += r.height;
  }
  H += 4;
  const max = Math.max(...props.bars.filter((b) => !b.missing).map((b) => b.value), 0) || 1;
  const x = scaleLinear().domain([0, max]).range([0, barW]);
  // Right to left, the labels stand on the right and the bars grow leftwards.
  const mx = mirror(W);
  return (
    <ChartSvg svgRef={props.svgRef} boxRef={boxRef} width={W} height={H} label={props.label}>
      {rows.map(({ b, label, note, height }, i) => {
        const mid = height / 2;
        const width = b.missing ? 0 : Math.max(1, x(b.value));
        return (
          <g key={b.key} transform={`translate(0,${tops[i] ?? 0})`}>
            <Lines lines={label} x={mx.x(labelW - 8)} y={mid} anchor="end" />
            {!b.missing && (
              <rect
                x={mx.rect(labelW, width)}
                y={mid - 9}
                height={18}
                width={width}
                fill={b.muted ? '#9aa7b4' : '#0072B2'}
              />
            )}
            <Lines lines={note} x={mx.x(labelW + width + 6)} y={mid} fill={b.missing ? MUTED : INK} />
          </g>
        );
      })}
    </ChartSvg>
  );
}

/** A one-sided Sankey: a band between each partner country and one country, widths proportional to the values. */
export function FlowChart(props: {
  bands: Bar[];
  node: string;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  const [boxRef, W] = useWidth();
  const gap = 6;
  const side = { partner: Math.round(Math.max(130, Math.min(260, W * 0.4))), node: W - 24 };
  const labels = props.bands.map((b) =>
    wrapLabel(`${b.label} ${formatNumber(b.value)}`, (side.partner - 16) / CHAR),
  );
  const nodeLabel = wrapLabel(props.node, (W * 0.55) / CHAR);
  const nodeTop = 12 + nodeLabel.length * LINE;
  const total = props.bands.reduce((a, b) => a + b.value, 0) || 1;
  // Each band sits in a slot tall enough for its label, so that a label always faces its own band.
  const proportional = Math.max(240, props.bands.length * 30) - gap * (props.bands.length - 1);
  const slots = props.bands.map((b, i) => {
    const h = Math.max(1.5, (b.value / total) * proportional);
    return { h, slot: Math.max(h, (labels[i]?.length ?? 1) * LINE + 2) };
  });
  const partnerHeight = slots.reduce((a, s) => a + s.slot, 0) + gap * (props.bands.length - 1);
  const H = nodeTop + partnerHeight + 10;
  const nodeH = Math.min(proportional, partnerHeight) * 0.7;
  let yPartner = nodeTop;
  let yNode = nodeTop + (partnerHeight - nodeH) / 2;
  const bands = props.bands.map((b, i) => {
    const { h, slot } = slots[i] ?? { h: 1.5, slot: LINE };
    const hn = (b.value / total) * nodeH;
    const band = {
      ...b,
      y0: yPartner + (slot - h) / 2,
      h,
      yn: yNode,
      hn,
      lines: labels[i] ?? [b.label],
      labelY: yPartner + slot / 2,
      colour: SERIES_COLOURS[i % 6] ?? INK,
    };
    yPartner += slot + gap;
    yNode += hn;
    return band;
  });
  const mid = (side.partner + side.node) / 2;
  // Right to left, the partners stand on the right and the country on the left.
  const mx = mirror(W);
  const [P, N, M] = [mx.x(side.partner), mx.x(side.node), mx.x(mid)];
  return (
    <ChartSvg svgRef={props.svgRef} boxRef={boxRef} width={W} height={H} label={props.label}>
      {bands.map((b) => (
        <g key={b.key}>
          <path
            d={`M${P},${b.y0}C${M},${b.y0} ${M},${b.yn} ${N},${b.yn}L${N},${b.yn + b.hn}C${M},${b.yn + b.hn} ${M},${b.y0 + b.h} ${P},${b.y0 + b.h}Z`}
            fill={b.muted ? '#9aa7b4' : b.colour}
            fill-opacity="0.55"
          >
            <title>{`${b.label}: ${formatNumber(b.value)}${b.extra ? ` (${b.extra})` : ''}`}</title>
          </path>
          <rect
            x={mx.rect(side.partner - 8, 8)}
            y={b.y0}
            width="8"
            height={b.h}
            fill={b.muted ? '#9aa7b4' : b.colour}
          />
          <Lines lines={b.lines} x={mx.x(side.partner - 14)} y={b.labelY} anchor="end" />
        </g>
      ))}
      <rect
        x={mx.rect(side.node, 12)}
        y={nodeTop + (partnerHeight - nodeH) / 2}
        width="12"
        height={nodeH}
        fill={INK}
      />
      <Lines
        lines={nodeLabel}
        x={mx.x(W - 2)}
        y={8 + ((nodeLabel.length - 1) * LINE) / 2 + LINE / 2}
        anchor="end"
        weight="600"
      />
    </ChartSvg>
  );
}
