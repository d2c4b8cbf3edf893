import { scaleLinear } from 'd3-scale';
import type { ComponentChildren, RefObject } from 'preact';
import { formatNumber } from '../lib/format.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const INK = '#1d2733';
const MUTED = '#5b6b7c';
const GRID = '#dde3ea';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export interface LineSeries {
  key: string;
  label: string;
  points: Array<{ x: number; y: number; note: string }>;
}

/** The root of every chart: a scalable, labelled image in the page's font, exportable through `svgRef`. */
function ChartSvg(props: {
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  label: string;
  children: ComponentChildren;
}) {
  return (
    <svg
      ref={props.svgRef}
      class="chart"
      viewBox={`0 0 ${props.width} ${props.height}`}
      role="img"
      aria-label={props.label}
      font-family={FONT}
      font-size="12"
    >
      {props.children}
    </svg>
  );
}

/** Lines over years; each point's native tooltip names its year, value and source. */
export function LineChart(props: {
  series: LineSeries[];
  digits: number;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  const W = 720;
  const H = 320;
  const m = { top: 16 + 20 * Math.ceil(props.series.length / 2), right: 20, bottom: 32, left: 56 };
  const all = props.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([m.left, W - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...ys, 0) || 1])
    .nice()
    .range([H - m.bottom, m.top]);
  const xTicks = x.ticks(Math.min(8, Math.max(1, x1 - x0))).filter(Number.isInteger);
  return (
    <ChartSvg svgRef={props.svgRef} width={W} height={H} label={props.label}>
      {y.ticks(5).map((v) => (
        <g key={`y${v}`}>
          <line x1={m.left} x2={W - m.right} y1={y(v)} y2={y(v)} stroke={GRID} />
          <text x={m.left - 6} y={y(v)} dy="0.32em" text-anchor="end" fill={MUTED}>
            {formatNumber(v, v % 1 ? 1 : 0)}
          </text>
        </g>
      ))}
      {xTicks.map((v) => (
        <text key={`x${v}`} x={x(v)} y={H - m.bottom + 18} text-anchor="middle" fill={MUTED}>
          {v}
        </text>
      ))}
      <line x1={m.left} x2={W - m.right} y1={H - m.bottom} y2={H - m.bottom} stroke={MUTED} />
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
        const col = i % 2;
        const row = Math.floor(i / 2);
        return (
          <g key={`l${s.key}`} transform={`translate(${m.left + col * 320},${12 + row * 20})`}>
            <rect width="14" height="4" y="-2" fill={colour} />
            <text x="20" dy="0.32em" fill={INK}>
              {s.label}
            </text>
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
  /** Text after the value, such as a share. */
  extra?: string;
  muted?: boolean;
}

/** Horizontal bars, largest first as given. */
export function BarChart(props: {
  bars: Bar[];
  digits: number;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  const W = 720;
  const row = 24;
  const labelW = 210;
  const H = props.bars.length * row + 8;
  const max = Math.max(...props.bars.map((b) => b.value), 0) || 1;
  const x = scaleLinear()
    .domain([0, max])
    .range([0, W - labelW - 150]);
  return (
    <ChartSvg svgRef={props.svgRef} width={W} height={H} label={props.label}>
      {props.bars.map((b, i) => (
        <g key={b.key} transform={`translate(0,${4 + i * row})`}>
          <text x={labelW - 8} y={row / 2} dy="0.32em" text-anchor="end" fill={INK}>
            {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
          </text>
          <rect
            x={labelW}
            y="3"
            height={row - 6}
            width={Math.max(1, x(b.value))}
            fill={b.muted ? '#9aa7b4' : '#0072B2'}
          />
          <text x={labelW + x(b.value) + 6} y={row / 2} dy="0.32em" fill={INK}>
            {formatNumber(b.value, props.digits)}
            {b.extra ? ` (${b.extra})` : ''}
          </text>
        </g>
      ))}
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
  const W = 720;
  const gap = 6;
  const H = Math.max(240, props.bands.length * 30) + 16;
  const total = props.bands.reduce((a, b) => a + b.value, 0) || 1;
  const usable = H - 36 - gap * (props.bands.length - 1);
  const side = { partner: 230, node: W - 24 };
  const nodeTop = 26;
  const nodeH = usable * 0.7;
  let yPartner = nodeTop;
  let yNode = nodeTop + (usable - nodeH) / 2;
  const bands = props.bands.map((b, i) => {
    const h = Math.max(1.5, (b.value / total) * usable);
    const hn = (b.value / total) * nodeH;
    const band = { ...b, y0: yPartner, h, yn: yNode, hn, colour: SERIES_COLOURS[i % 6] ?? INK };
    yPartner += h + gap;
    yNode += hn;
    return band;
  });
  const mid = (side.partner + side.node) / 2;
  return (
    <ChartSvg svgRef={props.svgRef} width={W} height={H} label={props.label}>
      {bands.map((b) => (
        <g key={b.key}>
          <path
            d={`M${side.partner},${b.y0}C${mid},${b.y0} ${mid},${b.yn} ${side.node},${b.yn}L${side.node},${b.yn + b.hn}C${mid},${b.yn + b.hn} ${mid},${b.y0 + b.h} ${side.partner},${b.y0 + b.h}Z`}
            fill={b.muted ? '#9aa7b4' : b.colour}
            fill-opacity="0.55"
          >
            <title>{`${b.label}: ${formatNumber(b.value)}${b.extra ? ` (${b.extra})` : ''}`}</title>
          </path>
          <rect x={side.partner - 8} y={b.y0} width="8" height={b.h} fill={b.muted ? '#9aa7b4' : b.colour} />
          <text x={side.partner - 14} y={b.y0 + b.h / 2} dy="0.32em" text-anchor="end" fill={INK}>
            {`${b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label} ${formatNumber(b.value)}`}
          </text>
        </g>
      ))}
      <rect x={side.node} y={nodeTop + (usable - nodeH) / 2} width="12" height={nodeH} fill={INK} />
      <text x={W - 2} y={nodeTop + (usable - nodeH) / 2 - 6} text-anchor="end" fill={INK} font-weight="600">
        {props.node}
      </text>
    </ChartSvg>
  );
}
