import { parse } from 'csv-parse/sync';
import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError, type LocatedProblem } from '../../platform/errors.ts';
import { render, type Text, textByLang } from '../../platform/i18n/messages.ts';
import { closest } from '../../platform/suggest.ts';
import { issueText, PARSE_OPTIONS } from '../../platform/zod-text.ts';
import { assertManage, partyAreas } from './access.ts';
import { fieldProblems, normalized, syncHistory } from './agreement-writes.ts';
import { PROVISION_KINDS, type ProvisionKind } from './domain/agreement.ts';
import {
  type CellProblem,
  COLUMN_ALIASES,
  CSV_COLUMNS,
  type CsvColumn,
  fileRowRef,
  isCalendarDate,
  type Parsed,
  parseBoolean,
  parseCaps,
  parseList,
  parseParties,
  REQUIRED_COLUMNS,
  sniffSeparator,
} from './domain/csv-format.ts';
import { fieldsOf } from './fields-of.ts';
import { registryText as t } from './messages-registry.ts';
import {
  idOfExternalRef,
  insertAgreement,
  loadAgreements,
  lockAgreement,
  setPublished,
  updateAgreement,
} from './repo.ts';
import { type AgreementFields, AgreementFieldsSchema, type ImportResult } from './schemas.ts';

export interface ImportAgreementsInput {
  fileName: string;
  bytes: Uint8Array | string;
  dryRun?: boolean;
  /** Publish the new agreements of a file without a published column. */
  publish?: boolean;
}

type Located = LocatedProblem<Text | string> & { file: string; row: number; column: string };

interface ReadRow {
  row: number;
  fields: AgreementFields;
  /** null: the file does not say (a new agreement stays unpublished, a stored one as it is). */
  published: boolean | null;
}

interface ReadFile {
  rows: ReadRow[];
  problems: Located[];
  /** The column as the file names it. */
  written: (c: CsvColumn) => string;
}

/** The status column: taken only when the row dates neither the signature nor the entry into force. */
function statusGiven(cell: string, dated: boolean): string | null {
  const v = cell.trim().toLowerCase();
  return dated || v === '' || v === 'draft' ? null : v;
}

/** JSON with the keys of every object sorted, to compare values whatever the order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A cell an export made safe for spreadsheets ('=…) back as it was written. */
const unsafe = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The column of a field of the agreement (a zod issue's path, a field problem's path). */
function columnOf(path: readonly PropertyKey[], provisions: readonly ProvisionKind[]): CsvColumn {
  const [head, second, third] = path.map(String);
  const simple: Record<string, CsvColumn> = {
    externalRef: 'external_ref',
    title: 'title',
    type: 'type',
    level: 'level',
    parties: 'parties',
    signedOn: 'signed_on',
    inForceOn: 'in_force_on',
    expiresOn: 'expires_on',
    statusGiven: 'status',
    cadres: 'cadres',
    textUrl: 'text_url',
    sourceUrl: 'source_url',
    notes: 'notes',
    // The date of an event the history refused.
    on: 'in_force_on',
  };
  if (head === 'provisions') {
    const kind = provisions[Number(second)];
    return kind ? `provision_${kind}` : 'provision_recruitment';
  }
  if (head === 'recruitment') {
    const sub: Record<string, CsvColumn> = {
      allowed: 'recruitment_allowed',
      employers: 'recruitment_employers',
      caps: 'recruitment_caps',
      from: 'recruitment_from',
      until: 'recruitment_until',
      channel: 'recruitment_channel',
    };
    return sub[second ?? ''] ?? sub[third ?? ''] ?? 'recruitment_allowed';
  }
  return simple[head ?? ''] ?? 'title';
}

const cellText = (p: CellProblem): Text => t(p.code, p.params);

/** The text of the file: UTF-8 (with or without its byte order mark) or UTF-16 with its byte order mark. */
function decode(file: string, bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return bytes.replace(/^\uFEFF/, '');
  const [b0, b1] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new AppError('invalid_file', t('not_utf8', { file }), { location: { file }, cause });
  }
}

