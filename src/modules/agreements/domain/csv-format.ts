import { CAP_PERIODS, type CapPeriod, PARTY_SIDES, type PartySide, PROVISION_KINDS } from './agreement.ts';

/** The columns of an agreements CSV file, one row per agreement; the export writes them in this order. */
export const CSV_COLUMNS = [
  'external_ref',
  'title',
  'type',
  'level',
  'parties',
  'signed_on',
  'in_force_on',
  'expires_on',
  'status',
  'cadres',
  'recruitment_allowed',
  'recruitment_employers',
  'recruitment_caps',
  'recruitment_from',
  'recruitment_until',
  'recruitment_channel',
  ...PROVISION_KINDS.map((k) => `provision_${k}` as const),
  'text_url',
  'source_url',
  'notes',
  'published',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Other names of columns, as the agreements files shipped beside a recruitment configuration
 * (data/recruitment/<iso3>-agreements.csv) write them. Their `id` numbers a row within its file, so the reference
 * of such a row is the file's name and the number (`gbr-agreements#1`).
 */
export const COLUMN_ALIASES: Readonly<Record<string, CsvColumn>> = {
  id: 'external_ref',
  employers: 'recruitment_employers',
  channel: 'recruitment_channel',
  source: 'source_url',
  note: 'notes',
};

/** The reference of a row of a file that numbers its rows in an `id` column. */
export function fileRowRef(fileName: string, id: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return `${stem}#${id}`;
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The field separator of a CSV text: the most frequent of `,` `;` tab outside quotes on its first line. */
export function sniffSeparator(text: string): string {
  const first = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const sep of SEPARATORS) if ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** The columns a file must have; the others may be left out. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['external_ref', 'title', 'type', 'parties'];

/** Whether a cell is a calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(cell: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What is wrong with a cell, as a code and its parameters (the module's messages word it). */
export interface CellProblem {
  code: 'party_format' | 'party_side' | 'cap_format' | 'cap_period' | 'not_boolean' | 'list_item_empty';
  params: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: CellProblem['code'], params: Record<string, string> = {}): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});

/** `a;b;c` → [a, b, c]; an empty cell is an empty list. */
export function parseList(cell: string): Parsed<string[]> {
  if (cell.trim() === '') return ok([]);
  const items = cell.split(';').map((s) => s.trim());
  if (items.some((s) => s === '')) return fail('list_item_empty');
  return ok(items);
}

export interface CsvParty {
  area: string;
  side: PartySide;
  organisation: string | null;
}

/** `GBR:destination;KEN:origin`, an organisation after a second colon: `GBR:destination:Hampshire Hospitals`. */
export function parseParties(cell: string): Parsed<CsvParty[]> {
  const list = parseList(cell);
  if (!list.ok) return list;
  const parties: CsvParty[] = [];
  for (const item of list.value) {
    const [area = '', side = '', ...rest] = item.split(':');
    if (!/^[A-Za-z]{3}$/.test(area.trim()) || side.trim() === '') return fail('party_format', { item });
    const s = side.trim().toLowerCase();
    if (!(PARTY_SIDES as readonly string[]).includes(s)) return fail('party_side', { item, side: s });
    const organisation = rest.join(':').trim();
    parties.push({
      area: area.trim().toUpperCase(),
      side: s as PartySide,
      organisation: organisation || null,
    });
  }
  return ok(parties);
}

export function formatParties(parties: readonly CsvParty[]): string {
  return parties
    .map((p) => [p.area, p.side, ...(p.organisation === null ? [] : [p.organisation])].join(':'))
    .join(';');
}

export interface CsvCap {
  occupation: string | null;
  max: number;
  per: CapPeriod;
}

/** `nursing-personnel:500/year;*:1000/total`: the occupation (`*` for all cadres covered), the cap and its period. */
export function parseCaps(cell: string): Parsed<CsvCap[]> {
  const list = parseList(cell);
  if (!list.ok) return list;
  const caps: CsvCap[] = [];
  for (const item of list.value) {
    const m = /^([^:]+):(\d{1,9})\/([a-z]+)$/.exec(item.replace(/\s+/g, ''));
    if (!m) return fail('cap_format', { item });
    const [, occupation = '', max = '', per = ''] = m;
    if (!(CAP_PERIODS as readonly string[]).includes(per)) return fail('cap_period', { item, per });
    caps.push({
      occupation: occupation === '*' ? null : occupation,
      max: Number(max),
      per: per as CapPeriod,
    });
  }
  return ok(caps);
}

export function formatCaps(caps: readonly CsvCap[]): string {
  return caps.map((c) => `${c.occupation ?? '*'}:${c.max}/${c.per}`).join(';');
}

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n', '']);

/** true/yes/1 or false/no/0; an empty cell is false. */
export function parseBoolean(cell: string): Parsed<boolean> {
  const v = cell.trim().toLowerCase();
  if (TRUE.has(v)) return ok(true);
  if (FALSE.has(v)) return ok(false);
  return fail('not_boolean', { value: cell });
}
