import type { AnswerBody, Block, Document, TableData } from '../../../platform/documents/index.ts';
import { type Lang, LOCALES } from '../../../platform/i18n/langs.ts';
import { render } from '../../../platform/i18n/messages.ts';
import { allQuestions, isUnanswered, isVisible, localText } from '../../questionnaires/index.ts';
import type {
  Answer,
  Answers,
  Option,
  Question,
  QuestionnaireDefinition,
  TableColumn,
} from '../../questionnaires/schemas.ts';
import { exportText } from '../messages-exports.ts';
import type { ReportState } from '../schemas.ts';

/** How an export writes numbers and dates: in the reader's language (documents), or as data (CSV). */
export type CellStyle = 'language' | 'data';

/** Names of the codes a report's answers hold, in the document's language (a code stays as it is when unnamed). */
export interface CodeNames {
  area?: (iso3: string) => string | undefined;
  occupation?: (code: string) => string | undefined;
}

export interface ReportDocumentInput {
  report: {
    id: number;
    kind: 'national' | 'stakeholder';
    roundLabel: string;
    area: string | null;
    /** The area's name in the document's language. */
    areaName: string | null;
    organisation: string | null;
    state: ReportState;
    submittedAt: string | null;
    acceptedAt: string | null;
    publishedAt: string | null;
    answers: Answers;
  };
  questionnaire: QuestionnaireDefinition;
  comments: ReadonlyArray<{ question: string | null; body: string }>;
  attachments: ReadonlyArray<{ id: number; fileName: string }>;
  /** The designated authority's organisation (national reports). */
  authority: string | null;
  lang: Lang;
  /** When the export is made, for the footer. */
  exportedAt: Date;
  names?: CodeNames;
  cells?: CellStyle;
}

type Say = (key: Parameters<typeof exportText>[0], params?: Record<string, string | number>) => string;

/** The export's words in a language. */
export function sayIn(lang: Lang): Say {
  return (key, params = {}) => render(exportText(key, params), lang);
}

/** A date or time as the language writes it ("12 March 2028"), in UTC. */
export function formatDate(value: string | Date, lang: Lang): string {
  const date =
    typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A number as the language writes it. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(value);
}

function optionLabel(options: readonly Option[] | undefined, code: string, lang: Lang): string {
  const option = options?.find((o) => o.code === code);
  return option ? localText(option.text, lang) : code;
}

const YES_NO_PARTLY = { yes: 'answer_yes', no: 'answer_no', partly: 'answer_partly' } as const;

/** Text lines of a string answer: its lines, blank lines dropped at the ends. */
function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').trim().split('\n');
}

interface Writer {
  lang: Lang;
  say: Say;
  names: CodeNames;
  cells: CellStyle;
}

function cellText(column: TableColumn, value: string | number | null | undefined, w: Writer): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return w.cells === 'data' ? String(value) : formatNumber(value, w.lang);
  switch (column.type) {
    case 'single-choice':
      return optionLabel(column.options, value, w.lang);
    case 'area':
      return w.cells === 'data' ? value : (w.names.area?.(value) ?? value);
    case 'occupation':
      return w.cells === 'data' ? value : (w.names.occupation?.(value) ?? value);
    case 'date':
      return w.cells === 'data' ? value : formatDate(value, w.lang);
    default:
      return value;
  }
}

/** A table question's rows under its columns' headings; empty rows left out. */
export function tableOf(
  question: Extract<Question, { type: 'table' }>,
  answer: Answer | undefined,
  w: Writer,
): TableData {
  const rows =
    answer && typeof answer === 'object' && !Array.isArray(answer) && 'rows' in answer ? answer.rows : [];
  return {
    header: question.columns.map((c) => localText(c.text, w.lang)),
    numeric: question.columns.map((c) => c.type === 'number'),
    rows: rows
      .filter((row) => Object.values(row).some((v) => v !== null && v !== ''))
      .map((row) => question.columns.map((c) => cellText(c, row[c.id], w))),
  };
}

