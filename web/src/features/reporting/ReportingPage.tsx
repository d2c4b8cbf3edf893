import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { SignInPrompt } from '../accounts/components.tsx';
import { RoundDashboard } from './Dashboard.tsx';
import { AuthorityHome, StakeholderHome } from './Participant.tsx';
import { RoundsHub } from './Rounds.tsx';
import { authorityAreas, canManage, viewOf } from './state.ts';
import './reporting.css';

function PublishedLink() {
  return (
    <p>
      <a href={href('/reports')}>{t('reporting.publishedLink')}</a>
    </p>
  );
}

/**
 * WHO Global Code reporting, by who reads it: the secretariat's rounds and each round's dashboard (`?round=ID`),
 * a national authority's report for the open round, a stakeholder's reports; the public is sent to sign in or to
 * the published reports.
 */
export default function ReportingPage({ url }: PageProps) {
  const { session } = useSession();
  if (session === null)
    return (
      <section class="page reporting">
        <h1>{t('reporting.title')}</h1>
        <p class="status" aria-live="polite">
          {t('common.loading')}
        </p>
      </section>
    );
  const view = viewOf(session);
  const round = Number.parseInt(url.searchParams.get('round') ?? '', 10);
  if (view === 'secretariat' && Number.isInteger(round) && round > 0)
    return (
      <section class="page reporting">
        <RoundDashboard key={round} roundId={round} manage={canManage(session)} />
      </section>
    );
  return (
    <section class="page reporting">
      <h1>{t('reporting.title')}</h1>
      <p>{t('reporting.intro')}</p>
      {view === 'secretariat' && <RoundsHub manage={canManage(session)} />}
      {view === 'authority' && <AuthorityHome areas={authorityAreas(session)} />}
      {view === 'stakeholder' && <StakeholderHome />}
      {view === 'signed-in' && <p class="status">{t('reporting.noPart')}</p>}
      {view === 'public' && <SignInPrompt />}
      <PublishedLink />
    </section>
  );
}
