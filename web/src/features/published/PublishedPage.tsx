import { useState } from 'preact/hooks';
import type { Round } from '../../../../src/modules/reporting/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, formatDate, formatNumber } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { type Async, useAsync } from '../../lib/use-async.ts';
import { roundLabel } from '../reporting/state.ts';
import { getRounds, searchPublished } from './api.ts';
import {
  exportPaths,
  filtered,
  highlight,
  hitTarget,
  KINDS,
  type Kind,
  PAGE_SIZE,
  type PublishedHit,
  type PublishedSearch,
  pageCount,
  paramsOf,
  resolveCountry,
  type SearchView,
  viewFromQuery,
} from './state.ts';
import './published.css';

type Names = { code: string; name: string }[];

/** The countries by name in the reader's language, for the picker. */
function countryNames(countries: Map<string, Area> | null): Names {
  if (!countries) return [];
  return [...countries.values()]
    .map((a) => ({ code: a.code, name: areaName(a.code, countries) }))
    .sort((a, b) => collator().compare(a.name, b.name));
}

/**
 * The published national, stakeholder and progress reports, searched by words, country, round and kind; every
 * filter is in the URL, and the page is open to everyone.
 */
export default function PublishedPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const countries = useAsync(() => getCountries(), []);
  const rounds = useAsync(() => getRounds(), []);
  const key = JSON.stringify(paramsOf(view));
  const results = useAsync(() => searchPublished(view), [key]);
  const known = countries.status === 'ok' ? countries.data : null;
  return (
    <section class="page published">
      <h1>{t('published.title')}</h1>
      <p>{t('published.intro')}</p>
      <SearchForm
        key={key}
        view={view}
        names={countryNames(known)}
        rounds={rounds.status === 'ok' ? rounds.data : []}
      />
      <Results view={view} state={results} countries={known} />
    </section>
  );
}

