import type { Text } from '../../../platform/i18n/messages.ts';
import { text as msg } from '../messages.ts';

/** An area some rows are for, with the first of those rows (as the file numbers it). */
export interface AreaFirstRow {
  area: string;
  firstRow: number;
}

export interface ScopeRefusal {
  message: Text;
  detail: Text;
  errors: Array<{ file: string; row: number; field: string; message: Text }>;
}

/** The work refused: an import, or the rollback of a batch. */
export type ScopedWork = { kind: 'import' } | { kind: 'rollback'; batch: number };

/**
 * Why a write touching `areas` is refused when `allowed` says no to some of them, or null when every area is
 * allowed. `work` names the work (an import, the rollback of batch 7); `file` the file the rows came from. The
 * message names the refused areas (ten at most); each of them, with its file and first row, is in `errors`.
 */
export function scopeRefusal(
  areas: readonly AreaFirstRow[],
  allowed: (area: string) => boolean,
  work: ScopedWork,
  file: string,
): ScopeRefusal | null {
  const refused = areas.filter((a) => !allowed(a.area));
  if (refused.length === 0) return null;
  const shown = refused.slice(0, 10);
  const list = shown.map((a) => a.area).join(', ');
  const more = refused.length - shown.length;
  const batch = work.kind === 'rollback' ? { id: work.batch } : {};
  const message =
    more > 0
      ? msg(work.kind === 'import' ? 'scopeImportMore' : 'scopeRollbackMore', {
          ...batch,
          areas: list,
          count: more,
        })
      : msg(work.kind === 'import' ? 'scopeImport' : 'scopeRollback', {
          ...batch,
          areas: list,
          count: refused.length,
        });
  return {
    message,
    detail: msg('scopeDetail', { count: refused.length, total: areas.length }),
    errors: refused.map((a) => ({
      file,
      row: a.firstRow,
      field: 'area',
      message: msg('outsideYourAreas', { area: a.area }),
    })),
  };
}
