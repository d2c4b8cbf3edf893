import type { ComponentChildren, RefObject } from 'preact';
import { t } from '../i18n/i18n.ts';
import { type Cell, saveCsv } from '../lib/csv.ts';
import { savePng, saveSvg } from '../lib/svg-export.ts';

export interface CsvData {
  header: string[];
  rows: Cell[][];
}

interface Props {
  title: string;
  /** Where the numbers come from, with their years; shown under the chart and written into exported images. */
  note: string;
  fileName: string;
  csv: () => CsvData;
  svgRef?: RefObject<SVGSVGElement | null>;
  /** The data table alternative to the chart. */
  table: ComponentChildren;
  tableOpen?: boolean;
  headingLevel?: 2 | 3;
  children?: ComponentChildren;
}

/** A chart with its title, source, downloads (CSV, SVG, PNG) and its data as a table. */
export function Figure(props: Props) {
  const label = { title: props.title, note: props.note };
  const svg = () => props.svgRef?.current ?? null;
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure class="figure">
      <H class="figure-title">{props.title}</H>
      {props.children}
      <figcaption class="muted small">{props.note}</figcaption>
      <fieldset class="downloads no-print">
        <legend>
          {t('download.label')}
          {t('common.colon')}
        </legend>
        <button
          type="button"
          aria-label={t('download.csvOf', { title: props.title })}
          onClick={() => {
            const d = props.csv();
            saveCsv(`${props.fileName}.csv`, d.header, d.rows);
          }}
        >
          {t('download.csv')}
        </button>
        {props.svgRef && (
          <>
            <button
              type="button"
              aria-label={t('download.svgOf', { title: props.title })}
              onClick={() => {
                const el = svg();
                if (el) saveSvg(el, label, `${props.fileName}.svg`);
              }}
            >
              {t('download.svg')}
            </button>
            <button
              type="button"
              aria-label={t('download.pngOf', { title: props.title })}
              onClick={() => {
                const el = svg();
                if (el) void savePng(el, label, `${props.fileName}.png`);
              }}
            >
              {t('download.png')}
            </button>
          </>
        )}
      </fieldset>
      {props.svgRef ? (
        <details class="table-alt" open={props.tableOpen}>
          <summary>{t('chart.showTable')}</summary>
          {props.table}
        </details>
      ) : (
        props.table
      )}
    </figure>
  );
}
