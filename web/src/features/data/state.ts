import type { Batch, Source } from '../../lib/api.ts';

/** The datasets that hold values here, as the page lists them. */
export const loadedSources = (sources: readonly Source[]): Source[] =>
  sources.filter((s) => s.observations > 0);

/** A dataset's years: "2000–2022", or '' when it holds none. */
export const yearsOf = (s: Pick<Source, 'years'>): string => (s.years ? `${s.years.from}–${s.years.to}` : '');

/** A file name cut after each separator (_ . -), where it may wrap rather than widen its table. */
export const fileParts = (name: string): string[] => name.split(/(?<=[_.-])/);

/** A batch's counts in the order the table shows them, each with the message key of its heading. */
export const BATCH_COUNTS = [
  { key: 'rowsRead', label: 'data.read' },
  { key: 'stored', label: 'data.new' },
  { key: 'revised', label: 'data.revised' },
  { key: 'unchanged', label: 'data.unchanged' },
  { key: 'skipped', label: 'data.skipped' },
] as const satisfies ReadonlyArray<{ key: keyof Batch; label: string }>;
