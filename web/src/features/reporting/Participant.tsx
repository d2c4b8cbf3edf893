import { useState } from 'preact/hooks';
import { Load, problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Field, FormAlert, ListTable, when } from '../accounts/components.tsx';
import { type FormErrors, formErrors, NO_ERRORS } from '../accounts/state.ts';
import { countryOptions } from '../admin/AreaSelect.tsx';
import { getAreaReporting, getRoundReports, getRounds, startReport } from './api.ts';
import {
  areaPlan,
  daysBetween,
  ORGANISATION_TYPES,
  openRound,
  type ReportSummary,
  type Round,
  reportsNewestFirst,
  stakeholderRequest,
  todayOf,
} from './state.ts';
import { count, dayText, ReportState, reportHref, worded } from './ui.tsx';

/** The open round and its deadline, or that none is open. */
function OpenRoundLine(props: { round: Round | null }) {
  const { round } = props;
  if (!round) return <p class="status">{t('reporting.noOpenRound')}</p>;
  const left = daysBetween(todayOf(new Date()), round.closesOn);
  return (
    <p class="rep-deadline">
      {t('reporting.openUntil', { round: round.label, date: dayText(round.closesOn) })}{' '}
      <strong>{left >= 0 ? t('reporting.daysLeft', { days: count(left) }) : t('reporting.overdue')}</strong>
    </p>
  );
}

