import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { areaName, formatList, formatNumber, labelOf } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { getDestinations, getOverview, getVerdict, type Overview } from './api.ts';
import { CountrySelect, countryOptions, day, OccupationSelect, Quoted, StatusBadge } from './parts.tsx';
import {
  type Agreement,
  filterOrigins,
  HOWS,
  paramsOf,
  type RecruitmentView,
  STATUSES,
  statusQuery,
  type VerdictOut,
  viewFromQuery,
} from './state.ts';
import './recruitment.css';

const viewHref = (v: RecruitmentView) => href('/recruitment', paramsOf(v));

/**
 * May employers of a destination recruit an occupation from a country of origin? The verdict with its reasons,
 * agreements, dated changes and the rules applied; below it, every origin's status for the destination. The whole
 * view is in the URL.
 */
export default function RecruitmentPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const setup = useAsync(() => Promise.all([getCountries(), getDestinations()]), []);
  return (
    <section class="page recruitment">
      <h1>{t('recruitment.title')}</h1>
      <p>{t('recruitment.intro')}</p>
      <Load state={setup}>
        {([countries, destinations]) => {
          const withDefault: RecruitmentView = {
            ...view,
            destination: view.destination ?? destinations.destinations[0]?.code ?? null,
          };
          return (
            <>
              <Form key={JSON.stringify(paramsOf(withDefault))} view={withDefault} countries={countries} />
              <p class="no-print">
                <a
                  href={href('/health-workers', {
                    origin: withDefault.origin,
                    destination: withDefault.destination,
                    occupation: withDefault.occupation,
                  })}
                >
                  {t('recruitment.forWorkers')}
                </a>
              </p>
              {withDefault.origin === null ? (
                <p class="status">{t('recruitment.pickOrigin')}</p>
              ) : (
                <Verdict view={withDefault} countries={countries} />
              )}
              {withDefault.destination === null ? (
                <p class="status">{t('recruitment.pickDestination')}</p>
              ) : (
                <OverviewSection view={withDefault} countries={countries} />
              )}
            </>
          );
        }}
      </Load>
    </section>
  );
}

function Form(props: { view: RecruitmentView; countries: Map<string, Area> }) {
  const { view } = props;
  const [destination, setDestination] = useState(view.destination ?? '');
  const [origin, setOrigin] = useState(view.origin ?? '');
  const [occupation, setOccupation] = useState(view.occupation);
  const [date, setDate] = useState(view.date ?? '');
  const [how, setHow] = useState<string>(view.how);
  const [employer, setEmployer] = useState(view.employer ?? '');
  const options = countryOptions(props.countries);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const next = viewFromQuery(
      new URLSearchParams({
        destination,
        origin,
        occupation,
        date,
        how,
        employer,
        status: view.status ?? '',
      }),
    );
    setParams(paramsOf(next));
  };
  return (
    <form class="controls recruitment-form no-print" aria-label={t('recruitment.form')} onSubmit={onSubmit}>
      <CountrySelect
        id="recruitment-destination"
        name="destination"
        label={t('recruitment.destination')}
        value={destination}
        options={options}
        onChange={setDestination}
      />
      <CountrySelect
        id="recruitment-origin"
        name="origin"
        label={t('recruitment.origin')}
        value={origin}
        options={options}
        onChange={setOrigin}
      />
      <OccupationSelect
        id="recruitment-occupation"
        label={t('recruitment.occupation')}
        value={occupation}
        onChange={setOccupation}
      />
      <label for="recruitment-how">
        {t('recruitment.how')}
        <select id="recruitment-how" name="how" value={how} onChange={(e) => setHow(e.currentTarget.value)}>
          {HOWS.map((h) => (
            <option key={h} value={h}>
              {t(`recruitment.how.${h}`)}
            </option>
          ))}
        </select>
      </label>
      <label for="recruitment-date">
        {t('recruitment.date')}
        <input
          id="recruitment-date"
          name="date"
          type="date"
          value={date}
          aria-describedby="recruitment-date-hint"
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <span id="recruitment-date-hint" class="small">
          {t('recruitment.dateHint')}
        </span>
      </label>
      <label for="recruitment-employer">
        {t('recruitment.employer')}
        <input
          id="recruitment-employer"
          name="employer"
          type="text"
          maxLength={300}
          value={employer}
          aria-describedby="recruitment-employer-hint"
          onInput={(e) => setEmployer(e.currentTarget.value)}
        />
        <span id="recruitment-employer-hint" class="small">
          {t('recruitment.employerHint')}
        </span>
      </label>
      <div>
        <button type="submit">{t('recruitment.check')}</button>
      </div>
    </form>
  );
}

function Verdict(props: { view: RecruitmentView; countries: Map<string, Area> }) {
  const q = statusQuery(props.view);
  const state = useAsync(() => (q ? getVerdict(q) : Promise.resolve(null)), [JSON.stringify(q)]);
  return <Load state={state}>{(v) => (v ? <VerdictBody v={v} countries={props.countries} /> : null)}</Load>;
}