function SearchForm(props: { view: SearchView; names: Names; rounds: Round[] }) {
  const { view, names } = props;
  const current = view.area ? (names.find((n) => n.code === view.area)?.name ?? view.area) : '';
  // Every field is the form's own state (from the URL when the form is drawn), so none is reset while another changes.
  const [q, setQ] = useState(view.q);
  const [country, setCountry] = useState<string | null>(null);
  const [round, setRound] = useState(view.round === null ? '' : String(view.round));
  const [kind, setKind] = useState<string>(view.kind ?? '');
  const [unknown, setUnknown] = useState<string | null>(null);
  const years = [...new Set([...props.rounds.map((r) => r.year), ...(view.round ? [view.round] : [])])].sort(
    (a, b) => b - a,
  );
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const typed = (country ?? current).trim();
    const area = typed === '' ? null : typed === current ? view.area : resolveCountry(typed, names);
    if (typed !== '' && area === null) {
      setUnknown(typed);
      return;
    }
    setUnknown(null);
    const year = Number.parseInt(round, 10);
    setParams(
      paramsOf({
        q: q.trim(),
        area,
        round: Number.isInteger(year) ? year : null,
        kind: (KINDS as readonly string[]).includes(kind) ? (kind as Kind) : null,
        page: 1,
      }),
    );
  };
  return (
    <form class="controls pub-search no-print" aria-label={t('published.search')} onSubmit={onSubmit}>
      <label class="pub-q">
        {t('published.field.q')}
        <input
          type="search"
          name="q"
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
          maxLength={200}
          aria-describedby="pub-q-hint"
          autocomplete="off"
        />
        <span id="pub-q-hint" class="small">
          {t('published.field.qHint')}
        </span>
      </label>
      <label class="pub-country">
        {t('published.field.country')}
        <input
          type="search"
          name="country"
          list="pub-countries"
          autocomplete="off"
          value={country ?? current}
          onInput={(e) => setCountry(e.currentTarget.value)}
          aria-describedby={unknown ? 'pub-country-hint pub-country-error' : 'pub-country-hint'}
          aria-invalid={unknown ? 'true' : undefined}
        />
        <span id="pub-country-hint" class="small">
          {t('published.field.countryHint')}
        </span>
        {unknown && (
          <span id="pub-country-error" class="small pub-error" role="alert">
            {t('published.unknownCountry', { name: unknown })}
          </span>
        )}
      </label>
      <datalist id="pub-countries">
        {names.map((n) => (
          <option key={n.code} value={n.name} />
        ))}
      </datalist>
      <label>
        {t('published.field.round')}
        <select name="round" value={round} onChange={(e) => setRound(e.currentTarget.value)}>
          <option value="">{t('published.field.anyRound')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {roundLabel(y)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('published.field.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="">{t('published.field.anyKind')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`published.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="pub-actions">
        <button type="submit">{t('published.submit')}</button>
        {filtered(view) && <a href={href('/reports')}>{t('published.clear')}</a>}
      </div>
    </form>
  );
}

function Results(props: {
  view: SearchView;
  state: Async<PublishedSearch>;
  countries: Map<string, Area> | null;
}) {
  const { view, state } = props;
  if (state.status === 'loading')
    return (
      <p class="status" aria-live="polite">
        {t('common.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div class="status error" role="alert">
        <p>{t('published.error', { message: problemText(state.error) })}</p>
        <button type="button" onClick={state.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  const { total, hits } = state.data;
  if (total === 0)
    return (
      <p class="status pub-none" aria-live="polite">
        {filtered(view) ? t('published.none') : t('published.noneYet')}
      </p>
    );
  const pages = pageCount(total);
  return (
    <>
      <p class="pub-count" aria-live="polite">
        {t('published.count', { count: total, n: formatNumber(total) })}
      </p>
      <ol class="pub-hits" aria-label={t('published.results')} start={(view.page - 1) * PAGE_SIZE + 1}>
        {hits.map((h) => (
          <Hit key={`${h.kind}:${h.id}`} hit={h} q={view.q} countries={props.countries} />
        ))}
      </ol>
      {pages > 1 && (
        <nav class="pager pub-pager" aria-label={t('published.pages')}>
          {view.page > 1 && (
            <a href={href('/reports', paramsOf({ ...view, page: view.page - 1 }))} rel="prev">
              {t('published.previous')}
            </a>
          )}
          <span>{t('published.pageOf', { page: formatNumber(view.page), pages: formatNumber(pages) })}</span>
          {view.page < pages && (
            <a href={href('/reports', paramsOf({ ...view, page: view.page + 1 }))} rel="next">
              {t('published.next')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

/** A user-supplied name: kept as written, isolated from the text around it. */
const Name = (props: { children: string }) => <bdi translate={false}>{props.children}</bdi>;

function Hit(props: { hit: PublishedHit; q: string; countries: Map<string, Area> | null }) {
  const { hit } = props;
  const country = hit.area
    ? areaName(hit.area, props.countries ?? undefined, hit.areaName ?? undefined)
    : null;
  const round = roundLabel(hit.roundYear);
  const target = hitTarget(hit);
  const title =
    hit.kind === 'national'
      ? t('published.hit.national', { country: country ?? '' })
      : hit.kind === 'progress'
        ? t('published.hit.progress', { round })
        : (hit.organisation ?? t('published.kind.stakeholder'));
  const segments = highlight(hit.excerpt, props.q);
  const downloads = exportPaths(hit);
  return (
    <li class="pub-hit" data-kind={hit.kind}>
      <h2 class="pub-title">
        <a href={href(target.path, target.params)}>
          {hit.kind === 'stakeholder' && hit.organisation ? <Name>{hit.organisation}</Name> : title}
        </a>
      </h2>
      <p class="pub-meta small">
        <span>{t(`published.kind.${hit.kind}`)}</span>
        {hit.kind === 'stakeholder' && country && <span>{t('published.hit.about', { country })}</span>}
        <span>{t('published.hit.round', { round })}</span>
        <span>
          <time dateTime={hit.publishedAt}>
            {t('published.hit.publishedOn', { date: formatDate(hit.publishedAt) })}
          </time>
        </span>
      </p>
      {segments.length > 0 && (
        <p class="pub-excerpt" dir="auto">
          {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
        </p>
      )}
      {downloads.length > 0 && (
        <p class="pub-downloads small">
          <span>{t('published.downloads')}</span>
          {downloads.map((d) => (
            <a
              key={d.format}
              href={d.path}
              download
              aria-label={t('published.download', { report: title, format: d.format.toUpperCase() })}
            >
              <span translate={false}>{d.format.toUpperCase()}</span>
            </a>
          ))}
        </p>
      )}
    </li>
  );
}
