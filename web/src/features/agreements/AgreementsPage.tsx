import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, formatNumber, labelOf } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ProblemBox } from '../imports/ProblemBox.tsx';
import { AgreementDates } from './AgreementDates.tsx';
import { type AgreementList, getAgreements, ImportRefused, importCsv, type ListFilter } from './api.ts';
import { CADRES, cadresText, partyName } from './labels.ts';
import { AGREEMENT_STATUSES } from './statuses.ts';
import '../imports/imports.css';
import './agreements.css';

type Listed = AgreementList['agreements'][number];

function filterOf(q: URLSearchParams): ListFilter {
  return {
    area: (q.get('area') ?? '').toUpperCase(),
    cadre: q.get('cadre') ?? '',
    status: q.get('status') ?? '',
  };
}

/**
 * The public registry of agreements on health personnel, filtered by a party, a cadre and a status kept in the
 * URL; those who manage agreements also import a CSV file of them here, or record a new one.
 */
export default function AgreementsPage({ url }: PageProps) {
  const filter = filterOf(url.searchParams);
  const [reload, setReload] = useState(0);
  // Outside the list, which reloads after an import: the outcome stays in view.
  const [imported, setImported] = useState<string | null>(null);
  const state = useAsync(
    () =>
      Promise.all([getAgreements(filter), getCountries()]).then(([list, countries]) => ({ list, countries })),
    [filter.area, filter.cadre, filter.status, reload],
  );
  return (
    <section class="page agreements">
      <h1>{t('agreements.title')}</h1>
      <p>{t('agreements.intro')}</p>
      <div aria-live="polite" role="status">
        {imported && <p class="status">{imported}</p>}
      </div>
      <Load state={state}>
        {({ list, countries }) => (
          <>
            {list.may.create && (
              <Manage
                onImported={(text) => {
                  setImported(text);
                  setReload((n) => n + 1);
                }}
              />
            )}
            <Filters key={JSON.stringify(filter)} filter={filter} countries={countries} />
            <p class="muted" aria-live="polite">
              {t('agreements.count', { count: list.agreements.length })}
            </p>
            {list.agreements.length === 0 ? (
              <p>{t('agreements.none')}</p>
            ) : (
              <ul class="agreement-list">
                {list.agreements.map((a) => (
                  <AgreementCard key={a.id} a={a} countries={countries} />
                ))}
              </ul>
            )}
          </>
        )}
      </Load>
    </section>
  );
}

function AgreementCard({ a, countries }: { a: Listed; countries: Map<string, Area> }) {
  return (
    <li class="agreement-card">
      <h2 dir="auto">
        <a href={href('/agreements/view', { id: a.id })}>{a.title}</a>
      </h2>
      <p class="agreement-tags">
        <span class={`agreement-status status-${a.status}`}>{t(`agreements.status.${a.status}`)}</span>
        <span>{t(`agreements.type.${a.type}`)}</span>
        <span>{t(`agreements.level.${a.level}`)}</span>
        {!a.published && <span class="agreement-draft">{t('agreements.unpublished')}</span>}
      </p>
      <dl class="agreement-facts">
        <div>
          <dt>{t('agreements.parties')}</dt>
          <dd>
            <ul class="plain">
              {a.parties.map((p) => (
                <li key={`${p.area}-${p.organisation ?? ''}`}>
                  {partyName(p, countries)} <bdi class="muted">({p.area})</bdi> —{' '}
                  {t(`agreements.side.${p.side}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <AgreementDates a={a} />
        <div>
          <dt>{t('agreements.cadres')}</dt>
          <dd>{cadresText(a.cadres)}</dd>
        </div>
      </dl>
    </li>
  );
}

function Filters(props: { filter: ListFilter; countries: Map<string, Area> }) {
  const [area, setArea] = useState(props.filter.area);
  const [cadre, setCadre] = useState(props.filter.cadre);
  const [status, setStatus] = useState(props.filter.status);
  const compare = collator().compare;
  const countries = [...props.countries.values()]
    .map((c) => ({ code: c.code, name: areaName(c.code, props.countries) }))
    .sort((a, b) => compare(a.name, b.name));
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setParams({ area, cadre, status });
  };
  const any = props.filter.area || props.filter.cadre || props.filter.status;
  return (
    <form
      class="controls agreement-filters no-print"
      aria-label={t('agreements.filters')}
      onSubmit={onSubmit}
    >
      <div class="agreement-filter">
        <label for="agreements-area">{t('agreements.filter.country')}</label>
        <select id="agreements-area" value={area} onChange={(e) => setArea(e.currentTarget.value)}>
          <option value="">{t('agreements.filter.anyCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div class="agreement-filter">
        <label for="agreements-cadre">{t('agreements.filter.cadre')}</label>
        <select id="agreements-cadre" value={cadre} onChange={(e) => setCadre(e.currentTarget.value)}>
          <option value="">{t('agreements.filter.anyCadre')}</option>
          {CADRES.map((c) => (
            <option key={c} value={c}>
              {labelOf('occupation', c)}
            </option>
          ))}
        </select>
      </div>
      <div class="agreement-filter">
        <label for="agreements-status">{t('agreements.filter.status')}</label>
        <select id="agreements-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          <option value="">{t('agreements.filter.anyStatus')}</option>
          {AGREEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`agreements.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="agreement-filter-actions">
        <button type="submit">{t('agreements.filter.apply')}</button>
        {any && <a href={href('/agreements')}>{t('agreements.filter.clear')}</a>}
      </div>
    </form>
  );
}

/** For managers: the CSV import (all or nothing, its errors by row and column) and the way to a new agreement. */
function Manage(props: { onImported: (text: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(true);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ImportRefused['problem'] | null>(null);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setRefused(null);
    try {
      const r = await importCsv(file, publish);
      props.onImported(
        t('agreements.import.done', {
          file: r.file,
          created: formatNumber(r.created),
          updated: formatNumber(r.updated),
          unchanged: formatNumber(r.unchanged),
        }),
      );
    } catch (err) {
      setRefused(
        err instanceof ImportRefused
          ? err.problem
          : { status: 0, title: t('import.noAnswer'), detail: String(err) },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="agreement-manage no-print" aria-labelledby="agreements-manage">
      <h2 id="agreements-manage">{t('agreements.manage')}</h2>
      <p>
        <a class="button" href={href('/agreements/new')}>
          {t('agreements.new')}
        </a>
      </p>
      <form class="agreement-import" onSubmit={onSubmit}>
        <div class="agreement-filter">
          <label for="agreements-file">{t('agreements.import.file')}</label>
          <input
            id="agreements-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="agreements-file-help"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <span id="agreements-file-help" class="muted small">
            {t('agreements.import.help')}
          </span>
        </div>
        <label class="check">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.currentTarget.checked)} />{' '}
          {t('agreements.import.publish')}
        </label>
        <div>
          <button type="submit" disabled={!file || busy}>
            {busy ? t('agreements.import.busy') : t('agreements.import.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">{refused && <ProblemBox problem={refused} />}</div>
    </section>
  );
}
