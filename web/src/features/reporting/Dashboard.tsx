import { useState } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Load } from '../../components/Status.tsx';
import { lang, t } from '../../i18n/i18n.ts';
import { getCountries } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, labelOf, regionName } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { when } from '../accounts/components.tsx';
import { Authorities } from './Authorities.tsx';
import { getDashboard, getQuestionnaire, getRoundReports, getRounds } from './api.ts';
import { type Notice, NoticeLine, RoundActions } from './Rounds.tsx';
import {
  type AreaRow,
  areasFor,
  changeLines,
  type Dashboard,
  hasPrevious,
  progressOf,
  type ReportSummary,
  reportsNewestFirst,
  TALLY_KEYS,
  type TallyCell,
  tallyCells,
} from './state.ts';
import { changeText, count, dayText, ReportState, reportHref } from './ui.tsx';

type Group = Dashboard['byRegion'][number];

/** A count with the previous round's beside it and the change. */
function Cell(props: { cell: TallyCell; previousLabel: string | null }) {
  const { cell } = props;
  return (
    <span class="tally">
      <span class="tally-now">{count(cell.current)}</span>
      {cell.previous !== null && props.previousLabel && (
        <span class="tally-prev small muted">
          {t('reporting.previous', {
            round: props.previousLabel,
            value: count(cell.previous),
            change: changeText(cell.change ?? 0),
          })}
        </span>
      )}
    </span>
  );
}

function Totals(props: { dashboard: Dashboard; previousLabel: string | null }) {
  return (
    <ul class="rep-tiles" aria-label={t('reporting.total')}>
      {tallyCells(props.dashboard.total).map((c) => (
        <li key={c.key} class="card" data-tally={c.key}>
          <span class="tile-label">{t(`reporting.tally.${c.key}`)}</span>
          <Cell cell={c} previousLabel={props.previousLabel} />
        </li>
      ))}
    </ul>
  );
}

function GroupTable(props: {
  caption: string;
  groups: Group[];
  name: (g: Group) => string;
  previousLabel: string | null;
}) {
  const columns: Column<Group>[] = [
    { key: 'name', label: t('reporting.col.group'), value: props.name },
    ...TALLY_KEYS.map(
      (key): Column<Group> => ({
        key,
        label: t(`reporting.tally.${key}`),
        numeric: true,
        value: (g) => g[key],
        render: (g) => {
          const cell = tallyCells(g).find((c) => c.key === key);
          return cell ? <Cell cell={cell} previousLabel={props.previousLabel} /> : null;
        },
      }),
    ),
  ];
  return <DataTable caption={props.caption} columns={columns} rows={props.groups} rowKey={(g) => g.code} />;
}

const PROGRESS = ['not-started', 'draft', 'submitted', 'accepted'] as const;

function AreasTable(props: { areas: AreaRow[] }) {
  const [progress, setProgress] = useState<(typeof PROGRESS)[number] | ''>('');
  const rows = areasFor(props.areas, progress || null, (a, b) => collator().compare(a, b));
  const columns: Column<AreaRow>[] = [
    {
      key: 'country',
      label: t('reporting.col.country'),
      value: (a) => a.areaName,
      render: (a) => <a href={href(`/country/${a.area}`)}>{a.areaName}</a>,
    },
    { key: 'region', label: t('reporting.col.region'), value: (a) => regionName(a.region) },
    { key: 'authority', label: t('reporting.col.authority'), value: (a) => a.authority ?? '' },
    {
      key: 'report',
      label: t('reporting.col.report'),
      value: (a) => PROGRESS.indexOf(progressOf(a.state)),
      render: (a) =>
        a.reportId === null ? (
          <ReportState state={a.state} />
        ) : (
          <a href={reportHref(a.reportId)}>
            <ReportState state={a.state} />
            <span class="visually-hidden"> — {a.areaName}</span>
          </a>
        ),
    },
  ];
  return (
    <>
      <div class="field rep-filter">
        <label for="areas-progress">{t('reporting.filter')}</label>
        <select
          id="areas-progress"
          value={progress}
          onChange={(e) => setProgress(e.currentTarget.value as typeof progress)}
        >
          <option value="">{t('reporting.filter.all')}</option>
          {PROGRESS.map((p) => (
            <option key={p} value={p}>
              {t(`reporting.tally.${p === 'not-started' ? 'notStarted' : p}`)}
            </option>
          ))}
        </select>
      </div>
      <DataTable
        caption={t('reporting.areas')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(a) => a.area}
      />
    </>
  );
}

