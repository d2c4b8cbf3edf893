import { problemText } from '../../components/Status.tsx';
import { type Message, t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { getReportingHistory, searchPublished } from '../published/api.ts';
import { historyRows } from '../published/state.ts';
import { roundLabel } from '../reporting/state.ts';
import './reporting-history.css';

const SLOT = '\uE000';

/**
 * A message holding a name someone typed (an organisation), the name isolated and kept as written: the message is
 * rendered around a marker and the name put in its place, never as markup.
 */
function WithName(props: { message: Message; name: string; vars?: Record<string, string> }) {
  const [before = '', after = ''] = t(props.message, { ...props.vars, organisation: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <bdi translate={false}>{props.name}</bdi>
      {after}
    </>
  );
}

/**
 * The country's reporting under the WHO Global Code, round by round: the designated national authority, the national
 * report (the public sees it once published), and the independent stakeholder reports published about the country.
 */
export function ReportingHistorySection(props: { code: string; name: string }) {
  const { code, name } = props;
  const state = useAsync(
    () =>
      Promise.all([
        getReportingHistory(code),
        searchPublished({ q: '', area: code, round: null, kind: 'stakeholder', page: 1 }),
      ]),
    [code],
  );
  // Areas that take no part in reporting (regions, groups) have no such section.
  if (state.status === 'error' && state.error instanceof ApiError && state.error.status === 404) return null;
  return (
    <section aria-labelledby="code-reporting" class="profile-reporting">
      <h2 id="code-reporting">{t('published.history.title')}</h2>
      <p>{t('published.history.intro', { country: name })}</p>
      {state.status === 'loading' && (
        <p class="status" aria-live="polite">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="status error" role="alert">
          <p>{t('published.history.error', { message: problemText(state.error) })}</p>
          <button type="button" onClick={state.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ok' && (
        <History code={code} name={name} history={state.data[0]} stakeholders={state.data[1]} />
      )}
    </section>
  );
}

function History(props: {
  code: string;
  name: string;
  history: Awaited<ReturnType<typeof getReportingHistory>>;
  stakeholders: Awaited<ReturnType<typeof searchPublished>>;
}) {
  const rows = historyRows(props.history);
  const stakeholders = props.stakeholders.hits;
  return (
    <>
      {rows.length === 0 ? (
        <p>{t('published.history.none')}</p>
      ) : (
        <ul class="rep-history">
          {rows.map((r) => {
            const round = roundLabel(r.year);
            return (
              <li key={r.roundId} data-round={r.year}>
                <h3>
                  {t('published.history.round', { round })}{' '}
                  <span class="muted small">({t(`published.history.roundState.${r.roundState}`)})</span>
                </h3>
                <p>
                  {r.authority ? (
                    <WithName message="published.history.authority" name={r.authority} />
                  ) : (
                    t('published.history.noAuthority')
                  )}
                </p>
                {r.report === null ? (
                  <p>{t('published.history.noReport')}</p>
                ) : (
                  <p>
                    {r.report.state === 'published' && r.report.publishedAt
                      ? t('published.history.reportPublished', { date: formatDate(r.report.publishedAt) })
                      : t('published.history.reportState', {
                          state: t(`published.history.state.${r.report.state}`),
                        })}{' '}
                    <a href={href('/reporting/report', { id: r.report.id })}>
                      {t('published.history.read', { round })}
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('published.history.stakeholders', { country: props.name })}</h3>
      {stakeholders.length === 0 ? (
        <p>{t('published.history.noStakeholders', { country: props.name })}</p>
      ) : (
        <ul class="rep-stakeholders">
          {stakeholders.map((s) => (
            <li key={s.id}>
              <a href={href('/reporting/report', { id: s.id })}>
                <WithName
                  message="published.history.stakeholder"
                  name={s.organisation ?? ''}
                  vars={{ round: roundLabel(s.roundYear), date: formatDate(s.publishedAt) }}
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href('/reports', { area: props.code })}>
          {t('published.history.all', { country: props.name })}
        </a>
      </p>
    </>
  );
}
