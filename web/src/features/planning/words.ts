import { has, t } from '../../i18n/i18n.ts';
import { formatList, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Projection } from './api.ts';
import { PARAMETERS, type Parameter, RATE_PARAMETERS } from './state.ts';

export type CadreProjection = Projection['cadres'][number];
export type Resolved = CadreProjection['inputs']['parameters'][Parameter];
export type Note = Resolved['note'];
export type Source = Resolved['sources'][number];

export function noteText(note: Note): string {
  const key = `planning.note.${note.code}`;
  return has(key) ? t(key, note.params) : note.code;
}

export function sourceText(s: Source): string {
  if (s.file && s.row !== null)
    return t('planning.sourceRow', { dataset: s.dataset, file: s.file, row: s.row, year: s.year });
  if (s.file) return t('planning.sourceFile', { dataset: s.dataset, file: s.file, year: s.year });
  return t('planning.sourceYear', { dataset: s.dataset, year: s.year });
}

/** The datasets a set of inputs came from, each with the years it gave. */
export function datasetsOf(sources: Source[]): string {
  const years = new Map<string, Set<number>>();
  for (const s of sources) {
    const set = years.get(s.dataset) ?? new Set<number>();
    set.add(s.year);
    years.set(s.dataset, set);
  }
  if (years.size === 0) return t('planning.noSources');
  return formatList(
    [...years].map(([dataset, ys]) => {
      const sorted = [...ys].sort();
      const span = sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : `${sorted[0]}`;
      return t('planning.sourceYear', { dataset, year: span });
    }),
  );
}

export const sourcesOfCadre = (c: CadreProjection) =>
  PARAMETERS.flatMap((p) => c.inputs.parameters[p].sources);

export const valueText = (p: Parameter, v: number | null) =>
  v === null
    ? t('common.noData')
    : RATE_PARAMETERS.has(p)
      ? formatPercent(v * 100, 2)
      : formatNumber(v, p === 'fteRatio' ? 2 : 0);

export const num = (v: number | null) => (v === null ? '' : formatNumber(v));