function StakeholderReports(props: { reports: ReportSummary[] }) {
  if (props.reports.length === 0) return <p class="muted">{t('reporting.stakeholders.none')}</p>;
  const columns: Column<ReportSummary>[] = [
    {
      key: 'organisation',
      label: t('reporting.col.organisation'),
      value: (r) => r.organisation ?? '',
      render: (r) => <a href={reportHref(r.id)}>{r.organisation ?? '—'}</a>,
    },
    {
      key: 'type',
      label: t('reporting.col.type'),
      value: (r) => (r.organisationType ? t(`reporting.orgType.${r.organisationType}`) : ''),
    },
    { key: 'country', label: t('reporting.col.country'), value: (r) => r.areaName ?? '—' },
    {
      key: 'state',
      label: t('reporting.col.state'),
      value: (r) => t(`reporting.reportState.${r.state}`),
      render: (r) => <ReportState state={r.state} />,
    },
    {
      key: 'updated',
      label: t('reporting.col.updated'),
      value: (r) => r.updatedAt,
      render: (r) => when(r.updatedAt),
    },
  ];
  return (
    <DataTable
      caption={t('reporting.stakeholders.title')}
      captionHidden
      columns={columns}
      rows={reportsNewestFirst(props.reports, (a, b) => collator().compare(a, b))}
      rowKey={(r) => String(r.id)}
    />
  );
}

