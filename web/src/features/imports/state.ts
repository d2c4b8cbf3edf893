/** The import page's steps as a pure state machine: upload → mapping → preview → dry run → commit → done. */

import type {
  ColumnRole,
  ImportReport,
  MappedColumn,
  Upload,
  UploadPreview,
  UploadRead,
} from '../../../../src/modules/observations/schemas.ts';
import type { ProblemDetails } from '../../../../src/platform/http/problem.ts';

export type { ImportReport, Upload, UploadPreview, UploadRead };
export type Mapping = NonNullable<UploadRead['mapping']>;

/** What the API answered when it refused, or what went wrong on the way (status 0: no answer). */
export type Problem = Pick<ProblemDetails, 'title' | 'status'> &
  Partial<Pick<ProblemDetails, 'detail' | 'hint' | 'location' | 'errors' | 'code'>>;

export const STEPS = ['upload', 'mapping', 'preview', 'dryRun', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** The request in flight, or the one that failed and may be retried. */
export type Action = 'upload' | 'detect' | 'preview' | 'commit';
export interface Failure {
  action: Action;
  problem: Problem;
}

export interface Progress {
  loaded: number;
  total: number;
}

export type ImportState =
  | { step: 'upload'; busy: Progress | null; fileName: string | null; error: Failure | null }
  | {
      step: 'mapping';
      upload: Upload;
      read: UploadRead;
      busy: Action | null;
      error: Failure | null;
    }
  | {
      step: 'preview' | 'dryRun';
      upload: Upload;
      read: UploadRead;
      preview: UploadPreview;
      busy: Action | null;
      error: Failure | null;
    }
  | { step: 'done'; report: ImportReport; areas: string[] };

export type ImportEvent =
  | { type: 'upload-start'; fileName: string; size: number }
  | { type: 'upload-progress'; loaded: number; total: number }
  | { type: 'uploaded'; upload: Upload }
  | { type: 'choose-sheet'; sheet: string }
  | { type: 'detected'; upload: Upload }
  | { type: 'set-role'; index: number; role: ColumnRole }
  | { type: 'set-years'; field: 'measure' | 'occupation'; value: string }
  | { type: 'set-skip-unknown'; value: boolean }
  | { type: 'preview-start' }
  | { type: 'previewed'; preview: UploadPreview }
  | { type: 'to-dry-run' }
  | { type: 'commit-start' }
  | { type: 'committed'; report: ImportReport }
  | { type: 'failed'; action: Action; problem: Problem }
  | { type: 'back' }
  | { type: 'restart' };

export const initialState: ImportState = { step: 'upload', busy: null, fileName: null, error: null };

/** How an upload is read at first: its detected format, else the proposed mapping as it stands. */
export function initialRead(upload: Upload): UploadRead {
  const sheet = upload.sheet ?? undefined;
  if (upload.format) return { format: upload.format, ...(sheet ? { sheet } : {}) };
  if (upload.suggestion) return { mapping: upload.suggestion.mapping, ...(sheet ? { sheet } : {}) };
  return sheet ? { sheet } : {};
}

const SINGLE: readonly ColumnRole[] = [
  'area',
  'year',
  'measure',
  'occupation',
  'sex',
  'partner',
  'partner-basis',
];

/**
 * The mapping with column `index` given `role`. A role only one column may have is taken from the column that had
 * it (which is then ignored); a column no longer a value loses what its values counted.
 */
export function setColumnRole(mapping: Mapping, index: number, role: ColumnRole): Mapping {
  const columns = mapping.columns.map((c, i): MappedColumn => {
    if (i === index) {
      const { measure, occupation, year, sex, confidence: _, ...rest } = c;
      return role === 'value'
        ? {
            ...rest,
            role,
            ...(measure ? { measure } : {}),
            ...(occupation ? { occupation } : {}),
            ...(year ? { year } : {}),
            ...(sex ? { sex } : {}),
          }
        : { ...rest, role };
    }
    if (SINGLE.includes(role) && c.role === role) {
      const { confidence: _, ...rest } = c;
      return { ...rest, role: 'ignore' };
    }
    return c;
  });
  return { ...mapping, columns };
}

/** What a mapping lacks for the server to accept it, as message keys; empty when it may be previewed. */
export function mappingGaps(mapping: Mapping): Array<'noArea' | 'noValues'> {
  const gaps: Array<'noArea' | 'noValues'> = [];
  if (!mapping.columns.some((c) => c.role === 'area')) gaps.push('noArea');
  if (!mapping.columns.some((c) => c.role === 'value') && !mapping.yearColumns) gaps.push('noValues');
  return gaps;
}

/** Whether the read can be previewed: a format, or a mapping without gaps. */
export function canPreview(state: ImportState): boolean {
  if (state.step !== 'mapping' || state.busy) return false;
  if (state.read.format) return true;
  return state.read.mapping !== undefined && mappingGaps(state.read.mapping).length === 0;
}

/** Rows of the dry run's skipped list that fall among the previewed rows: shown beside them. */
export function skippedAmongPreview(preview: UploadPreview): ImportReport['skippedRows'] {
  const last = preview.rows.reduce((m, r) => Math.max(m, r.row), 0);
  const seen = new Set<string>();
  return preview.report.skippedRows.filter((s) => {
    const key = `${s.row}|${s.column}|${s.reason}`;
    if (s.row > last || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a problem is, as the parts to show: file, row, column or field. */
export function problemPlace(p: Problem): Array<['file' | 'row' | 'column' | 'field', string]> {
  const loc = p.location ?? {};
  const out: Array<['file' | 'row' | 'column' | 'field', string]> = [];
  if (loc.file) out.push(['file', loc.file]);
  if (loc.row !== undefined) out.push(['row', String(loc.row)]);
  if (loc.column) out.push(['column', loc.column]);
  if (loc.field) out.push(['field', loc.field]);
  return out;
}

export function reduce(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'upload-start':
      if (state.step !== 'upload') return state;
      return { ...state, busy: { loaded: 0, total: event.size }, fileName: event.fileName, error: null };
    case 'upload-progress':
      if (state.step !== 'upload' || !state.busy) return state;
      return { ...state, busy: { loaded: event.loaded, total: event.total } };
    case 'uploaded':
      if (state.step !== 'upload') return state;
      return {
        step: 'mapping',
        upload: event.upload,
        read: initialRead(event.upload),
        busy: null,
        error: null,
      };
    case 'choose-sheet':
      if (state.step !== 'mapping') return state;
      return { ...state, busy: 'detect', error: null, read: { ...state.read, sheet: event.sheet } };
    case 'detected':
      if (state.step !== 'mapping') return state;
      return {
        ...state,
        upload: event.upload,
        read: {
          ...initialRead(event.upload),
          ...(state.read.skipUnknownAreas ? { skipUnknownAreas: true } : {}),
        },
        busy: null,
        error: null,
      };
    case 'set-role': {
      if (state.step !== 'mapping' || !state.read.mapping) return state;
      return {
        ...state,
        read: { ...state.read, mapping: setColumnRole(state.read.mapping, event.index, event.role) },
      };
    }
    case 'set-years': {
      if (state.step !== 'mapping' || !state.read.mapping?.yearColumns) return state;
      const m = state.read.mapping;
      return {
        ...state,
        read: {
          ...state.read,
          mapping: { ...m, yearColumns: { ...m.yearColumns, [event.field]: event.value } },
        },
      };
    }
    case 'set-skip-unknown':
      if (state.step !== 'mapping') return state;
      return { ...state, read: { ...state.read, skipUnknownAreas: event.value } };
    case 'preview-start':
      if (state.step !== 'mapping' || !canPreview(state)) return state;
      return { ...state, busy: 'preview', error: null };
    case 'previewed':
      if (state.step !== 'mapping' || state.busy !== 'preview') return state;
      return {
        step: 'preview',
        upload: state.upload,
        read: state.read,
        preview: event.preview,
        busy: null,
        error: null,
      };
    case 'to-dry-run':
      if (state.step !== 'preview') return state;
      return { ...state, step: 'dryRun' };
    case 'commit-start':
      if (state.step !== 'dryRun' || state.busy) return state;
      return { ...state, busy: 'commit', error: null };
    case 'committed':
      if (state.step !== 'dryRun' || state.busy !== 'commit') return state;
      return {
        step: 'done',
        report: event.report,
        areas: [...new Set(state.preview.rows.map((r) => r.area))],
      };
    case 'failed':
      if (state.step === 'done') return state;
      return { ...state, busy: null, error: { action: event.action, problem: event.problem } };
    case 'back':
      if (state.step === 'mapping' && !state.busy) return initialState;
      if (state.step === 'preview' && !state.busy) {
        return { step: 'mapping', upload: state.upload, read: state.read, busy: null, error: null };
      }
      if (state.step === 'dryRun' && !state.busy) return { ...state, step: 'preview', error: null };
      return state;
    case 'restart':
      return initialState;
  }
}
