import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LANG_NAMES } from '../../src/platform/i18n/langs.ts';
import { lazy } from './components/lazy.tsx';
import { NotFound } from './components/Status.tsx';
import { accountRoute } from './features/accounts/routes.ts';
import { SessionEnded, UserMenu } from './features/accounts/UserMenu.tsx';
import {
  askedLang,
  LANGS,
  type Lang,
  langOf,
  langReady,
  loadLang,
  rememberLang,
  setLang,
  t,
} from './i18n/i18n.ts';
import { knownCountries } from './lib/api.ts';
import { areaName, countryNamesReady, loadCountryNames } from './lib/format.ts';
import { currentWith, href, navigate, type Page, pageOf, useUrl } from './lib/router.ts';
import { useSession } from './lib/session.ts';
import './styles.css';

const pages = {
  map: lazy(() => import('./features/map/MapPage.tsx')),
  country: lazy(() => import('./features/profiles/ProfilePage.tsx')),
  compare: lazy(() => import('./features/compare/ComparePage.tsx')),
  flows: lazy(() => import('./features/flows/FlowsPage.tsx')),
  data: lazy(() => import('./features/data/DataPage.tsx')),
  'api-docs': lazy(() => import('./features/api-docs/ApiDocsPage.tsx')),
  audit: lazy(() => import('./features/audit/AuditPage.tsx')),
  approvals: lazy(() => import('./features/approvals/ApprovalsPage.tsx')),
  import: lazy(() => import('./features/imports/ImportPage.tsx')),
  reporting: lazy(() => import('./features/reporting/ReportingPage.tsx')),
  report: lazy(() => import('./features/report/ReportPage.tsx')),
  progress: lazy(() => import('./features/progress/ProgressPage.tsx')),
  reports: lazy(() => import('./features/published/PublishedPage.tsx')),
  recruiters: lazy(() => import('./features/recruiters/RecruitersPage.tsx')),
  recruitment: lazy(() => import('./features/recruitment/RecruitmentPage.tsx')),
  'health-workers': lazy(() => import('./features/recruitment/HealthWorkersPage.tsx')),
  agreements: lazy(() => import('./features/agreements/AgreementsPage.tsx')),
  agreement: lazy(() => import('./features/agreements/AgreementPage.tsx')),
  'agreement-new': lazy(() => import('./features/agreements/NewAgreementPage.tsx')),
  wisn: lazy(() => import('./features/wisn/WisnPage.tsx')),
  planning: lazy(() => import('./features/planning/PlanningPage.tsx')),
};

const NAV = [
  { path: '/', page: 'map', label: 'nav.map' },
  { path: '/compare', page: 'compare', label: 'nav.compare' },
  { path: '/flows', page: 'flows', label: 'nav.flows' },
  { path: '/data', page: 'data', label: 'nav.data' },
  { path: '/reports', page: 'reports', label: 'nav.reports' },
  { path: '/recruiters', page: 'recruiters', label: 'nav.recruiters' },
  { path: '/recruitment', page: 'recruitment', label: 'nav.recruitment' },
  { path: '/health-workers', page: 'health-workers', label: 'nav.health-workers' },
  // On a phone the menu has room for five: the registry and the staffing calculator are linked from the footer there.
  { path: '/agreements', page: 'agreements', label: 'nav.agreements', wide: true },
  { path: '/wisn', page: 'wisn', label: 'nav.wisn', wide: true },
  { path: '/planning', page: 'planning', label: 'nav.planning', wide: true },
] as const;

/** The document title of a page; a profile's own page refines it once the country is known. */
function titleOf(page: Page): string {
  if (page.name === 'country')
    return t('title.country', { name: areaName(page.code, knownCountries() ?? undefined) });
  return t(`title.${page.name}`);
}

/** Whether the language's catalogue and country names are loaded; loads them, then renders again. */
function useLanguage(lang: Lang): boolean {
  const [, setLoaded] = useState(0);
  const ready = langReady(lang) && countryNamesReady(lang);
  useEffect(() => {
    if (!ready)
      void Promise.all([loadLang(lang), loadCountryNames(lang)]).then(() => setLoaded((n) => n + 1));
  }, [lang, ready]);
  return ready;
}

