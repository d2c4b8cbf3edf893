import { scaleLinear } from 'd3-scale';
import type { RefObject } from 'preact';
import {
  ChartSvg,
  INK,
  LINE,
  Lines,
  legendLayout,
  mirror,
  SERIES_COLOURS,
  useWidth,
  YearAxes,
} from '../../components/charts.tsx';
import { formatNumber } from '../../lib/format.ts';

export interface FanSeries {
  key: string;
  label: string;
  /** The 5 % and 95 % quantiles per year, when the projection drew them. */
  band: { low: number[]; high: number[] } | null;
  /** The median per year (or the deterministic path without draws). */
  line: number[];
}

/** The colour of the i-th series: the baseline first, then each scenario. */
export const seriesColour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length] ?? INK;

const path = (xs: number[], ys: number[]) =>
  xs.map((x, i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${(ys[i] ?? 0).toFixed(1)}`).join('');

/**
 * A fan chart over years: each series' 5–95 % band shaded in its colour with its median as a line, and the need as
 * a dashed line; the legend names each.
 */
export function FanChart(props: {
  years: number[];
  series: FanSeries[];
  need: { label: string; values: number[] } | null;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  const [boxRef, W] = useWidth();
  const H = Math.round(Math.min(320, Math.max(240, W * 0.6)));
  const left = 64;
  const entries = [
    ...props.series.map((s, i) => ({ key: s.key, label: s.label, colour: seriesColour(i), dashed: false })),
    ...(props.need ? [{ key: 'need', label: props.need.label, colour: INK, dashed: true }] : []),
  ];
  const {
    legend,
    tops: legendTops,
    height: legendHeight,
    columns,
    width: legendWidth,
  } = legendLayout(
    entries.map((e) => e.label),
    W,
    left,
    34,
  );
  const m = { top: 16 + legendHeight, right: 20, bottom: 32, left };
  const height = H + legendHeight;
  const ys = [
    ...props.series.flatMap((s) => [...s.line, ...(s.band?.high ?? [])]),
    ...(props.need?.values ?? []),
  ].filter(Number.isFinite);
  const x0 = props.years[0] ?? 0;
  const x1 = props.years[props.years.length - 1] ?? x0 + 1;
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([m.left, W - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...ys, 0) || 1])
    .nice()
    .range([height - m.bottom, m.top]);
  const maxTicks = Math.max(2, Math.floor((W - m.left - m.right) / 56));
  const xTicks = x.ticks(Math.min(maxTicks, Math.max(1, x1 - x0))).filter(Number.isInteger);
  const xs = props.years.map((v) => x(v));
  const mx = mirror(W);
  return (
    <ChartSvg svgRef={props.svgRef} boxRef={boxRef} width={W} height={height} label={props.label}>
      <YearAxes x={x} y={y} xTicks={xTicks} m={m} W={W} height={height} />
      {props.series.map((s, i) =>
        s.band ? (
          <path
            key={`b${s.key}`}
            class="fan-band"
            data-series={s.key}
            d={`${path(
              xs,
              s.band.high.map((v) => y(v)),
            )}L${[...xs]
              .reverse()
              .map((px, j) => `${px.toFixed(1)},${y(s.band?.low[xs.length - 1 - j] ?? 0).toFixed(1)}`)
              .join('L')}Z`}
            fill={seriesColour(i)}
            fill-opacity="0.18"
            stroke="none"
          >
            <title>{`${s.label}: 5–95 %`}</title>
          </path>
        ) : null,
      )}
      {props.need && (
        <path
          class="fan-need"
          d={path(
            xs,
            props.need.values.map((v) => y(v)),
          )}
          fill="none"
          stroke={INK}
          stroke-width="2"
          stroke-dasharray="6 4"
        />
      )}
      {props.series.map((s, i) => (
        <g key={`l${s.key}`}>
          <path
            class="fan-median"
            data-series={s.key}
            d={path(
              xs,
              s.line.map((v) => y(v)),
            )}
            fill="none"
            stroke={seriesColour(i)}
            stroke-width="2.5"
          />
          {s.line.map((v, j) => (
            <circle key={props.years[j]} cx={xs[j]} cy={y(v)} r="3" fill={seriesColour(i)}>
              <title>{`${s.label}, ${props.years[j]}: ${formatNumber(v)}${
                s.band ? ` (${formatNumber(s.band.low[j] ?? 0)}–${formatNumber(s.band.high[j] ?? 0)})` : ''
              }`}</title>
            </circle>
          ))}
        </g>
      ))}
      {entries.map((e, i) => {
        const lines = legend[i] ?? [e.label];
        const top = legendTops[Math.floor(i / columns)] ?? 12;
        const at = mx.rtl ? W - m.right - (i % columns) * legendWidth : m.left + (i % columns) * legendWidth;
        return (
          <g key={`k${e.key}`} transform={`translate(${at},${top})`}>
            {e.dashed ? (
              <line
                x1={mx.rtl ? -20 : 0}
                x2={mx.rtl ? 0 : 20}
                y1="0"
                y2="0"
                stroke={e.colour}
                stroke-width="2"
                stroke-dasharray="6 4"
              />
            ) : (
              <>
                <rect
                  width="20"
                  height="12"
                  y="-6"
                  x={mx.rtl ? -20 : 0}
                  fill={e.colour}
                  fill-opacity="0.18"
                />
                <rect width="20" height="3" y="-1.5" x={mx.rtl ? -20 : 0} fill={e.colour} />
              </>
            )}
            <Lines lines={lines} x={mx.rtl ? -26 : 26} y={((lines.length - 1) * LINE) / 2} />
          </g>
        );
      })}
    </ChartSvg>
  );
}
