import type { Block, Document, TableData } from '../../../platform/documents/index.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { localText } from '../../questionnaires/index.ts';
import type { ParticipationRow, ProgressReport } from '../schemas-progress.ts';
import { progressWords } from './progress/messages.ts';
import { type CellStyle, type CodeNames, formatDate, formatNumber, sayIn } from './report-document.ts';

export interface ProgressDocumentInput {
  report: Pick<ProgressReport, 'state' | 'version' | 'content' | 'generatedAt' | 'publishedAt'>;
  lang: Lang;
  exportedAt: Date;
  names?: CodeNames;
  cells?: CellStyle;
}

/** Paragraphs of an editorial text: split at blank lines. */
function paragraphs(text: string | undefined): Block[] {
  if (!text?.trim()) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', text: p }));
}

/**
 * The round's global progress report as a document: the secretariat's summary, participation by WHO region and
 * income group against the previous round (tables and a bar chart), the agreements notified, the tallies of the
 * closed questions (a chart per question and one table), the narratives the secretariat selected, the reported
 * migration figures beside the data core's, and an annex per country. The secretariat's text of a section is
 * `editorial.sections[<heading>]`, <heading> one of participation, agreements, questions, narratives, figures,
 * annexes, stakeholders.
 */
export function progressDocument(input: ProgressDocumentInput): Document {
  const { report, lang } = input;
  const c = report.content;
  const w = progressWords(c, lang);
  const say = sayIn(lang);
  const data = input.cells === 'data';
  const num = (n: number) => (data ? String(n) : formatNumber(n, lang));
  const area = (code: string, name?: string | null) =>
    data ? code : (input.names?.area?.(code) ?? name ?? code);
  const occupation = (code: string) => (data ? code : (input.names?.occupation?.(code) ?? code));
  const date = (value: string) => (data ? value : formatDate(value, lang));
  const section = (key: keyof typeof w.headings): Block[] => [
    { kind: 'heading', level: 1, text: w.headings[key] },
    ...paragraphs(c.editorial.sections[key]),
  ];

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.headings.summary },
    { kind: 'list', items: Object.values(w.summary) },
    ...paragraphs(c.editorial.summary),
  ];

  const withPrevious = c.previous !== null;
  const participation = (rows: readonly ParticipationRow[], caption: string): Block => ({
    kind: 'table',
    caption,
    header: [
      w.columns.group,
      w.columns.countries,
      w.columns.authorities,
      ...(withPrevious ? [w.columns.previous_authorities] : []),
      w.columns.reports,
      ...(withPrevious ? [w.columns.previous_reports] : []),
    ],
    numeric: [false, true, true, ...(withPrevious ? [true, true, true] : [true])],
    rows: [...rows, c.participation.total].map((r) => [
      w.groups[r.code] ?? r.code,
      num(r.countries),
      num(r.authorities),
      ...(withPrevious ? [r.previousAuthorities === null ? '' : num(r.previousAuthorities)] : []),
      num(r.reports),
      ...(withPrevious ? [r.previousReports === null ? '' : num(r.previousReports)] : []),
    ]),
  });
  blocks.push(
    ...section('participation'),
    participation(c.participation.byRegion, w.byRegion),
    {
      kind: 'chart',
      caption: say('chart_reports'),
      bars: c.participation.byRegion.map((r) => ({
        label: w.groups[r.code] ?? r.code,
        // The share of the region's Member States, so that regions of different sizes compare.
        value: r.countries > 0 ? r.reports / r.countries : 0,
        display: say('count_of', {
          count: formatNumber(r.reports, lang),
          total: formatNumber(r.countries, lang),
        }),
      })),
    },
    participation(c.participation.byIncome, w.byIncome),
  );

  blocks.push(...section('agreements'), { kind: 'paragraph', text: w.summary.agreements });
  if (c.agreements.list.length > 0)
    blocks.push({
      kind: 'table',
      caption: w.headings.agreements,
      header: [w.columns.country, w.columns.partner, w.columns.type, w.columns.signed, w.columns.cadres],
      rows: c.agreements.list.map((a) => [
        area(a.area),
        a.partner ? area(a.partner) : '',
        a.type ?? '',
        a.signed ? date(a.signed) : '',
        a.cadres ?? '',
      ]),
    });

  if (c.questions.length > 0) {
    blocks.push(...section('questions'));
    for (const q of c.questions)
      blocks.push({
        kind: 'chart',
        caption: localText(q.text, lang),
        bars: q.counts.map((n) => ({
          label: localText(n.text, lang),
          value: n.count,
          display: say('count_of', {
            count: formatNumber(n.count, lang),
            total: formatNumber(q.answered, lang),
          }),
        })),
      });
    blocks.push({
      kind: 'table',
      caption: w.headings.questions,
      header: [w.columns.question, w.columns.option, w.columns.count, w.columns.answered],
      numeric: [false, false, true, true],
      rows: c.questions.flatMap((q) =>
        q.counts.map((n) => [
          localText(q.text, lang),
          localText(n.text, lang),
          num(n.count),
          num(q.answered),
        ]),
      ),
    });
  }

  const selected = c.narratives.filter((n) => n.selected);
  if (selected.length > 0) {
    blocks.push(...section('narratives'));
    for (const n of selected) {
      const where = n.source.area ? area(n.source.area, n.areaName) : (n.areaName ?? '');
      blocks.push(
        {
          kind: 'heading',
          level: 3,
          text: say('narrative_of', { area: where, question: localText(n.questionText, lang) }),
        },
        ...n.text
          .replace(/\r\n?/g, '\n')
          .split(/\n\s*\n/)
          .filter((p) => p.trim() !== '')
          .map((p): Block => ({ kind: 'paragraph', text: p.trim() })),
      );
    }
  }

  if (c.figures.length > 0) {
    const figures: TableData = {
      header: [
        w.columns.country,
        w.columns.measure,
        w.columns.occupation,
        w.columns.partner,
        w.columns.year,
        w.columns.reported,
        w.columns.stored,
        w.columns.stored_source,
      ],
      numeric: [false, false, false, false, false, true, true, false],
      rows: c.figures.map((f) => [
        area(f.area),
        w.measures[`${f.measure}_${f.basis}`] ?? f.measure,
        occupation(f.occupation),
        f.partner ? area(f.partner) : (w.groups._T ?? ''),
        String(f.year),
        num(f.reported),
        f.stored === null ? '' : num(f.stored),
        f.storedSource ?? '',
      ]),
    };
    blocks.push(
      ...section('figures'),
      { kind: 'paragraph', text: w.figuresNote },
      {
        kind: 'table',
        caption: w.headings.figures,
        ...figures,
      },
    );
  }

  blocks.push(...section('stakeholders'), { kind: 'paragraph', text: w.summary.stakeholders });

  blocks.push({ kind: 'page-break' }, ...section('annexes'));
  for (const a of c.annexes) {
    const name = input.names?.area?.(a.area) ?? a.areaName ?? a.area;
    blocks.push(
      { kind: 'heading', level: 2, text: name },
      {
        kind: 'paragraph',
        text: say('annex_line', {
          authority: a.authority ?? say('annex_no_authority'),
          state: w.reportStates[a.state] ?? a.state,
        }),
      },
    );
    if (a.answers.length > 0)
      blocks.push({
        kind: 'table',
        caption: name,
        header: [w.columns.question, w.columns.option],
        rows: a.answers.map((x) => [localText(x.text, lang), localText(x.answerText, lang)]),
      });
  }

  const metadata = [
    `${w.state[report.state]} · ${say('meta_version', { version: report.version })}`,
    say('meta_generated', { date: formatDate(report.generatedAt, lang) }),
    ...(report.publishedAt ? [say('meta_published', { date: formatDate(report.publishedAt, lang) })] : []),
  ];
  return {
    title: w.title,
    subtitle: w.subtitle,
    lang,
    metadata,
    blocks,
    footer: say('footer_progress', {
      round: c.round.label,
      version: report.version,
      date: formatDate(input.exportedAt, lang),
    }),
  };
}