/** Switches the language: into the URL (the truth), remembered for later visits without `?lang=`. */
function chooseLang(l: Lang): void {
  rememberLang(l);
  void Promise.all([loadLang(l), loadCountryNames(l)]).then(() => {
    navigate(currentWith({ lang: l }), { replace: true });
    // The page is drawn anew in the language: the keyboard stays on the menu.
    requestAnimationFrame(() => document.querySelector<HTMLSelectElement>('.langs select')?.focus());
  });
}

/**
 * Without `?lang=`, the page keeps the language the server negotiated and, once signed in, the account's preferred
 * language; either is written into the URL so that links and reloads keep it.
 */
function useAdoptedLang(url: URL): void {
  const { session } = useSession();
  const preferred = (session?.user as { lang?: Lang | null } | null | undefined)?.lang ?? null;
  const asked = askedLang(url.searchParams);
  useEffect(() => {
    if (asked) return;
    const l = preferred ?? langOf(url.searchParams);
    if (l === 'en' && !preferred) return;
    void Promise.all([loadLang(l), loadCountryNames(l)]).then(() =>
      navigate(currentWith({ lang: l }), { replace: true }),
    );
  }, [asked, preferred]);
}

/** The language menu: each language named in itself. */
function LangSwitch({ lang }: { lang: Lang }) {
  return (
    <label class="langs">
      <span class="visually-hidden">{t('lang.label')}</span>
      <select value={lang} onChange={(e) => chooseLang(e.currentTarget.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Follows same-origin links without reloading the page. */
function onClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

function App() {
  const url = useUrl();
  const lang = langOf(url.searchParams);
  const ready = useLanguage(lang);
  if (ready) setLang(lang);
  useAdoptedLang(url);
  const page = pageOf(url.pathname);
  const account = accountRoute(url.pathname);
  document.title = account ? `${t(account.title)} — hwmo` : titleOf(page);
  const current =
    page.name === 'country'
      ? 'map'
      : page.name === 'agreement' || page.name === 'agreement-new'
        ? 'agreements'
        : page.name;
  let body = <NotFound />;
  if (account) body = <account.page url={url} code="" />;
  else if (page.name !== 'not-found') {
    const Page = pages[page.name];
    body = <Page url={url} code={page.name === 'country' ? page.code : ''} />;
  }
  return (
    <div class="layout" key={lang}>
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header class="top no-print">
        <a class="brand" href={href('/')}>
          <span class="logo" aria-hidden="true">
            hwmo
          </span>
          <span>{t('app.title')}</span>
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.path} class={'wide' in n ? 'nav-wide' : undefined}>
                <a href={href(n.path)} aria-current={current === n.page ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LangSwitch lang={lang} />
        <UserMenu />
      </header>
      <SessionEnded />
      <main id="main" tabIndex={-1}>
        {ready ? (
          body
        ) : (
          <p class="status" aria-live="polite">
            {t('common.loading')}
          </p>
        )}
      </main>
      <footer class="muted small">
        <p>{t('app.footer')}</p>
        <p class="nav-narrow no-print">
          <a href={href('/agreements')}>{t('agreements.title')}</a>
          {' · '}
          <a href={href('/wisn')}>{t('wisn.title')}</a>
          {' · '}
          <a href={href('/planning')}>{t('nav.planning')}</a>
        </p>
      </footer>
    </div>
  );
}

const root = document.getElementById('app');
if (root) {
  document.addEventListener('click', onClick);
  // The page's language (its catalogue and country names) before the first render, so that no English flashes.
  const first = langOf(new URLSearchParams(location.search));
  await Promise.all([loadLang(first), loadCountryNames(first)]);
  setLang(first);
  render(<App />, root);
  // From the map, the next page is usually a country's profile: fetch its code once the map's own has arrived.
  if (pageOf(location.pathname).name === 'map')
    void pages.map
      .preload()
      .then(() => pages.country.preload())
      .catch(() => {});
}
