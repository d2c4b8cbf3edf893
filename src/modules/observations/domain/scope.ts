/** An area some rows are for, with the first of those rows (as the file numbers it). */
export interface AreaFirstRow {
  area: string;
  firstRow: number;
}

export interface ScopeRefusal {
  message: string;
  detail: string;
  errors: Array<{ file: string; row: number; field: string; message: string }>;
}

/**
 * Why a write touching `areas` is refused when `allowed` says no to some of them, or null when every area is
 * allowed. `what` names the work ("import data", "roll back batch 7"); `file` the file the rows came from.
 */
export function scopeRefusal(
  areas: readonly AreaFirstRow[],
  allowed: (area: string) => boolean,
  what: string,
  file: string,
): ScopeRefusal | null {
  const refused = areas.filter((a) => !allowed(a.area));
  if (refused.length === 0) return null;
  const shown = refused.slice(0, 10);
  const list = shown.map((a) => `${a.area} (${file}, row ${a.firstRow})`).join(', ');
  const more = refused.length > shown.length ? ` and ${refused.length - shown.length} other area(s)` : '';
  return {
    message: `You may not ${what} for ${refused.length === 1 ? 'area' : 'areas'} ${list}${more}`,
    detail: `${refused.length} of the ${areas.length} area(s) it touches are outside your areas; nothing was written.`,
    errors: refused.map((a) => ({
      file,
      row: a.firstRow,
      field: 'area',
      message: `${a.area} is outside your areas`,
    })),
  };
}
