import { render } from 'preact';
import { lazy } from './components/lazy.tsx';
import { LANGS, langOf, setLang, t } from './i18n/i18n.ts';
import { currentWith, href, navigate, pageOf, useUrl } from './lib/router.ts';
import './styles.css';

const pages = {
  map: lazy(() => import('./pages/MapPage.tsx')),
  country: lazy(() => import('./pages/ProfilePage.tsx')),
  compare: lazy(() => import('./pages/ComparePage.tsx')),
  flows: lazy(() => import('./pages/FlowsPage.tsx')),
  data: lazy(() => import('./pages/DataPage.tsx')),
  'api-docs': lazy(() => import('./pages/ApiDocsPage.tsx')),
};

const NAV = [
  { path: '/', page: 'map', label: 'nav.map' },
  { path: '/compare', page: 'compare', label: 'nav.compare' },
  { path: '/flows', page: 'flows', label: 'nav.flows' },
  { path: '/data', page: 'data', label: 'nav.data' },
] as const;

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
  setLang(lang);
  const page = pageOf(url.pathname);
  document.title = t('app.title');
  const current = page.name === 'country' ? 'map' : page.name;
  let body = (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
    </section>
  );
  if (page.name !== 'not-found') {
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
              <li key={n.path}>
                <a href={href(n.path)} aria-current={current === n.page ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <fieldset class="langs">
          <legend class="visually-hidden">{t('lang.label')}</legend>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              onClick={() => navigate(currentWith({ lang: l === 'en' ? null : l }), { replace: true })}
            >
              {t(`lang.${l}`)}
            </button>
          ))}
        </fieldset>
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
      <footer class="muted small">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

const root = document.getElementById('app');
if (root) {
  document.addEventListener('click', onClick);
  render(<App />, root);
  // From the map, the next page is usually a country's profile: fetch its code once the map's own has arrived.
  if (pageOf(location.pathname).name === 'map')
    void pages.map
      .preload()
      .then(() => pages.country.preload())
      .catch(() => {});
}
