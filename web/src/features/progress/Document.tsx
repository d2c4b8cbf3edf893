import { useRef } from 'preact/hooks';
import {
  formatChange,
  type ProgressWords,
  progressWords,
} from '../../../../src/modules/reporting/domain/progress/messages.ts';
import { type Bar, BarChart } from '../../components/charts.tsx';
import { lang, locale, t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { areaName, formatDate, formatNumber, labelOf } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { ListTable } from '../accounts/components.tsx';
import type { ProgressContent, ProgressReport, Questionnaire } from './api.ts';
import {
  type Compared,
  differenceOf,
  distinctSources,
  type GroupRow,
  groupRow,
  paragraphs,
  sourceTarget,
  type TextSection,
} from './state.ts';

type SourceRef = ProgressContent['narratives'][number]['source'];
type LocalText = ProgressContent['questions'][number]['text'];

interface Ctx {
  content: ProgressContent;
  words: ProgressWords;
  countries: Map<string, Area>;
  /** The country of each report the content counts. */
  reportArea: Map<number, string>;
  questionnaire: Questionnaire | null;
}

const local = (text: LocalText) => text[lang()] || text.en;
const nameOf = (ctx: Ctx, code: string | null, fallback?: string | null) =>
  code === null ? '' : areaName(code, ctx.countries, fallback ?? undefined);

/** A signed count in the reader's language: "+3", "−2", "0". */
function signed(n: number): string {
  return new Intl.NumberFormat(locale(), { signDisplay: 'exceptZero' }).format(n);
}
/** A change as a signed percentage: "+50 %". */
const percent = (fraction: number) => formatChange(fraction, lang());
/** A share without its sign: "50 %". */
const share = (fraction: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** The link to an answer in its report, at the question. */
export function SourceLink(props: { source: SourceRef; children: string; context?: string }) {
  const target = sourceTarget(props.source);
  return (
    <a href={`${href(target.path, target.params)}#${target.hash}`}>
      {props.children}
      {props.context && <span class="visually-hidden"> — {props.context}</span>}
    </a>
  );
}

/** A list of links to answers, named by their countries. */
function Sources(props: { ctx: Ctx; sources: readonly SourceRef[]; context: string }) {
  const list = distinctSources(props.sources);
  if (list.length === 0) return <span class="muted">—</span>;
  return (
    <ul class="pr-sources">
      {list.map((s) => {
        const country = nameOf(props.ctx, s.area) || String(s.reportId);
        return (
          <li key={`${s.reportId}:${s.question}:${s.row ?? 0}`}>
            <SourceLink source={s} context={props.context}>
              {s.row ? t('progress.sourceRow', { country, row: formatNumber(s.row) }) : country}
            </SourceLink>
          </li>
        );
      })}
    </ul>
  );
}

/** Links to the reports a count counts, named by their countries. */
function ReportLinks(props: { ctx: Ctx; ids: readonly number[]; context: string }) {
  if (props.ids.length === 0) return <span class="muted">—</span>;
  return (
    <ul class="pr-sources">
      {props.ids.map((id) => {
        const area = props.ctx.reportArea.get(id) ?? null;
        return (
          <li key={id}>
            <a href={href('/reporting/report', { id })}>
              {nameOf(props.ctx, area) || formatNumber(id)}
              <span class="visually-hidden"> — {props.context}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The secretariat's text of a part of the report, paragraph by paragraph, as text. */
function Paras(props: { text: string | undefined }) {
  const ps = paragraphs(props.text ?? '');
  if (ps.length === 0) return null;
  return (
    <div class="pr-text">
      {ps.map((p, i) => (
        <p key={i} dir="auto">
          {p}
        </p>
      ))}
    </div>
  );
}

function SectionText(props: { ctx: Ctx; section: TextSection }) {
  return <Paras text={props.ctx.content.editorial.sections[props.section]} />;
}

function ChangeCell(props: { c: Compared }) {
  const { diff, ratio } = props.c;
  if (diff === null) return <td class="num">—</td>;
  return (
    <td class="num">
      <bdi dir="ltr">
        {ratio === null
          ? signed(diff)
          : t('progress.changeValue', { diff: signed(diff), ratio: percent(ratio) })}
      </bdi>
    </td>
  );
}

function GroupTable(props: { ctx: Ctx; caption: string; rows: GroupRow[]; id: string }) {
  const { ctx } = props;
  const { words } = ctx;
  const previous = ctx.content.previous !== null;
  return (
    <ListTable caption={props.caption} captionHidden class="pr-table">
      <thead>
        <tr>
          <th scope="col">{words.columns.group}</th>
          <th scope="col" class="num">
            {words.columns.countries}
          </th>
          <th scope="col" class="num">
            {words.columns.authorities}
          </th>
          {previous && (
            <>
              <th scope="col" class="num">
                {words.columns.previous_authorities}
              </th>
              <th scope="col" class="num">
                {t('progress.colChange')}
              </th>
            </>
          )}
          <th scope="col" class="num">
            {words.columns.reports}
          </th>
          {previous && (
            <>
              <th scope="col" class="num">
                {words.columns.previous_reports}
              </th>
              <th scope="col" class="num">
                {t('progress.colChange')}
              </th>
            </>
          )}
          <th scope="col">{t('progress.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => {
          const group = words.groups[r.code] ?? r.code;
          return (
            <tr key={r.code} data-group={r.code}>
              <th scope="row">{group}</th>
              <td class="num">{formatNumber(r.countries)}</td>
              <td class="num" data-count="authorities">
                {formatNumber(r.authorities.now)}
              </td>
              {previous && (
                <>
                  <td class="num">
                    {r.authorities.before === null ? '—' : formatNumber(r.authorities.before)}
                  </td>
                  <ChangeCell c={r.authorities} />
                </>
              )}
              <td class="num" data-count="reports">
                {formatNumber(r.reports.now)}
              </td>
              {previous && (
                <>
                  <td class="num">{r.reports.before === null ? '—' : formatNumber(r.reports.before)}</td>
                  <ChangeCell c={r.reports} />
                </>
              )}
              <td>
                <ReportLinks ctx={ctx} ids={r.reportIds} context={`${words.columns.reports}, ${group}`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ListTable>
  );
}

/** A chart of one count by group, this round's bars with the previous round's count beside each. */
function GroupChart(props: { ctx: Ctx; rows: GroupRow[]; key_: 'authorities' | 'reports'; title: string }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const previous = props.ctx.content.previous;
  const bars: Bar[] = props.rows.map((r) => {
    const c = r[props.key_];
    return {
      key: r.code,
      label: props.ctx.words.groups[r.code] ?? r.code,
      value: c.now,
      ...(previous && c.before !== null
        ? { extra: t('progress.chartPrevious', { round: previous.label, value: formatNumber(c.before) }) }
        : {}),
    };
  });
  return (
    <figure class="pr-chart">
      <figcaption class="figure-title">{props.title}</figcaption>
      <BarChart bars={bars} digits={0} svgRef={svgRef} label={props.title} />
    </figure>
  );
}

function Participation(props: { ctx: Ctx }) {
  const { ctx } = props;
  const { words, content } = ctx;
  const groups = [
    { id: 'region', title: words.byRegion, rows: content.participation.byRegion.map(groupRow) },
    { id: 'income', title: words.byIncome, rows: content.participation.byIncome.map(groupRow) },
  ];
  return (
    <section class="pr-section" aria-labelledby="pr-participation">
      <h2 id="pr-participation">{words.headings.participation}</h2>
      <SectionText ctx={ctx} section="participation" />
      <p>
        {content.previous
          ? t('progress.previousLine', { previous: content.previous.label })
          : t('progress.noPrevious')}
      </p>
      {groups.map((g) => (
        <section key={g.id} class="pr-group" aria-labelledby={`pr-by-${g.id}`} data-by={g.id}>
          <h3 id={`pr-by-${g.id}`}>{g.title}</h3>
          <GroupTable
            ctx={ctx}
            caption={g.title}
            rows={[...g.rows, groupRow(content.participation.total)]}
            id={g.id}
          />
          <div class="pr-charts">
            <GroupChart
              ctx={ctx}
              rows={g.rows}
              key_="authorities"
              title={t('progress.chartAuthorities', { group: g.title })}
            />
            <GroupChart
              ctx={ctx}
              rows={g.rows}
              key_="reports"
              title={t('progress.chartReports', { group: g.title })}
            />
          </div>
        </section>
      ))}
    </section>
  );
}

/** The words of an agreement's type: the option's text in the reporting instrument, else the code as it came. */
function agreementType(ctx: Ctx, code: string | null): string {
  if (code === null) return '—';
  for (const s of ctx.questionnaire?.definition.sections ?? [])
    for (const q of s.questions)
      if (q.type === 'table')
        for (const c of q.columns) {
          const option = c.options?.find((o) => o.code === code);
          if (c.id === 'type' && option) return local(option.text);
        }
  return code;
}

function Agreements(props: { ctx: Ctx }) {
  const { ctx } = props;
  const { words, content } = ctx;
  return (
    <section class="pr-section" aria-labelledby="pr-agreements">
      <h2 id="pr-agreements">{words.headings.agreements}</h2>
      <SectionText ctx={ctx} section="agreements" />
      <p>{words.summary.agreements}</p>
      {content.agreements.list.length === 0 ? (
        <p class="muted">{t('progress.noAgreements')}</p>
      ) : (
        <ListTable caption={words.headings.agreements} captionHidden class="pr-table">
          <thead>
            <tr>
              <th scope="col">{words.columns.country}</th>
              <th scope="col">{words.columns.partner}</th>
              <th scope="col">{words.columns.type}</th>
              <th scope="col">{words.columns.signed}</th>
              <th scope="col">{words.columns.cadres}</th>
              <th scope="col">{words.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {content.agreements.list.map((a, i) => {
              const country = nameOf(ctx, a.area);
              return (
                <tr key={i}>
                  <th scope="row">{country}</th>
                  <td>{a.partner ? nameOf(ctx, a.partner) : '—'}</td>
                  <td>{agreementType(ctx, a.type)}</td>
                  <td>
                    <bdi>{a.signed ?? '—'}</bdi>
                  </td>
                  <td>
                    <bdi>{a.cadres ?? '—'}</bdi>
                  </td>
                  <td>
                    <SourceLink source={a.source} context={words.headings.agreements}>
                      {t('progress.sourceRow', { country, row: formatNumber(a.source.row ?? i + 1) })}
                    </SourceLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ListTable>
      )}
    </section>
  );
}

function Tally(props: { ctx: Ctx; q: ProgressContent['questions'][number] }) {
  const { ctx, q } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const question = local(q.text);
  const id = `pr-q-${q.question.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section class="pr-tally" aria-labelledby={id} data-question={q.question}>
      <h3 id={id}>{question}</h3>
      <p class="small">{t('progress.answeredBy', { count: formatNumber(q.answered) })}</p>
      <div class="pr-tally-body">
        <ListTable caption={question} captionHidden class="pr-table">
          <thead>
            <tr>
              <th scope="col">{ctx.words.columns.option}</th>
              <th scope="col" class="num">
                {ctx.words.columns.count}
              </th>
              <th scope="col">{t('progress.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {q.counts.map((c) => (
              <tr key={c.option}>
                <th scope="row">{local(c.text)}</th>
                <td class="num">{formatNumber(c.count)}</td>
                <td>
                  <Sources ctx={ctx} sources={c.sources} context={`${question}: ${local(c.text)}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </ListTable>
        {q.answered > 0 && (
          <figure class="pr-chart pr-chart-small">
            <BarChart
              bars={q.counts.map((c) => ({ key: c.option, label: local(c.text), value: c.count }))}
              digits={0}
              svgRef={svgRef}
              label={t('progress.chartTally', { question })}
            />
          </figure>
        )}
      </div>
    </section>
  );
}

function Questions(props: { ctx: Ctx }) {
  const { ctx } = props;
  return (
    <section class="pr-section" aria-labelledby="pr-questions">
      <h2 id="pr-questions">{ctx.words.headings.questions}</h2>
      <SectionText ctx={ctx} section="questions" />
      {ctx.content.questions.length === 0 ? (
        <p class="muted">{t('progress.noQuestions')}</p>
      ) : (
        ctx.content.questions.map((q) => <Tally key={q.question} ctx={ctx} q={q} />)
      )}
    </section>
  );
}

function Narratives(props: { ctx: Ctx }) {
  const { ctx } = props;
  const chosen = ctx.content.narratives.filter((n) => n.selected);
  return (
    <section class="pr-section" aria-labelledby="pr-narratives">
      <h2 id="pr-narratives">{ctx.words.headings.narratives}</h2>
      <SectionText ctx={ctx} section="narratives" />
      {chosen.length === 0 ? (
        <p class="muted">{t('progress.noNarratives')}</p>
      ) : (
        chosen.map((n) => {
          const country = nameOf(ctx, n.source.area, n.areaName);
          return (
            <figure key={n.id} class="pr-quote" data-narrative={n.id}>
              <blockquote>
                {paragraphs(n.text).map((p, i) => (
                  <p key={i} dir="auto">
                    {p}
                  </p>
                ))}
              </blockquote>
              <figcaption>
                {t('progress.quoteFrom', { country, question: local(n.questionText) })}{' '}
                <span class="no-print">
                  · <SourceLink source={n.source}>{t('progress.readAnswer', { country })}</SourceLink>
                </span>
              </figcaption>
            </figure>
          );
        })
      )}
    </section>
  );
}

function Figures(props: { ctx: Ctx }) {
  const { ctx } = props;
  const { words } = ctx;
  const figures = ctx.content.figures;
  return (
    <section class="pr-section" aria-labelledby="pr-figures">
      <h2 id="pr-figures">{words.headings.figures}</h2>
      <SectionText ctx={ctx} section="figures" />
      <p>{words.figuresNote}</p>
      {figures.length === 0 ? (
        <p class="muted">{t('progress.noFigures')}</p>
      ) : (
        <ListTable caption={words.headings.figures} captionHidden class="pr-table pr-figures">
          <thead>
            <tr>
              <th scope="col">{words.columns.country}</th>
              <th scope="col">{words.columns.measure}</th>
              <th scope="col">{words.columns.occupation}</th>
              <th scope="col">{words.columns.partner}</th>
              <th scope="col" class="num">
                {words.columns.year}
              </th>
              <th scope="col" class="num">
                {words.columns.reported}
              </th>
              <th scope="col" class="num">
                {words.columns.stored}
              </th>
              <th scope="col" class="num">
                {t('progress.colDifference')}
              </th>
              <th scope="col">{t('progress.colExplained')}</th>
              <th scope="col">{words.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => {
              const country = nameOf(ctx, f.area);
              const d = differenceOf(f);
              const source = f.storedSource ?? '';
              const amount =
                d.kind === 'higher' || d.kind === 'lower'
                  ? d.ratio === null
                    ? formatNumber(Math.abs(d.diff))
                    : `${formatNumber(Math.abs(d.diff))} (${share(Math.abs(d.ratio))})`
                  : '';
              return (
                <tr key={i} data-difference={d.kind}>
                  <th scope="row">{country}</th>
                  <td>{words.measures[`${f.measure}_${f.basis}`] ?? f.measure}</td>
                  <td>{labelOf('occupation', f.occupation)}</td>
                  <td>{f.partner ? nameOf(ctx, f.partner) : t('progress.partnerAll')}</td>
                  <td class="num">
                    <bdi>{f.year}</bdi>
                  </td>
                  <td class="num">{formatNumber(f.reported)}</td>
                  <td class="num">{f.stored === null ? '—' : formatNumber(f.stored)}</td>
                  <td class="num">
                    <bdi>
                      {d.kind === 'higher' || d.kind === 'lower'
                        ? signed(d.diff)
                        : d.kind === 'same'
                          ? '0'
                          : '—'}
                    </bdi>
                  </td>
                  <td>
                    {d.kind === 'none'
                      ? t('progress.diffNone')
                      : d.kind === 'same'
                        ? t('progress.diffSame', { source })
                        : t(d.kind === 'higher' ? 'progress.diffHigher' : 'progress.diffLower', {
                            diff: amount,
                            source,
                          })}
                  </td>
                  <td>
                    <SourceLink source={f.source} context={words.headings.figures}>
                      {t('progress.sourceRow', { country, row: formatNumber(f.source.row ?? 1) })}
                    </SourceLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ListTable>
      )}
    </section>
  );
}

function Annexes(props: { ctx: Ctx }) {
  const { ctx } = props;
  const { words } = ctx;
  return (
    <section class="pr-section pr-annexes" aria-labelledby="pr-annexes">
      <h2 id="pr-annexes">{words.headings.annexes}</h2>
      <SectionText ctx={ctx} section="annexes" />
      {ctx.content.annexes.length === 0 && <p class="muted">{t('progress.noAnnexes')}</p>}
      {ctx.content.annexes.map((a) => {
        const country = nameOf(ctx, a.area, a.areaName);
        const id = `pr-annex-${a.area}`;
        return (
          <section key={a.area} class="pr-annex" aria-labelledby={id} data-area={a.area}>
            <h3 id={id}>{country}</h3>
            <dl class="facts">
              <dt>{words.columns.authority}</dt>
              <dd>
                <bdi>{a.authority ?? '—'}</bdi>
              </dd>
              <dt>{words.columns.state}</dt>
              <dd>
                {words.reportStates[a.state] ?? a.state}
                {a.reportId !== null && (
                  <span class="no-print">
                    {' · '}
                    <a href={href('/reporting/report', { id: a.reportId })}>
                      {t('progress.openReport')}
                      <span class="visually-hidden"> — {country}</span>
                    </a>
                  </span>
                )}
              </dd>
            </dl>
            {a.answers.length > 0 ? (
              <ListTable caption={country} captionHidden class="pr-table">
                <thead>
                  <tr>
                    <th scope="col">{words.columns.question}</th>
                    <th scope="col">{words.columns.option}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.answers.map((ans) => (
                    <tr key={ans.question}>
                      <th scope="row">{local(ans.text)}</th>
                      <td>
                        {a.reportId === null ? (
                          local(ans.answerText)
                        ) : (
                          <SourceLink
                            source={{ reportId: a.reportId, area: a.area, question: ans.question }}
                            context={`${country}: ${local(ans.text)}`}
                          >
                            {local(ans.answerText)}
                          </SourceLink>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ListTable>
            ) : (
              a.reportId !== null && <p class="muted small">{t('progress.noAnswers')}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** The report's title block: what WHA documents open with. */
export function DocumentHead(props: { report: ProgressReport }) {
  const { report } = props;
  const words = progressWords(report.content, lang());
  return (
    <header class="pr-head">
      <p class="pr-subtitle">{words.subtitle}</p>
      <h1>{words.title}</h1>
      <p class="pr-meta">
        <span class="pr-state" data-state={report.state}>
          {words.state[report.state]}
        </span>{' '}
        {report.state === 'published' && report.publishedAt
          ? t('progress.publishedLine', { date: formatDate(report.publishedAt) })
          : t('progress.draftNotice', { version: formatNumber(report.version) })}
      </p>
    </header>
  );
}

/** The global progress report as a document: summary, participation, agreements, tallies, narratives, figures, annexes. */
export function ProgressDocument(props: {
  report: ProgressReport;
  countries: Map<string, Area>;
  questionnaire: Questionnaire | null;
}) {
  const { content } = props.report;
  const words = progressWords(content, lang());
  const ctx: Ctx = {
    content,
    words,
    countries: props.countries,
    questionnaire: props.questionnaire,
    reportArea: new Map(content.annexes.flatMap((a) => (a.reportId === null ? [] : [[a.reportId, a.area]]))),
  };
  return (
    <>
      <section class="pr-section" aria-labelledby="pr-summary">
        <h2 id="pr-summary">{words.headings.summary}</h2>
        <Paras text={content.editorial.summary} />
        <ul class="pr-summary" data-summary>
          <li>{words.summary.authorities}</li>
          <li>{words.summary.reports}</li>
          <li>{words.summary.agreements}</li>
          <li>{words.summary.stakeholders}</li>
        </ul>
      </section>
      <Participation ctx={ctx} />
      <Agreements ctx={ctx} />
      <Questions ctx={ctx} />
      <Narratives ctx={ctx} />
      <Figures ctx={ctx} />
      <section class="pr-section" aria-labelledby="pr-stakeholders">
        <h2 id="pr-stakeholders">{words.headings.stakeholders}</h2>
        <p>{words.summary.stakeholders}</p>
      </section>
      <Annexes ctx={ctx} />
    </>
  );
}
