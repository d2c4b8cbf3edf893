import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { Text } from '../../platform/i18n/messages.ts';
import { parseCsvRecords } from './csv-records.ts';
import { AREA_KINDS, type Area, type AreaAlias, type AreaKind } from './domain/areas.ts';
import { text } from './messages.ts';

/** An area as the reference CSV and the `area` table hold it. */
export interface AreaRow {
  code: string;
  kind: AreaKind;
  name: string;
  iso2: string | null;
  m49: string | null;
  parent: string | null;
  who_region: string | null;
  who_member: boolean;
  wb_income: string | null;
  wb_region: string | null;
  un_region: string | null;
  un_subregion: string | null;
}

export function areaFromRow(r: AreaRow): Area {
  return {
    code: r.code,
    kind: r.kind,
    name: r.name,
    iso2: r.iso2,
    m49: r.m49,
    parent: r.parent,
    whoRegion: r.who_region,
    whoMember: r.who_member,
    wbIncome: r.wb_income,
    wbRegion: r.wb_region,
    unRegion: r.un_region,
    unSubregion: r.un_subregion,
  };
}

const REFERENCE_DIR = new URL('../../../data/reference/', import.meta.url);

const code = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'not an area code');
/** An empty cell is null. */
const optional = (schema: z.ZodString) => z.union([z.literal('').transform(() => null), schema]);

const AreaRowSchema = z
  .object({
    code,
    kind: z.enum(AREA_KINDS),
    name: z.string().trim().min(1),
    iso2: optional(z.string().regex(/^[A-Z]{2}$/, 'not a two-letter code')),
    m49: optional(z.string().regex(/^\d{3}$/, 'not a three-digit M49 code')),
    parent: optional(code),
    who_region: optional(code),
    who_member: z.enum(['true', 'false']).transform((v) => v === 'true'),
    wb_income: optional(code),
    wb_region: optional(code),
    un_region: optional(z.string()),
    un_subregion: optional(z.string()),
  })
  .strict();

const AliasRowSchema = z.object({ alias: z.string().trim().min(1), code }).strict();

function invalid(file: string, row: number, column: string, message: Text): AppError {
  return new AppError('invalid_file', message, {
    location: { file, row, column },
  });
}

/** Parses a reference CSV into its records with their row (the header is row 1). */
function readRows<S extends z.ZodType>(
  file: string,
  text: string | Uint8Array,
  schema: S,
): Array<{ row: number; data: z.infer<S> }> {
  return parseCsvRecords(text, schema, file).map((data, i) => ({ row: i + 2, data }));
}

/** Parses and checks the contents of areas.csv and area-aliases.csv. */
export function parseReferenceAreas(files: { areas: string | Uint8Array; aliases: string | Uint8Array }): {
  areas: Area[];
  aliases: AreaAlias[];
} {
  const areas: Area[] = [];
  const rows = new Map<string, number>();
  for (const { row, data: r } of readRows('areas.csv', files.areas, AreaRowSchema)) {
    if (rows.has(r.code)) throw invalid('areas.csv', row, 'code', text('listed_twice', { code: r.code }));
    rows.set(r.code, row);
    areas.push(Object.freeze(areaFromRow(r)));
  }
  const kinds = new Map(areas.map((a) => [a.code, a.kind]));
  for (const a of areas) {
    const row = rows.get(a.code) ?? 0;
    if ((a.kind === 'subnational') !== (a.parent !== null)) {
      throw invalid('areas.csv', row, 'parent', text('parent_only_subnational'));
    }
    for (const [column, ref, expected] of [
      ['parent', a.parent, ['country', 'subnational']],
      ['who_region', a.whoRegion, ['who-region']],
      ['wb_income', a.wbIncome, ['income-group']],
      ['wb_region', a.wbRegion, ['aggregate']],
    ] as const) {
      if (ref === null) continue;
      const kind = kinds.get(ref);
      if (!kind) throw invalid('areas.csv', row, column, text('unknown_area', { code: ref }));
      if (!(expected as readonly string[]).includes(kind)) {
        throw invalid(
          'areas.csv',
          row,
          column,
          text('wrong_kind', { code: ref, kind, expected: expected.join(' | ') }),
        );
      }
    }
  }
  const aliases: AreaAlias[] = [];
  const seen = new Set<string>();
  for (const { row, data: r } of readRows('area-aliases.csv', files.aliases, AliasRowSchema)) {
    if (!rows.has(r.code))
      throw invalid('area-aliases.csv', row, 'code', text('unknown_area', { code: r.code }));
    if (seen.has(r.alias))
      throw invalid('area-aliases.csv', row, 'alias', text('listed_twice', { code: r.alias }));
    seen.add(r.alias);
    aliases.push(Object.freeze({ alias: r.alias, code: r.code }));
  }
  return { areas, aliases };
}

let files: { areas: Buffer; aliases: Buffer } | undefined;
let cached: { areas: Area[]; aliases: AreaAlias[] } | undefined;

/** The bytes of the shipped reference files, read once: enough to tell whether a database holds this version. */
export function referenceFiles(): { areas: Buffer; aliases: Buffer } {
  files ??= {
    areas: readFileSync(new URL('areas.csv', REFERENCE_DIR)),
    aliases: readFileSync(new URL('area-aliases.csv', REFERENCE_DIR)),
  };
  return files;
}

/** The areas and aliases shipped in data/reference, read and checked once. Callers must not modify them. */
export function loadReferenceAreas(): { areas: Area[]; aliases: AreaAlias[] } {
  if (!cached) {
    const { areas, aliases } = parseReferenceAreas(referenceFiles());
    cached = { areas: Object.freeze(areas) as Area[], aliases: Object.freeze(aliases) as AreaAlias[] };
  }
  return cached;
}
