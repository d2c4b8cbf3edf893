import { useEffect, useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load, problemText } from '../../components/Status.tsx';
import { lang, t } from '../../i18n/i18n.ts';
import { ApiError, type Area, getCountries } from '../../lib/api.ts';
import { href } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  getProgress,
  getQuestionnaire,
  getRounds,
  type ProgressReport,
  type Questionnaire,
  type Round,
} from './api.ts';
import { DocumentHead, ProgressDocument } from './Document.tsx';
import { GeneratePanel, ManagePanel, type Notice, NoticeLine } from './Manage.tsx';
import {
  EXPORT_FORMATS,
  exportPath,
  reportRounds,
  roundOf,
  type Unavailable,
  unavailableOf,
} from './state.ts';
import './progress.css';

function Downloads(props: { roundId: number }) {
  const l = lang();
  return (
    <nav class="pr-downloads no-print" aria-label={t('progress.downloads')}>
      <span>{t('progress.downloads')}</span>
      <ul>
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <a href={exportPath(props.roundId, f, l)} download>
              {t(`progress.download.${f}`)}
            </a>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => window.print()}>
            {t('progress.print')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

function signInHref(): string {
  const params = new URLSearchParams({ next: location.pathname + location.search });
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) params.set('lang', asked);
  return `/sign-in?${params}`;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'report'; report: ProgressReport }
  | { kind: 'unavailable'; why: Unavailable }
  | { kind: 'error'; error: Error };

/** One round's report: the document, with the secretariat's panel while it is a draft. */
function RoundReport(props: { round: Round; manage: boolean }) {
  const { manage } = props;
  const [round, setRound] = useState(props.round);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const countries = useAsync(() => getCountries().catch(() => new Map<string, Area>()), []);
  const questionnaire = useAsync(
    () => getQuestionnaire(round.questionnaireId).catch((): Questionnaire | null => null),
    [round.questionnaireId],
  );
  useEffect(() => {
    let live = true;
    setLoaded({ kind: 'loading' });
    getProgress(round.id).then(
      (report) => live && setLoaded({ kind: 'report', report }),
      (e: unknown) => {
        if (!live) return;
        const why = e instanceof ApiError ? unavailableOf(e.status, manage) : null;
        setLoaded(
          why
            ? { kind: 'unavailable', why }
            : { kind: 'error', error: e instanceof Error ? e : new Error(String(e)) },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [round.id, manage, attempt]);
  const show = (report: ProgressReport, n: Notice) => {
    setLoaded({ kind: 'report', report });
    setNotice(n);
  };

  if (loaded.kind === 'loading')
    return (
      <>
        <h1>{t('progress.title')}</h1>
        <p class="status" aria-live="polite">
          {t('common.loading')}
        </p>
      </>
    );
  if (loaded.kind === 'error')
    return (
      <>
        <h1>{t('progress.title')}</h1>
        <div class="status error" role="alert">
          <p>{t('common.error', { message: problemText(loaded.error) })}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      </>
    );
  if (loaded.kind === 'unavailable') {
    const closed = round.state === 'closed' || round.state === 'published';
    return (
      <>
        <h1>{t('progress.title')}</h1>
        <p class="pr-round">{t('progress.roundLine', { round: round.label })}</p>
        {loaded.why === 'not-published' && (
          <div class="status pr-unavailable" data-unavailable="not-published">
            <p>{t('progress.notPublished', { round: round.label })}</p>
            {!manage && (
              <p>
                {t('progress.secretariatSignIn')} <a href={signInHref()}>{t('progress.signIn')}</a>
              </p>
            )}
          </div>
        )}
        {loaded.why === 'not-generated' && (
          <div class="status pr-unavailable" data-unavailable="not-generated">
            <p>{t('progress.notGenerated', { round: round.label })}</p>
            {!closed && <p>{t('progress.roundNotClosed', { round: round.label })}</p>}
          </div>
        )}
        {loaded.why === 'not-generated' && manage && closed && (
          <GeneratePanel round={round} onReport={show} />
        )}
        <p class="no-print">
          <a href={href('/reporting/progress')}>{t('progress.allRounds')}</a>
        </p>
      </>
    );
  }
  const { report } = loaded;
  return (
    <article class="pr-doc" data-state={report.state} data-version={report.version}>
      <DocumentHead report={report} />
      <NoticeLine notice={report.allowed.edit || report.allowed.publish ? null : notice} />
      {manage && (
        <ManagePanel
          report={report}
          round={round}
          countries={countries.status === 'ok' ? countries.data : new Map()}
          notice={notice}
          onReport={show}
          onRound={setRound}
        />
      )}
      <Downloads roundId={round.id} />
      <ProgressDocument
        report={report}
        countries={countries.status === 'ok' ? countries.data : new Map()}
        questionnaire={questionnaire.status === 'ok' ? questionnaire.data : null}
      />
    </article>
  );
}

/** The rounds with a report to read: the published ones, and the closed ones for the secretariat. */
function RoundList(props: { rounds: Round[]; manage: boolean }) {
  const list = reportRounds(props.rounds, props.manage);
  return (
    <>
      <h1>{t('progress.title')}</h1>
      <p>{t('progress.intro')}</p>
      <h2>{t('progress.list')}</h2>
      {list.length === 0 ? (
        <p class="muted">{t('progress.noneYet')}</p>
      ) : (
        <ul class="pr-list">
          {list.map((r) => (
            <li key={r.id}>
              <a href={href('/reporting/progress', { round: r.year })}>
                {t('progress.listItem', { round: r.label })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The global progress report of a round (`?round=<year>`): a document to read and print, public once the round is
 * published; the secretariat generates, edits and publishes it here. Without a round: the reports there are.
 */
export default function ProgressPage({ url }: PageProps) {
  const { session } = useSession();
  const rounds = useAsync(getRounds, []);
  const manage = session?.permissions.includes('reporting.manage') ?? false;
  const asked = url.searchParams.get('round');
  if (session === null)
    return (
      <section class="page progress">
        <h1>{t('progress.title')}</h1>
        <p class="status" aria-live="polite">
          {t('common.loading')}
        </p>
      </section>
    );
  return (
    <section class="page progress">
      <Load state={rounds}>
        {(list) => {
          if (asked === null || asked.trim() === '') return <RoundList rounds={list} manage={manage} />;
          const round = roundOf(list, asked);
          if (!round)
            return (
              <>
                <h1>{t('progress.title')}</h1>
                <p class="status error" role="alert">
                  {t('progress.noRound', { round: asked })}
                </p>
                <p>
                  <a href={href('/reporting/progress')}>{t('progress.allRounds')}</a>
                </p>
              </>
            );
          return <RoundReport key={round.id} round={round} manage={manage} />;
        }}
      </Load>
    </section>
  );
}