/** The records of the file with their rows (the header is row 1), or the reason it cannot be read. */
function readCsv(file: string, bytes: Uint8Array | string): Array<{ record: string[]; row: number }> {
  const text = decode(file, bytes);
  try {
    const out = parse(text, {
      delimiter: sniffSeparator(text),
      info: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return out.map((r) => ({ record: r.record.map((c) => c.trim()), row: r.info.lines }));
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw new AppError('invalid_file', t('cannot_read_csv', { file }), {
      detail: cause instanceof Error ? cause.message : String(cause),
      location: line ? { file, row: line } : { file },
      cause,
    });
  }
}

/** Reads the file into agreements, collecting every problem with its row and column. */
function readRows(file: string, bytes: Uint8Array | string, publish: boolean): ReadFile {
  const records = readCsv(file, bytes);
  const [header, ...body] = records;
  const problems: Located[] = [];
  if (!header) throw new AppError('invalid_file', t('empty_file', { file }), { location: { file } });
  const given = header.record.map((h) => h.toLowerCase());
  const names = given.map((name) => COLUMN_ALIASES[name] ?? name);
  const numbered = given.includes('id') && !given.includes('external_ref');
  names.forEach((name, i) => {
    const written = given[i] ?? name;
    if (names.indexOf(name) !== i) {
      problems.push({
        file,
        row: header.row,
        column: written,
        message: t('column_twice', { column: written }),
      });
      return;
    }
    if ((CSV_COLUMNS as readonly string[]).includes(name)) return;
    const hit = closest(
      name,
      CSV_COLUMNS.map((code) => ({ code })),
    );
    problems.push({
      file,
      row: header.row,
      column: written,
      message: hit
        ? t('unknown_column_meant', { column: written, hit })
        : t('unknown_column', { column: written }),
    });
  });
  for (const column of REQUIRED_COLUMNS)
    if (!names.includes(column))
      problems.push({ file, row: header.row, column, message: t('missing_column', { column }) });
  /** The column as the file names it. */
  const written = (c: CsvColumn) => given[names.indexOf(c)] ?? c;
  if (problems.length > 0) return { rows: [], problems, written };
  if (body.length === 0)
    throw new AppError('invalid_file', t('empty_file', { file }), { location: { file } });

  const rows: ReadRow[] = [];
  const refs = new Map<string, number>();
  for (const { record, row } of body) {
    const cell = (c: CsvColumn) => unsafe(record[names.indexOf(c)] ?? '');
    const at = (column: CsvColumn, message: Text | string) =>
      problems.push({ file, row, column: written(column), message });
    const take = <T>(column: CsvColumn, parsed: Parsed<T>, fallback: T): T => {
      if (parsed.ok) return parsed.value;
      at(column, cellText(parsed.problem));
      return fallback;
    };
    const date = (column: CsvColumn): string | null => {
      const v = cell(column);
      if (v === '') return null;
      if (!isCalendarDate(v)) {
        at(column, t('not_a_date', { value: v }));
        return null;
      }
      return v;
    };
    const refCell = cell('external_ref');
    const ref = numbered && refCell !== '' ? fileRowRef(file, refCell) : refCell;
    if (ref === '') at('external_ref', t('required_cell'));
    else if (refs.has(ref)) at('external_ref', t('ref_twice', { ref, first: refs.get(ref) ?? 0 }));
    else refs.set(ref, row);
    for (const c of REQUIRED_COLUMNS) if (c !== 'external_ref' && cell(c) === '') at(c, t('required_cell'));
    const provisions = PROVISION_KINDS.filter((k) => cell(`provision_${k}`) !== '');
    const input = {
      externalRef: ref || null,
      title: cell('title'),
      type: cell('type'),
      level: cell('level') || 'government',
      parties: take('parties', parseParties(cell('parties')), []),
      signedOn: date('signed_on'),
      inForceOn: date('in_force_on'),
      expiresOn: date('expires_on'),
      statusGiven: statusGiven(cell('status'), cell('signed_on') !== '' || cell('in_force_on') !== ''),
      cadres: take('cadres', parseList(cell('cadres')), []),
      provisions: provisions.map((kind) => ({ kind, text: cell(`provision_${kind}`) })),
      recruitment: {
        allowed: take('recruitment_allowed', parseBoolean(cell('recruitment_allowed')), false),
        employers: take('recruitment_employers', parseList(cell('recruitment_employers')), []),
        caps: take('recruitment_caps', parseCaps(cell('recruitment_caps')), []),
        from: date('recruitment_from'),
        until: date('recruitment_until'),
        channel: cell('recruitment_channel') || null,
      },
      textUrl: cell('text_url') || null,
      sourceUrl: cell('source_url') || null,
      notes: cell('notes') || null,
    };
    const published = names.includes('published')
      ? take('published', parseBoolean(cell('published')), false)
      : null;
    const before = problems.length;
    const parsed = AgreementFieldsSchema.safeParse(input, PARSE_OPTIONS);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOf(issue.path, provisions);
        // A cell already refused is not refused twice.
        if (!problems.slice(0, before).some((p) => p.row === row && p.column === written(column)))
          at(column, issueText(issue));
      }
      continue;
    }
    if (problems.some((p) => p.row === row)) continue;
    rows.push({ row, fields: normalized(parsed.data), published: published ?? (publish ? true : null) });
  }
  return { rows, problems, written };
}

