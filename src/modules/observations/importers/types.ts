import type { Text } from '../../../platform/i18n/messages.ts';
import type { PartnerBasis, Sex } from '../../reference/index.ts';
import type { ColumnMapping } from '../schemas.ts';
import type { ImportWarning } from './totals.ts';

/** The file formats hwmo reads; each is auto-detected from its header and also selectable by name. */
export const FORMAT_NAMES = [
  'who-gho',
  'who-gho-legacy',
  'oecd-stat',
  'sdmx-csv',
  'wb-wdi',
  'long-population',
  'owid',
  'hwmo-template',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** How a file was read: one of the formats, or `mapped` through a column mapping. */
export const READ_FORMATS = [...FORMAT_NAMES, 'mapped'] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];

/** A file to import: its name (for messages and format hints) and either a path or its bytes. */
export interface ImportInput {
  fileName: string;
  path?: string;
  bytes?: Uint8Array;
}

/**
 * One value read from a file, before areas are resolved against the reference tables.
 * `area` and `partner` are the raw cells (a code or a name); the import service resolves them.
 */
export interface ImportRecord {
  /** 1-based row as a spreadsheet or text editor shows it (the header is row 1 in a plain CSV). */
  row: number;
  /** Dataset the value belongs to, e.g. `WHO.GHO`, `OECD.HEALTH_WFMI`, `WB.WDI`; revisions supersede within a dataset. */
  source: string;
  measure: string;
  area: string;
  areaColumn: string;
  year: number;
  /** Occupation slug, or `_Z` for measures without one. */
  occupation: string;
  sex: Sex;
  age: string;
  /** Raw partner area (origin or destination), or `_Z`. */
  partner: string;
  partnerColumn: string | null;
  partnerBasis: PartnerBasis;
  value: number;
  /** One-letter status codes, see OBSERVATION_FLAGS. */
  flags: string[];
  comment: string | null;
  /** Original series code in the file (e.g. `HWF_0002`, `FTDS`, `SP.POP.TOTL`), kept for traceability. */
  series: string;
}

/** Why a row was skipped or what a warning says: a message as data, rendered in the reader's language. */
export type Reason = Text | string;

/** A row not stored, with its reason (rendered as a string in reports and the batch). */
export interface SkippedRow<R = Reason> {
  row: number;
  column: string | null;
  reason: R;
}

export type ImportEvent = { type: 'record'; record: ImportRecord } | { type: 'skip'; skip: SkippedRow };

/** Where the column mapping a file was read with came from. */
export type MappingOrigin = 'given' | 'saved' | 'suggested';

export interface AppliedMapping {
  mapping: ColumnMapping;
  origin: MappingOrigin;
  /** The confidence of a suggested mapping. */
  confidence: number | null;
  /** The batch a saved mapping was saved with. */
  batchId: number | null;
}

/**
 * A parsed file: the format that read it, its sheet (XLSX), the stream of rows it yields, and for a mapped file
 * the mapping and the header's signature (what a saved mapping is found by).
 */
export interface ParsedFile {
  format: ReadFormat;
  sheet: string | null;
  events: AsyncIterable<ImportEvent>;
  /** Once the events are read: the row of a last record with no line terminator (possibly cut off), else null. */
  readonly unterminatedRow?: number | null;
  mapping: AppliedMapping | null;
  headerSignature: string | null;
  /** Filled while the events are read: what the report should mention (rows left unread below a note line). */
  warnings: ImportWarning[];
}