/** A national authority's country: the open round's report (or the button that starts it) and earlier reports. */
function AreaReporting(props: { area: string; open: Round | null; countries: Map<string, Area> }) {
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = useAsync(() => getAreaReporting(props.area), [props.area, reload]);
  const name = areaName(props.area, props.countries);
  const start = async (round: Round) => {
    setBusy(true);
    setError(null);
    try {
      const report = await startReport(round.id, { kind: 'national', area: props.area });
      navigate(reportHref(report.id));
    } catch (e) {
      setError(problemText(e instanceof Error ? e : new Error(String(e))));
      setReload((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`area-${props.area}`} class="rep-area" data-area={props.area}>
      <h2 id={`area-${props.area}`}>{t('reporting.nationalReportOf', { area: name })}</h2>
      <Load state={state}>
        {(history) => {
          const plan = areaPlan(history, props.open);
          const report = plan.current?.report ?? null;
          return (
            <>
              {props.open && (
                <div class="card rep-current">
                  {report ? (
                    <>
                      <p>
                        {t('reporting.yourReport', { round: props.open.label })}{' '}
                        <ReportState state={report.state} />
                      </p>
                      <p class="small muted">{t('reporting.lastChange', { date: when(report.updatedAt) })}</p>
                      <p>
                        <a class="button" href={reportHref(report.id)}>
                          {t('reporting.openTheReport')}
                        </a>
                      </p>
                    </>
                  ) : (
                    <>
                      <p>
                        {t('reporting.yourReport', { round: props.open.label })}{' '}
                        <ReportState state="not-started" />
                      </p>
                      <p>
                        <button
                          type="button"
                          class="button"
                          disabled={busy}
                          onClick={() => props.open && void start(props.open)}
                        >
                          {t('reporting.startReport')}
                        </button>
                      </p>
                    </>
                  )}
                  {error && (
                    <p class="status error" role="alert">
                      {error}
                    </p>
                  )}
                </div>
              )}
              <h3>{t('reporting.earlier')}</h3>
              {plan.earlier.length === 0 ? (
                <p class="muted">{t('reporting.noEarlier')}</p>
              ) : (
                <ListTable caption={t('reporting.earlier')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('reporting.col.round')}</th>
                      <th scope="col">{t('reporting.col.authority')}</th>
                      <th scope="col">{t('reporting.col.report')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.earlier.map((e) => (
                      <tr key={e.round.id}>
                        <th scope="row">{e.round.label}</th>
                        <td>{e.authority ?? '—'}</td>
                        <td>
                          {e.report && (
                            <a href={reportHref(e.report.id)}>
                              <ReportState state={e.report.state} />
                              <span class="visually-hidden"> — {e.round.label}</span>
                            </a>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ListTable>
              )}
            </>
          );
        }}
      </Load>
    </section>
  );
}

export function AuthorityHome(props: { areas: string[] }) {
  const state = useAsync(() => Promise.all([getRounds(), getCountries()]), []);
  return (
    <Load state={state}>
      {([rounds, countries]) => {
        const open = openRound(rounds);
        return (
          <>
            <OpenRoundLine round={open} />
            {props.areas.length === 0 ? (
              <p class="muted">{t('reporting.noArea')}</p>
            ) : (
              props.areas.map((a) => <AreaReporting key={a} area={a} open={open} countries={countries} />)
            )}
          </>
        );
      }}
    </Load>
  );
}

const EMPTY = { organisation: '', organisationType: '', area: '' };

function StartStakeholderForm(props: { round: Round; countries: Map<string, Area> }) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const request = stakeholderRequest(form);
    if (!request.ok) return setErrors(worded(request.errors));
    setBusy(true);
    try {
      const report = await startReport(props.round.id, request.body);
      navigate(reportHref(report.id));
    } catch (err) {
      setErrors(formErrors(err, Object.keys(EMPTY)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form rep-form" onSubmit={submit} noValidate aria-labelledby="stakeholder-new">
      <h2 id="stakeholder-new">{t('reporting.stakeholder.start', { round: props.round.label })}</h2>
      <FormAlert errors={errors} />
      <Field
        id="stakeholder-org"
        label={t('reporting.field.organisation')}
        error={errors.fields.organisation}
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            required
            maxLength={300}
            autocomplete="organization"
            value={form.organisation}
            onInput={set('organisation')}
          />
        )}
      </Field>
      <Field
        id="stakeholder-type"
        label={t('reporting.field.organisationType')}
        error={errors.fields.organisationType}
      >
        {(aria) => (
          <select {...aria} required value={form.organisationType} onChange={set('organisationType')}>
            <option value="">{t('reporting.field.chooseType')}</option>
            {ORGANISATION_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`reporting.orgType.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="stakeholder-area" label={t('reporting.field.country')} error={errors.fields.area}>
        {(aria) => (
          <select {...aria} value={form.area} onChange={set('area')}>
            <option value="">{t('reporting.field.noCountry')}</option>
            {countryOptions(props.countries).map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('reporting.startReport')}
        </button>
      </p>
    </form>
  );
}

/** A stakeholder's reports across rounds (each round's list holds only the reader's own), and the form. */
export function StakeholderHome() {
  const state = useAsync(async () => {
    const [rounds, countries] = await Promise.all([getRounds(), getCountries()]);
    const lists = await Promise.all(
      rounds.filter((r) => r.state !== 'planned').map((r) => getRoundReports(r.id, { kind: 'stakeholder' })),
    );
    return { rounds, countries, reports: lists.flat() };
  }, []);
  return (
    <Load state={state}>
      {({ rounds, countries, reports }) => {
        const open = openRound(rounds);
        const mine: ReportSummary[] = reportsNewestFirst(reports, (a, b) => collator().compare(a, b));
        return (
          <>
            <OpenRoundLine round={open} />
            <h2>{t('reporting.stakeholder.mine')}</h2>
            {mine.length === 0 ? (
              <p class="muted">{t('reporting.stakeholder.none')}</p>
            ) : (
              <ListTable caption={t('reporting.stakeholder.mine')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('reporting.col.organisation')}</th>
                    <th scope="col">{t('reporting.col.round')}</th>
                    <th scope="col">{t('reporting.col.country')}</th>
                    <th scope="col">{t('reporting.col.state')}</th>
                    <th scope="col">{t('reporting.col.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((r) => (
                    <tr key={r.id} data-report={r.id}>
                      <th scope="row">
                        <a href={reportHref(r.id)}>{r.organisation ?? '—'}</a>
                      </th>
                      <td>{r.roundLabel}</td>
                      <td>{r.area ? areaName(r.area, countries, r.areaName ?? undefined) : '—'}</td>
                      <td>
                        <ReportState state={r.state} />
                      </td>
                      <td>{when(r.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </ListTable>
            )}
            {open ? (
              <StartStakeholderForm round={open} countries={countries} />
            ) : (
              <p class="muted">{t('reporting.stakeholder.noOpen')}</p>
            )}
          </>
        );
      }}
    </Load>
  );
}