function refuse(file: string, problems: readonly Located[]): never {
  const [first] = problems;
  if (!first) throw new AppError('internal', t('empty_file', { file }));
  throw new AppError(
    'invalid_file',
    textByLang((lang) =>
      render(
        t('not_imported', {
          file,
          row: first.row,
          column: first.column,
          problem: render(first.message, lang),
        }),
        lang,
      ),
    ),
    {
      detail: t('not_imported_detail'),
      location: { file, row: first.row, column: first.column },
      errors: problems,
      ...(problems.some((p) => p.column.startsWith('recruitment_') || p.column === 'cadres')
        ? { hint: t('cadre_hint') }
        : first.row === 1
          ? { hint: t('columns_hint') }
          : {}),
    },
  );
}

/** A refusal of the actor for a row, naming the row. */
function located(err: unknown, file: string, row: number, written: ReadFile['written']): unknown {
  if (!(err instanceof AppError) || err.location?.row !== undefined) return err;
  return new AppError(err.code, err.text, {
    ...(err.detailText === undefined ? {} : { detail: err.detailText }),
    ...(err.hintText === undefined ? {} : { hint: err.hintText }),
    location: {
      file,
      row,
      column: written(err.location?.field ? columnOf(err.location.field.split('.'), []) : 'parties'),
    },
  });
}

/**
 * Imports a CSV file of agreements, one per row, all or nothing: every problem is reported with its row and column,
 * and nothing is stored unless every row is right. A row whose external_ref is in the registry updates that
 * agreement; the same file imported again changes nothing. The actor manages every agreement of the file (an authority, those its country is party to).
 */
export async function importAgreements(ctx: Ctx, input: ImportAgreementsInput): Promise<ImportResult> {
  const file = input.fileName;
  const { rows, problems, written } = readRows(file, input.bytes, input.publish ?? false);
  // A file whose header is wrong has no rows to check further.
  if (problems.length > 0 && rows.length === 0) refuse(file, problems);
  const dryRun = input.dryRun ?? false;
  return mutation(
    ctx,
    'agreement.import',
    async (tx) => {
      const checked: Located[] = [...problems];
      for (const r of rows) {
        const id = await idOfExternalRef(tx, r.fields.externalRef ?? '');
        const provisions = r.fields.provisions.map((p) => p.kind);
        for (const p of await fieldProblems(tx, r.fields, id))
          checked.push({
            file,
            row: r.row,
            column: written(columnOf(p.field.split('.'), provisions)),
            message: p.message,
          });
      }
      if (checked.length > 0)
        refuse(
          file,
          checked.sort((a, b) => a.row - b.row),
        );
      const at = ctx.now();
      const by = actorLabel(ctx.actor);
      const result: ImportResult = { file, dryRun, created: 0, updated: 0, unchanged: 0, rows: [] };
      for (const r of rows) {
        const ref = r.fields.externalRef ?? '';
        try {
          const existing = await idOfExternalRef(tx, ref);
          if (existing === null) {
            assertManage(
              ctx.actor,
              r.fields.parties.map((p) => p.area),
            );
            const id = await insertAgreement(tx, r.fields, at, by);
            await syncHistory(tx, id, r.fields, [], at, by);
            const published = r.published ?? false;
            if (published) await setPublished(tx, id, true, at);
            await tx.audit({
              action: 'agreement.import',
              objectType: 'agreement',
              objectId: String(id),
              area: r.fields.parties[0]?.area ?? null,
              after: { ...r.fields, published },
              comment: `${file}:${r.row}`,
            });
            result.created++;
            result.rows.push({ row: r.row, externalRef: ref, id: dryRun ? null : id, outcome: 'created' });
            continue;
          }
          const stored = await lockAgreement(tx, existing);
          if (!stored) continue;
          assertManage(ctx.actor, partyAreas(stored));
          assertManage(
            ctx.actor,
            r.fields.parties.map((p) => p.area),
          );
          const published = r.published ?? stored.published;
          const same = canonical(fieldsOf(stored)) === canonical(r.fields) && stored.published === published;
          if (same) {
            result.unchanged++;
            result.rows.push({ row: r.row, externalRef: ref, id: existing, outcome: 'unchanged' });
            continue;
          }
          await updateAgreement(tx, existing, r.fields, at, by);
          await syncHistory(tx, existing, r.fields, stored.events, at, by);
          if (stored.published !== published) await setPublished(tx, existing, published, at);
          const [saved] = await loadAgreements(tx, [existing]);
          await tx.audit({
            action: 'agreement.import',
            objectType: 'agreement',
            objectId: String(existing),
            area: r.fields.parties[0]?.area ?? null,
            before: { version: stored.version, ...fieldsOf(stored), published: stored.published },
            after: { version: saved?.version ?? stored.version + 1, ...r.fields, published },
            comment: `${file}:${r.row}`,
          });
          result.updated++;
          result.rows.push({ row: r.row, externalRef: ref, id: existing, outcome: 'updated' });
        } catch (err) {
          throw located(err, file, r.row, written);
        }
      }
      return result;
    },
    { dryRun },
  );
}
