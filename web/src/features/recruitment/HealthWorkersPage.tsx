import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { areaName, labelOf } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { getVerdict } from './api.ts';
import { CountrySelect, countryOptions, day, OccupationSelect, Quoted, StatusBadge } from './parts.tsx';
import {
  type Agreement,
  paramsOf,
  type RecruitmentView,
  statusQuery,
  type VerdictOut,
  viewFromQuery,
  workerAgreements,
} from './state.ts';
import './recruitment.css';

/** For a health worker thinking of working abroad: their country's status for a destination, in plain words. */
export default function HealthWorkersPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const countries = useAsync(() => getCountries(), []);
  return (
    <section class="page health-workers">
      <h1>{t('hw.title')}</h1>
      <p>{t('hw.intro')}</p>
      <Load state={countries}>
        {(c) => (
          <>
            <Form key={JSON.stringify(paramsOf(view))} view={view} countries={c} />
            {statusQuery(view) ? (
              <Answer view={view} countries={c} />
            ) : (
              <>
                <p class="status">{t('hw.pick')}</p>
                <Help code={null} />
              </>
            )}
          </>
        )}
      </Load>
    </section>
  );
}

function Form(props: { view: RecruitmentView; countries: Map<string, Area> }) {
  const { view } = props;
  const [origin, setOrigin] = useState(view.origin ?? '');
  const [occupation, setOccupation] = useState(view.occupation);
  const [destination, setDestination] = useState(view.destination ?? '');
  const options = countryOptions(props.countries);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const next = viewFromQuery(new URLSearchParams({ origin, occupation, destination }));
    setParams({ origin: next.origin, occupation: next.occupation, destination: next.destination });
  };
  return (
    <form class="controls hw-form no-print" aria-label={t('hw.form')} onSubmit={onSubmit}>
      <CountrySelect
        id="hw-origin"
        name="origin"
        label={t('hw.origin')}
        value={origin}
        options={options}
        onChange={setOrigin}
      />
      <OccupationSelect
        id="hw-occupation"
        label={t('hw.occupation')}
        value={occupation}
        onChange={setOccupation}
      />
      <CountrySelect
        id="hw-destination"
        name="destination"
        label={t('hw.destination')}
        value={destination}
        options={options}
        onChange={setDestination}
      />
      <div>
        <button type="submit">{t('hw.check')}</button>
      </div>
    </form>
  );
}

function Answer(props: { view: RecruitmentView; countries: Map<string, Area> }) {
  const q = statusQuery({ ...props.view, how: 'active', date: null, employer: null });
  const state = useAsync(() => (q ? getVerdict(q) : Promise.resolve(null)), [JSON.stringify(q)]);
  const v = state.status === 'ok' ? state.data : null;
  // Where to check a recruiter and complain stays on the page even when the status cannot be loaded.
  return (
    <>
      <Load state={state}>{(v) => (v ? <Meaning v={v} countries={props.countries} /> : null)}</Load>
      <Help
        code={v?.configuration.code ?? null}
        {...(v ? { destination: areaName(v.destination.code, props.countries) } : {})}
      />
    </>
  );
}

function Meaning({ v, countries }: { v: VerdictOut; countries: Map<string, Area> }) {
  const names = {
    origin: areaName(v.origin.code, countries, v.origin.name),
    destination: areaName(v.destination.code, countries, v.destination.name),
    occupation: labelOf('occupation', v.occupation.code, v.occupation.name),
  };
  const agreements = v.status === 'amber' ? workerAgreements(v) : [];
  return (
    <>
      <section class="hw-answer" aria-labelledby="hw-answer" data-status={v.status}>
        <h2 id="hw-answer">{t('hw.answer', names)}</h2>
        <p>
          <StatusBadge status={v.status} big />
        </p>
        <p class="hw-lead">
          <strong>{t(`hw.${v.status}.title`)}</strong>
        </p>
        <p>{t(`hw.${v.status}.text`, names)}</p>
        {v.status === 'amber' &&
          (agreements.length === 0 ? (
            <p>{t('hw.amber.none')}</p>
          ) : (
            <>
              <p>{t('hw.amber.agreements')}</p>
              <ul>
                {agreements.map((a) => (
                  <li key={a.title}>
                    {a.url ? (
                      <a href={a.url}>
                        <Quoted>{a.title}</Quoted>
                      </a>
                    ) : (
                      <Quoted>{a.title}</Quoted>
                    )}
                    {a.agreement === null ? (
                      <span> — {t('hw.amber.termsUnknown')}</span>
                    ) : (
                      <WorkerTerms a={a.agreement} />
                    )}
                  </li>
                ))}
              </ul>
            </>
          ))}
      </section>
      <section class="hw-rights" aria-labelledby="hw-rights">
        <h2 id="hw-rights">{t('hw.rights')}</h2>
        <ul>
          <li data-right="apply">{t('hw.right.apply')}</li>
          <li data-right="fees">{t('hw.right.fees')}</li>
        </ul>
      </section>
      <p class="small">
        <a
          href={href('/recruitment', {
            destination: v.destination.code,
            origin: v.origin.code,
            occupation: v.occupation.code,
          })}
        >
          {t('hw.details')}
        </a>
      </p>
    </>
  );
}

/** An agreement's terms in a sentence each: who may hire, for how long. */
function WorkerTerms({ a }: { a: Agreement }) {
  const { employers, from, until } = a.terms;
  return (
    <ul class="small">
      <li>
        {employers.length === 0 ? (
          t('hw.terms.anyEmployer')
        ) : (
          <>
            {t('hw.terms.employers')} <Quoted>{employers.join(' · ')}</Quoted>
          </>
        )}
      </li>
      {(from || until) && (
        <li>
          {from && until
            ? t('recruitment.period.range', { from: day(from), until: day(until) })
            : from
              ? t('recruitment.period.from', { from: day(from) })
              : t('recruitment.period.until', { until: day(until ?? '') })}
        </li>
      )}
    </ul>
  );
}

function Help(props: { code: VerdictOut['configuration']['code']; destination?: string }) {
  return (
    <>
      <section class="hw-help" aria-labelledby="hw-recruiter">
        <h2 id="hw-recruiter">{t('hw.recruiter.title')}</h2>
        <p>{t('hw.recruiter.text')}</p>
        <p>
          <a href={href('/recruiters')}>{t('hw.recruiter.link')}</a>
        </p>
      </section>
      <section class="hw-help" aria-labelledby="hw-complain">
        <h2 id="hw-complain">{t('hw.complain.title')}</h2>
        <p>{t('hw.complain.text')}</p>
        <ul>
          <li>
            <a href={href('/recruiters', { view: 'complain' })}>{t('hw.complain.link')}</a>
          </li>
          {props.code && props.destination && (
            <li>
              {t('hw.complain.code', { destination: props.destination })}{' '}
              <a href={props.code.url}>
                <Quoted>{props.code.title}</Quoted>
              </a>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