function answerBody(
  question: Question,
  answer: Answer | undefined,
  attachments: ReportDocumentInput['attachments'],
  w: Writer,
): AnswerBody {
  const none: AnswerBody = { kind: 'none', text: w.say('not_answered') };
  if (isUnanswered(answer)) return none;
  switch (question.type) {
    case 'table': {
      const table = tableOf(question, answer, w);
      return table.rows.length === 0 ? none : { kind: 'table', ...table };
    }
    case 'file': {
      const ids = answer && typeof answer === 'object' && 'attachments' in answer ? answer.attachments : [];
      const names = ids.map((id) => attachments.find((a) => a.id === id)?.fileName ?? `#${id}`);
      return names.length === 0 ? none : { kind: 'text', lines: names };
    }
    case 'multiple-choice': {
      const codes = Array.isArray(answer) ? answer : [String(answer)];
      return { kind: 'text', lines: codes.map((c) => optionLabel(question.options, c, w.lang)) };
    }
    case 'single-choice':
      return { kind: 'text', lines: [optionLabel(question.options, String(answer), w.lang)] };
    case 'yes-no-partly': {
      const key = YES_NO_PARTLY[String(answer) as keyof typeof YES_NO_PARTLY];
      return { kind: 'text', lines: [key ? w.say(key) : String(answer)] };
    }
    case 'number': {
      const shown =
        typeof answer === 'number'
          ? w.cells === 'data'
            ? String(answer)
            : formatNumber(answer, w.lang)
          : String(answer);
      const unit = question.unit ? ` ${localText(question.unit, w.lang)}` : '';
      return { kind: 'text', lines: [`${shown}${unit}`] };
    }
    case 'date':
      return {
        kind: 'text',
        lines: [w.cells === 'data' ? String(answer) : formatDate(String(answer), w.lang)],
      };
    case 'text':
      return { kind: 'text', lines: typeof answer === 'string' ? lines(answer) : [String(answer)] };
  }
}

/** The report's title: its country (national) or its organisation and country (stakeholder). */
function titleOf(r: ReportDocumentInput['report'], say: Say): string {
  if (r.kind === 'national') return r.areaName ?? r.area ?? '';
  const organisation = r.organisation ?? '';
  return r.areaName
    ? say('stakeholder_title_area', { organisation, area: r.areaName })
    : say('stakeholder_title', { organisation });
}

/**
 * A national or stakeholder report as a document: its title and metadata, every question asked (a question whose
 * condition does not hold is left out) numbered as in the questionnaire with its answer in words or as a table,
 * the secretariat's comments under their question, and the source in the footer. Every text is plain text.
 */
export function reportDocument(input: ReportDocumentInput): Document {
  const { report: r, questionnaire: def, lang } = input;
  const say = sayIn(lang);
  const w: Writer = { lang, say, names: input.names ?? {}, cells: input.cells ?? 'language' };
  const metadata = [say('meta_state', { state: say(`state_${r.state}`) })];
  if (r.submittedAt) metadata.push(say('meta_submitted', { date: formatDate(r.submittedAt, lang) }));
  if (r.acceptedAt) metadata.push(say('meta_accepted', { date: formatDate(r.acceptedAt, lang) }));
  if (r.publishedAt) metadata.push(say('meta_published', { date: formatDate(r.publishedAt, lang) }));
  if (r.kind === 'national')
    metadata.push(
      input.authority ? say('meta_authority', { name: input.authority }) : say('meta_no_authority'),
    );
  else if (r.organisation) metadata.push(say('meta_organisation', { name: r.organisation }));
  metadata.push(say('meta_questionnaire', { title: localText(def.title, lang), version: def.version }));

  const blocks: Block[] = [];
  const general = input.comments.filter((c) => c.question === null).map((c) => c.body);
  if (general.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: say('report_comments') });
    blocks.push({ kind: 'list', items: general });
  }
  let section: string | null = null;
  for (const placed of allQuestions(def)) {
    const q = placed.question;
    if (!isVisible(def, r.answers, q.id)) continue;
    if (placed.section.id !== section) {
      section = placed.section.id;
      const n = placed.number.split('.')[0];
      blocks.push({ kind: 'heading', level: 1, text: `${n}. ${localText(placed.section.title, lang)}` });
    }
    blocks.push({
      kind: 'question',
      number: placed.number,
      text: localText(q.text, lang),
      answer: answerBody(q, r.answers[q.id], input.attachments, w),
      comments: input.comments.filter((c) => c.question === q.id).map((c) => c.body),
    });
  }
  return {
    title: titleOf(r, say),
    subtitle: say(r.kind === 'national' ? 'subtitle_national' : 'subtitle_stakeholder', {
      round: r.roundLabel,
    }),
    lang,
    metadata,
    blocks,
    footer: say('footer_report', { id: r.id, round: r.roundLabel, date: formatDate(input.exportedAt, lang) }),
  };
}

/** A titled table of a document, for the CSV export: "5.3 List the agreements…" over its rows. */
export interface TitledTable extends TableData {
  title: string;
}

/** Every table of a document, one after another, each titled by its question (number and text) or caption. */
export function documentTables(doc: Document): TitledTable[] {
  const out: TitledTable[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'question' && b.answer.kind === 'table')
      out.push({ title: `${b.number} ${b.text}`, header: b.answer.header, rows: b.answer.rows });
    else if (b.kind === 'table') out.push({ title: b.caption ?? '', header: b.header, rows: b.rows });
  }
  return out;
}
