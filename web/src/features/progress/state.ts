import type { ProgressContent, ProgressEdit, ProgressReport, Round } from './api.ts';

/** The sections that carry a text of the secretariat, in the report's order (the keys of `editorial.sections`). */
export const TEXT_SECTIONS = [
  'participation',
  'agreements',
  'questions',
  'narratives',
  'figures',
  'annexes',
] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** The files the report downloads as; the routes answer in the language asked. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportPath(roundId: number, format: ExportFormat, lang: string): string {
  return `/api/rounds/${roundId}/progress-report/export.${format}?lang=${encodeURIComponent(lang)}`;
}

/** The round a `?round=` names: by the year it opens (2027 for 2027/28), else by its id; null when none. */
export function roundOf(rounds: readonly Round[], asked: string | null): Round | null {
  const n = Number.parseInt(asked ?? '', 10);
  if (!Number.isInteger(n) || String(n) !== (asked ?? '').trim()) return null;
  return rounds.find((r) => r.year === n) ?? rounds.find((r) => r.id === n) ?? null;
}

/** The rounds whose progress report a reader can look for: published ones, and closed ones for the secretariat. */
export function reportRounds(rounds: readonly Round[], manage: boolean): Round[] {
  return rounds
    .filter((r) => r.state === 'published' || (manage && r.state === 'closed'))
    .sort((a, b) => b.year - a.year);
}

/** A count beside the previous round's: the difference and, from a non-zero count, the change as a fraction. */
export interface Compared {
  now: number;
  before: number | null;
  diff: number | null;
  ratio: number | null;
}

export function compared(now: number, before: number | null): Compared {
  if (before === null) return { now, before, diff: null, ratio: null };
  return { now, before, diff: now - before, ratio: before === 0 ? null : (now - before) / before };
}

type Participation = ProgressContent['participation']['total'];

export interface GroupRow {
  code: string;
  countries: number;
  authorities: Compared;
  reports: Compared;
  reportIds: number[];
}

/** A participation row with its two counts compared to the previous round's. */
export function groupRow(row: Participation): GroupRow {
  return {
    code: row.code,
    countries: row.countries,
    authorities: compared(row.authorities, row.previousAuthorities),
    reports: compared(row.reports, row.previousReports),
    reportIds: row.reportIds,
  };
}

type SourceRef = ProgressContent['narratives'][number]['source'];

/** Where a figure's answer is read: the report page, at the question's anchor. */
export function sourceTarget(ref: SourceRef): { path: string; params: { id: number }; hash: string } {
  return { path: '/reporting/report', params: { id: ref.reportId }, hash: `q-${ref.question}` };
}

/** The distinct answers a list of source references names, in their order (one link per report and question). */
export function distinctSources(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.reportId}:${r.question}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Figure = ProgressContent['figures'][number];

/** How a reported figure stands against the data core's value for the same key. */
export type Difference =
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'higher' | 'lower'; diff: number; ratio: number | null };

export function differenceOf(f: Pick<Figure, 'reported' | 'stored'>): Difference {
  if (f.stored === null) return { kind: 'none' };
  const diff = f.reported - f.stored;
  if (diff === 0) return { kind: 'same' };
  return { kind: diff > 0 ? 'higher' : 'lower', diff, ratio: f.stored === 0 ? null : diff / f.stored };
}

/** The secretariat's texts and choice of narratives as they stand in a report. */
export function editOf(report: ProgressReport): ProgressEdit {
  return {
    editorial: {
      summary: report.content.editorial.summary,
      sections: { ...report.content.editorial.sections },
    },
    selectedNarratives: report.content.narratives.filter((n) => n.selected).map((n) => n.id),
  };
}

const sectionText = (e: ProgressEdit, key: string) => e.editorial.sections[key] ?? '';

/** An edit's section texts with the empty ones left out, so that an untouched field adds nothing. */
export function withoutEmpty(edit: ProgressEdit): ProgressEdit {
  const sections: Record<string, string> = {};
  for (const [k, v] of Object.entries(edit.editorial.sections)) if (v.trim() !== '') sections[k] = v;
  return {
    editorial: { summary: edit.editorial.summary, sections },
    selectedNarratives: edit.selectedNarratives,
  };
}

/** One part of the texts where two edits differ: the summary, a section's text, or the choice of narratives. */
export type Part = { kind: 'summary' } | { kind: 'section'; section: string } | { kind: 'narratives' };

export function differingParts(mine: ProgressEdit, theirs: ProgressEdit): Part[] {
  const parts: Part[] = [];
  if (mine.editorial.summary !== theirs.editorial.summary) parts.push({ kind: 'summary' });
  const keys = new Set([
    ...TEXT_SECTIONS,
    ...Object.keys(mine.editorial.sections),
    ...Object.keys(theirs.editorial.sections),
  ]);
  for (const section of keys)
    if (sectionText(mine, section) !== sectionText(theirs, section)) parts.push({ kind: 'section', section });
  const a = [...mine.selectedNarratives].sort();
  const b = [...theirs.selectedNarratives].sort();
  if (a.join('\n') !== b.join('\n')) parts.push({ kind: 'narratives' });
  return parts;
}

/** Whether an edit changes anything of a report. */
export function changes(edit: ProgressEdit, report: ProgressReport): boolean {
  return differingParts(withoutEmpty(edit), withoutEmpty(editOf(report))).length > 0;
}

/** A text's paragraphs: the blocks between blank lines, each trimmed; none for a blank text. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** What the page shows when the report cannot be read, from the API's status and who reads it. */
export type Unavailable = 'not-published' | 'not-generated' | 'no-round';

export function unavailableOf(status: number, manage: boolean): Unavailable | null {
  if (status === 401 || status === 403) return 'not-published';
  if (status === 404) return manage ? 'not-generated' : 'not-published';
  return null;
}
