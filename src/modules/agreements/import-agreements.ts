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
  CSV_COLUMNS,
  type CsvColumn,
  type Parsed,
  parseBoolean,
  parseCaps,
  parseList,
  parseParties,
  REQUIRED_COLUMNS,
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
}

type Located = LocatedProblem<Text | string> & { file: string; row: number; column: string };

interface ReadRow {
  row: number;
  fields: AgreementFields;
  published: boolean;
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

/** The records of the file with their rows (the header is row 1), or the reason it cannot be read. */
function readCsv(file: string, bytes: Uint8Array | string): Array<{ record: string[]; row: number }> {
  try {
    const out = parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes), {
      bom: true,
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
function readRows(file: string, bytes: Uint8Array | string): { rows: ReadRow[]; problems: Located[] } {
  const records = readCsv(file, bytes);
  const [header, ...body] = records;
  const problems: Located[] = [];
  if (!header) throw new AppError('invalid_file', t('empty_file', { file }), { location: { file } });
  const names = header.record.map((h) => h.toLowerCase());
  names.forEach((name) => {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) return;
    const hit = closest(
      name,
      CSV_COLUMNS.map((code) => ({ code })),
    );
    problems.push({
      file,
      row: header.row,
      column: name,
      message: hit ? t('unknown_column_meant', { column: name, hit }) : t('unknown_column', { column: name }),
    });
  });
  for (const column of REQUIRED_COLUMNS)
    if (!names.includes(column))
      problems.push({ file, row: header.row, column, message: t('missing_column', { column }) });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0)
    throw new AppError('invalid_file', t('empty_file', { file }), { location: { file } });

  const rows: ReadRow[] = [];
  const refs = new Map<string, number>();
  for (const { record, row } of body) {
    const cell = (c: CsvColumn) => unsafe(record[names.indexOf(c)] ?? '');
    const at = (column: string, message: Text | string) => problems.push({ file, row, column, message });
    const take = <T>(column: CsvColumn, parsed: Parsed<T>, fallback: T): T => {
      if (parsed.ok) return parsed.value;
      at(column, cellText(parsed.problem));
      return fallback;
    };
    const date = (column: CsvColumn): string | null => {
      const v = cell(column);
      if (v === '') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
        at(column, t('not_a_date', { value: v }));
      return v;
    };
    const ref = cell('external_ref');
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
    const published = take('published', parseBoolean(cell('published')), false);
    const before = problems.length;
    const parsed = AgreementFieldsSchema.safeParse(input, PARSE_OPTIONS);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOf(issue.path, provisions);
        // A cell already refused is not refused twice.
        if (!problems.slice(0, before).some((p) => p.row === row && p.column === column))
          at(column, issueText(issue));
      }
      continue;
    }
    if (problems.some((p) => p.row === row)) continue;
    rows.push({ row, fields: normalized(parsed.data), published });
  }
  return { rows, problems };
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
function located(err: unknown, file: string, row: number): unknown {
  if (!(err instanceof AppError) || err.location?.row !== undefined) return err;
  return new AppError(err.code, err.text, {
    ...(err.detailText === undefined ? {} : { detail: err.detailText }),
    ...(err.hintText === undefined ? {} : { hint: err.hintText }),
    location: {
      file,
      row,
      column: err.location?.field ? columnOf(err.location.field.split('.'), []) : 'parties',
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
  const { rows, problems } = readRows(file, input.bytes);
  if (problems.length > 0) refuse(file, problems);
  const dryRun = input.dryRun ?? false;
  return mutation(
    ctx,
    'agreement.import',
    async (tx) => {
      const checked: Located[] = [];
      for (const r of rows) {
        const id = await idOfExternalRef(tx, r.fields.externalRef ?? '');
        const provisions = r.fields.provisions.map((p) => p.kind);
        for (const p of await fieldProblems(tx, r.fields, id))
          checked.push({
            file,
            row: r.row,
            column: columnOf(p.field.split('.'), provisions),
            message: p.message,
          });
      }
      if (checked.length > 0) refuse(file, checked);
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
            if (r.published) await setPublished(tx, id, true, at);
            await tx.audit({
              action: 'agreement.import',
              objectType: 'agreement',
              objectId: String(id),
              area: r.fields.parties[0]?.area ?? null,
              after: { ...r.fields, published: r.published },
              comment: `${file} row ${r.row}`,
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
          const same =
            canonical(fieldsOf(stored)) === canonical(r.fields) && stored.published === r.published;
          if (same) {
            result.unchanged++;
            result.rows.push({ row: r.row, externalRef: ref, id: existing, outcome: 'unchanged' });
            continue;
          }
          await updateAgreement(tx, existing, r.fields, at, by);
          await syncHistory(tx, existing, r.fields, stored.events, at, by);
          if (stored.published !== r.published) await setPublished(tx, existing, r.published, at);
          const [saved] = await loadAgreements(tx, [existing]);
          await tx.audit({
            action: 'agreement.import',
            objectType: 'agreement',
            objectId: String(existing),
            area: r.fields.parties[0]?.area ?? null,
            before: { version: stored.version, ...fieldsOf(stored), published: stored.published },
            after: { version: saved?.version ?? stored.version + 1, ...r.fields, published: r.published },
            comment: `${file} row ${r.row}`,
          });
          result.updated++;
          result.rows.push({ row: r.row, externalRef: ref, id: existing, outcome: 'updated' });
        } catch (err) {
          throw located(err, file, r.row);
        }
      }
      return result;
    },
    { dryRun },
  );
}