function QuestionnaireChanges(props: { id: number }) {
  const state = useAsync(async () => {
    const next = await getQuestionnaire(props.id);
    const prev = next.derivedFrom === null ? null : await getQuestionnaire(next.derivedFrom);
    return { next, prev };
  }, [props.id]);
  const l = lang();
  return (
    <Load state={state}>
      {({ next, prev }) => {
        const lines = changeLines(next.changes, next.definition, prev?.definition ?? null, l);
        return (
          <>
            <p>
              <strong>
                {t('reporting.questionnaire.version', {
                  title: next.title[l] ?? next.title.en,
                  version: next.version,
                })}
              </strong>
              <br />
              <span class="small muted">
                {t('reporting.questionnaire.counts', {
                  sections: count(next.sections),
                  questions: count(next.questions),
                })}
              </span>
            </p>
            {prev === null ? (
              <p class="muted">{t('reporting.questionnaire.first')}</p>
            ) : (
              <>
                <h3>{t('reporting.questionnaire.changes', { version: prev.version })}</h3>
                {lines.length === 0 ? (
                  <p class="muted">{t('reporting.questionnaire.noChanges')}</p>
                ) : (
                  <ul class="rep-changes">
                    {lines.map(({ change, text }) => (
                      <li key={`${change.kind}-${change.question}`} data-change={change.kind}>
                        <span class="change-kind">
                          {change.kind === 'renamed'
                            ? t('reporting.change.renamed', { previous: change.previous ?? '' })
                            : t(`reporting.change.${change.kind}`)}
                        </span>{' '}
                        <code dir="ltr">{change.question}</code>
                        {text && <span class="change-text"> {text}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </>
        );
      }}
    </Load>
  );
}

/** A round's dashboard: its counts by WHO region and income group against the previous round, its countries and
 * their reports, its authorities, stakeholder reports and questionnaire. */
export function RoundDashboard(props: { roundId: number; manage: boolean }) {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const state = useAsync(
    () =>
      Promise.all([
        getDashboard(props.roundId),
        getRoundReports(props.roundId, { kind: 'stakeholder' }),
        getCountries(),
        getRounds(),
      ]),
    [props.roundId, reload],
  );
  const refresh = () => setReload((n) => n + 1);
  return (
    <Load state={state}>
      {([dashboard, stakeholders, countries, rounds]) => {
        const { round } = dashboard;
        const previous = rounds.find((r) => r.id === round.previousRoundId);
        const previousLabel = hasPrevious(dashboard) ? (previous?.label ?? null) : null;
        const areas = dashboard.areas.map((a) => ({
          ...a,
          areaName: areaName(a.area, countries, a.areaName),
        }));
        const stakeholderRows = stakeholders.map((r) => ({
          ...r,
          areaName: r.area ? areaName(r.area, countries, r.areaName ?? undefined) : null,
        }));
        return (
          <>
            <p class="no-print">
              <a href={href('/reporting')}>{t('reporting.back')}</a>
            </p>
            <h1>{t('reporting.dashboard.title', { round: round.label })}</h1>
            <NoticeLine notice={notice} />
            <dl class="facts">
              <dt>{t('reporting.col.state')}</dt>
              <dd>
                <span class="round-state" data-state={round.state}>
                  {t(`reporting.roundState.${round.state}`)}
                </span>
              </dd>
              <dt>{t('reporting.col.opens')}</dt>
              <dd>{dayText(round.opensOn)}</dd>
              <dt>{t('reporting.col.closes')}</dt>
              <dd>{dayText(round.closesOn)}</dd>
              <dt>{t('reporting.col.questionnaire')}</dt>
              <dd>
                <bdi>{round.questionnaireVersion}</bdi>
              </dd>
              {round.stakeholderQuestionnaireVersion && (
                <>
                  <dt>{t('reporting.col.stakeholderQuestionnaire')}</dt>
                  <dd>
                    <bdi>{round.stakeholderQuestionnaireVersion}</bdi>
                  </dd>
                </>
              )}
            </dl>
            {props.manage && (
              <RoundActions
                round={round}
                onDone={(_, n) => {
                  setNotice(n);
                  refresh();
                }}
              />
            )}
            {(round.state === 'closed' || round.state === 'published') && (
              <p>
                <a href={href('/reporting/progress', { round: round.year })}>{t('reporting.progressLink')}</a>
              </p>
            )}

            <section aria-labelledby="rep-progress">
              <h2 id="rep-progress">{t('reporting.total')}</h2>
              {previousLabel === null && <p class="muted small">{t('reporting.noPrevious')}</p>}
              <Totals dashboard={dashboard} previousLabel={previousLabel} />
              <GroupTable
                caption={t('reporting.byRegion')}
                groups={dashboard.byRegion}
                name={(g) => labelOf('region', g.code, g.name)}
                previousLabel={previousLabel}
              />
              <GroupTable
                caption={t('reporting.byIncome')}
                groups={dashboard.byIncome}
                name={(g) => labelOf('income', g.code, g.name)}
                previousLabel={previousLabel}
              />
            </section>

            <section aria-labelledby="rep-areas">
              <h2 id="rep-areas">{t('reporting.areas')}</h2>
              {areas.length === 0 ? (
                <p class="muted">{t('reporting.noAreas')}</p>
              ) : (
                <AreasTable areas={areas} />
              )}
            </section>

            <Authorities
              round={round}
              countries={countries}
              manage={props.manage}
              onDesignated={(n) => {
                setNotice(n);
                refresh();
              }}
            />

            <section aria-labelledby="rep-stakeholders">
              <h2 id="rep-stakeholders">{t('reporting.stakeholders.title')}</h2>
              <StakeholderReports reports={stakeholderRows} />
            </section>

            <section aria-labelledby="rep-questionnaire">
              <h2 id="rep-questionnaire">{t('reporting.questionnaire.title')}</h2>
              <QuestionnaireChanges id={round.questionnaireId} />
            </section>
          </>
        );
      }}
    </Load>
  );
}