function VerdictBody({ v, countries }: { v: VerdictOut; countries: Map<string, Area> }) {
  const origin = areaName(v.origin.code, countries, v.origin.name);
  const destination = areaName(v.destination.code, countries, v.destination.name);
  return (
    <>
      <section class="verdict" aria-labelledby="verdict-title" data-status={v.status} data-may={v.mayRecruit}>
        <h2 id="verdict-title">{t('recruitment.verdict', { origin, destination })}</h2>
        <p class="verdict-head">
          <StatusBadge status={v.status} big />
          <strong class="verdict-may">{t(`recruitment.may.${v.mayRecruit}`)}</strong>
        </p>
        <p class="verdict-summary">{v.summary}</p>
        <p class="small muted">
          {t('recruitment.asked', {
            occupation: labelOf('occupation', v.occupation.code, v.occupation.name),
            how: t(`recruitment.how.${v.how}`),
            date: day(v.date),
          })}
          {v.employer && (
            <>
              {' '}
              {t('recruitment.askedEmployer')} <Quoted>{v.employer}</Quoted>
            </>
          )}
        </p>
        {v.override && (
          <p class="small">
            {t('recruitment.override', { from: day(v.override.from) })} <Quoted>{v.override.reason}</Quoted>
          </p>
        )}
      </section>
      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">{t('recruitment.reasons')}</h2>
        <ul class="reasons">
          {v.reasons.map((r) => (
            <li key={r.code} data-reason={r.code}>
              <span>{r.text}</span>
              {(r.articles.length > 0 || r.rules.length > 0) && (
                <span class="small muted reason-refs">
                  {r.articles.length > 0 && (
                    <span>
                      {t('recruitment.articles', {
                        articles: formatList(r.articles),
                      })}
                    </span>
                  )}
                  {r.rules.map((rule) => (
                    <span key={rule}>
                      {t('recruitment.rule')} <Quoted>{rule}</Quoted>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('recruitment.agreements')}</h2>
        {v.agreements.length === 0 ? (
          <p class="status">
            {v.override?.agreement ? (
              <>
                {t('recruitment.agreementNotLoaded')}{' '}
                {v.override.agreement.url ? (
                  <a href={v.override.agreement.url}>
                    <Quoted>{v.override.agreement.title}</Quoted>
                  </a>
                ) : (
                  <Quoted>{v.override.agreement.title}</Quoted>
                )}
              </>
            ) : (
              t('recruitment.noAgreements')
            )}
          </p>
        ) : (
          <ul class="cards agreements">
            {v.agreements.map((a) => (
              <AgreementCard key={a.id} a={a} />
            ))}
          </ul>
        )}
      </section>
      <Timeline v={v} />
      <Configuration v={v} destination={destination} />
    </>
  );
}

/** An agreement's terms, as a list of what they allow. */
export function AgreementTerms({ a }: { a: Agreement }) {
  const { terms } = a;
  const caps = terms.caps.map((c) => {
    const cap = t(`recruitment.cap.${c.per}`, { max: formatNumber(c.max) });
    return c.occupation ? `${labelOf('occupation', c.occupation)}: ${cap}` : cap;
  });
  let period = t('recruitment.period.unknown');
  if (terms.from && terms.until)
    period = t('recruitment.period.range', { from: day(terms.from), until: day(terms.until) });
  else if (terms.from) period = t('recruitment.period.from', { from: day(terms.from) });
  else if (terms.until) period = t('recruitment.period.until', { until: day(terms.until) });
  return (
    <dl class="small terms">
      <dt>{t('recruitment.terms.employers')}</dt>
      <dd>
        {terms.employers.length === 0 ? (
          t('recruitment.terms.anyEmployer')
        ) : (
          <Quoted>{terms.employers.join(' · ')}</Quoted>
        )}
      </dd>
      <dt>{t('recruitment.terms.cadres')}</dt>
      <dd>
        {terms.cadres.length === 0
          ? t('recruitment.terms.anyCadre')
          : formatList(terms.cadres.map((c) => labelOf('occupation', c)))}
      </dd>
      <dt>{t('recruitment.terms.caps')}</dt>
      <dd>{caps.length === 0 ? t('recruitment.terms.noCap') : caps.join(' · ')}</dd>
      <dt>{t('recruitment.terms.period')}</dt>
      <dd>{period}</dd>
      <dt>{t('recruitment.terms.channel')}</dt>
      <dd>{terms.channel ? <Quoted>{terms.channel}</Quoted> : t('recruitment.terms.noChannel')}</dd>
    </dl>
  );
}

function AgreementCard({ a }: { a: Agreement }) {
  return (
    <li class="card" data-agreement={a.id}>
      <h3>
        <Quoted>{a.title}</Quoted>
      </h3>
      <p class="small">
        {t(`recruitment.agreementType.${a.type}`)} · {t(`recruitment.standing.${a.standing}`)}
        {a.governs ? ` · ${t('recruitment.governs')}` : ''}
      </p>
      <AgreementTerms a={a} />
      <p class="small">
        {a.textUrl ? (
          <a href={a.textUrl}>{t('recruitment.agreementText')}</a>
        ) : (
          t('recruitment.noAgreementText')
        )}
      </p>
    </li>
  );
}

function Timeline({ v }: { v: VerdictOut }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('recruitment.timeline')}</h2>
      <div class="table-wrap">
        <table class="timeline">
          <caption class="visually-hidden">{t('recruitment.timeline')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('recruitment.timeline.from')}</th>
              <th scope="col">{t('recruitment.timeline.status')}</th>
              <th scope="col">{t('recruitment.timeline.what')}</th>
            </tr>
          </thead>
          <tbody>
            {v.timeline.map((e) => (
              <tr key={e.from} data-from={e.from} data-status={e.status}>
                <th scope="row">
                  {day(e.from)}
                  {e.list?.from === e.from && e.list.fromApproximate && (
                    <span class="small muted"> ({t('recruitment.timeline.approximate')})</span>
                  )}
                </th>
                <td>
                  <StatusBadge status={e.status} />
                </td>
                <td>
                  <ul class="plain">
                    {e.changes.map((c) => (
                      <li key={c.code}>{c.text}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Configuration({ v, destination }: { v: VerdictOut; destination: string }) {
  const c = v.configuration;
  return (
    <section aria-labelledby="config-title" class="configuration">
      <h2 id="config-title">{t('recruitment.config')}</h2>
      {c.code ? (
        <>
          <p>
            {t('recruitment.config.code')}{' '}
            <a href={c.code.url}>
              <Quoted>{c.code.title}</Quoted>
            </a>{' '}
            (<Quoted>{c.code.publisher}</Quoted>)
          </p>
          {c.code.note && (
            <p class="small muted">
              <Quoted>{c.code.note}</Quoted>
            </p>
          )}
        </>
      ) : (
        <p>{t('recruitment.config.none', { country: destination })}</p>
      )}
      {c.version !== null && c.savedAt && (
        <p class="small muted">
          {t('recruitment.config.version', { version: c.version, date: day(c.savedAt) })}
        </p>
      )}
      {c.sources.length > 0 && (
        <>
          <h3>{t('recruitment.config.sources')}</h3>
          <ul>
            {c.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url}>
                  <Quoted>{s.title}</Quoted>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OverviewSection(props: { view: RecruitmentView; countries: Map<string, Area> }) {
  const { view, countries } = props;
  const destination = view.destination ?? '';
  const state = useAsync(
    () => getOverview(destination, view.occupation, view.date),
    [destination, view.occupation, view.date],
  );
  return (
    <section aria-labelledby="overview-title" class="recruitment-overview">
      <h2 id="overview-title">
        {t('recruitment.overview.title', { destination: areaName(destination, countries) })}
      </h2>
      <Load state={state}>{(o) => <OverviewTable o={o} view={view} countries={countries} />}</Load>
    </section>
  );
}

function OverviewTable(props: { o: Overview; view: RecruitmentView; countries: Map<string, Area> }) {
  const { o, view, countries } = props;
  const rows = filterOrigins(
    o.origins.map((r) => ({ ...r, name: areaName(r.code, countries, r.name) })),
    view.status,
  );
  const total = o.counts.red + o.counts.amber + o.counts.green;
  return (
    <>
      <p>
        {t('recruitment.overview.intro', {
          occupation: labelOf('occupation', o.occupation.code, o.occupation.name),
          date: day(o.date),
        })}
      </p>
      <nav aria-label={t('recruitment.overview.filter')} class="status-filter no-print">
        <ul>
          <li>
            <a
              href={viewHref({ ...view, status: null })}
              aria-current={view.status === null ? 'true' : undefined}
            >
              {t('recruitment.overview.all', { n: formatNumber(total) })}
            </a>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <a
                href={viewHref({ ...view, status: s })}
                aria-current={view.status === s ? 'true' : undefined}
                data-filter={s}
              >
                <StatusBadge status={s} /> <span class="count">{formatNumber(o.counts[s])}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="small muted" aria-live="polite">
        {t('recruitment.overview.shown', { shown: formatNumber(rows.length), total: formatNumber(total) })}
      </p>
      <div class="table-wrap">
        <table class="overview">
          <caption class="visually-hidden">
            {t('recruitment.overview.caption', { destination: areaName(o.destination.code, countries) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('recruitment.overview.country')}</th>
              <th scope="col">{t('recruitment.timeline.status')}</th>
              <th scope="col">{t('recruitment.overview.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-origin={r.code} data-status={r.status}>
                <th scope="row">
                  <a href={viewHref({ ...view, origin: r.code })}>{r.name}</a>
                </th>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td class="small">
                  {r.override
                    ? t('recruitment.overview.override')
                    : r.onList
                      ? t('recruitment.overview.onList')
                      : t('recruitment.overview.notOnList')}
                  {r.agreements.length > 0 && (
                    <>
                      {' · '}
                      {r.agreements.map((a, i) => (
                        <span key={a.id}>
                          {i > 0 && ' · '}
                          <Quoted>{a.title}</Quoted>
                        </span>
                      ))}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
