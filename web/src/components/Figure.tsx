import type { ComponentChildren, RefObject } from 'preact';
import { t } from '../i18n/i18n.ts';
import type { Source } from '../lib/api.ts';
import { getSources } from '../lib/catalog.ts';
import { type Cell, saveCsv } from '../lib/csv.ts';
import { formatList } from '../lib/format.ts';
import { type FigureLabel, savePng, saveSvg } from '../lib/svg-export.ts';

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

/** The licences of the datasets a source line credits, by their names or publishers. */
export function licenceLine(note: string, sources: Map<string, Source>): string {
  const licences = new Map<string, Set<string>>();
  for (const s of sources.values()) {
    if (!s.licence) continue;
    const credited =
      note.includes(s.name) || (s.publisher !== null && s.publisher.length > 4 && note.includes(s.publisher));
    if (!credited) continue;
    const by = licences.get(s.licence) ?? new Set<string>();
    by.add(s.publisher ?? s.name);
    licences.set(s.licence, by);
  }
  if (licences.size === 0) return '';
  const parts = [...licences].map(([licence, by]) => `${licence} (${formatList(by)})`);
  return t('chart.licence', { licences: parts.join('; ') });
}

/** A chart with its title, source, downloads (CSV, SVG, PNG) and its data as a table. */
export function Figure(props: Props) {
  const label = async (): Promise<FigureLabel> => {
    const sources = await getSources().catch(() => new Map<string, Source>());
    return { title: props.title, note: props.note, licence: licenceLine(props.note, sources) };
  };
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
                if (el) void label().then((l) => saveSvg(el, l, `${props.fileName}.svg`));
              }}
            >
              {t('download.svg')}
            </button>
            <button
              type="button"
              aria-label={t('download.pngOf', { title: props.title })}
              onClick={() => {
                const el = svg();
                if (el) void label().then((l) => savePng(el, l, `${props.fileName}.png`));
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
