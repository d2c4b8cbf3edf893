import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load, NotFound, problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { AgreementDates } from './AgreementDates.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { type Agreement, getAgreement, publishAgreement, recordEvent, updateAgreement } from './api.ts';
import { EvaluationSection } from './EvaluationSection.tsx';
import { cadresText, day, partyName } from './labels.ts';
import { EVENT_KINDS, PROVISION_KINDS } from './statuses.ts';
import './agreements.css';

type Notice = { ok: boolean; text: string } | null;

/** A source named by its site: the whole address is the link's target. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** One agreement: its parties, dates, cadres, provisions and status history; for its managers, the ways to change it. */
export default function AgreementPage({ url }: PageProps) {
  const id = Number(url.searchParams.get('id'));
  const valid = Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
  const [changed, setChanged] = useState<Agreement | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const state = useAsync(
    () =>
      valid
        ? Promise.all([getAgreement(id), getCountries()]).then(([agreement, countries]) => ({
            agreement,
            countries,
          }))
        : Promise.reject(new Error('invalid')),
    [id],
  );
  if (!valid) return <NotFound message={t('agreements.notFound')} />;
  const saved = (a: Agreement, text: string) => {
    setChanged(a);
    setNotice({ ok: true, text });
  };
  return (
    <section class="page agreements">
      <p class="no-print">
        <a href={href('/agreements')}>{t('agreements.back')}</a>
      </p>
      <Load state={state}>
        {({ agreement, countries }) => {
          const a = changed && changed.id === agreement.id ? changed : agreement;
          return (
            <>
              <View a={a} countries={countries} />
              <div aria-live="polite" role="status">
                {notice && <p class={notice.ok ? 'status' : 'status error'}>{notice.text}</p>}
              </div>
              {a.may.manage && <Manage a={a} onSaved={saved} />}
              <EvaluationSection id={a.id} />
            </>
          );
        }}
      </Load>
    </section>
  );
}

function View({ a, countries }: { a: Agreement; countries: Map<string, Area> }) {
  const provisions = PROVISION_KINDS.flatMap((k) => {
    const p = a.provisions.find((x) => x.kind === k);
    return p ? [p] : [];
  });
  const r = a.recruitment;
  return (
    <>
      <h1 dir="auto">{a.title}</h1>
      <p class="agreement-tags">
        <span class={`agreement-status status-${a.status}`}>{t(`agreements.status.${a.status}`)}</span>
        <span>{t(`agreements.type.${a.type}`)}</span>
        <span>{t(`agreements.level.${a.level}`)}</span>
        {!a.published && <span class="agreement-draft">{t('agreements.unpublished')}</span>}
      </p>
      <section aria-labelledby="agreement-parties">
        <h2 id="agreement-parties">{t('agreements.parties')}</h2>
        <ul>
          {a.parties.map((p) => (
            <li key={`${p.area}-${p.organisation ?? ''}`}>
              <a href={href(`/country/${p.area}`)}>{partyName(p, countries)}</a>{' '}
              <bdi class="muted">({p.area})</bdi> — {t(`agreements.side.${p.side}`)}
            </li>
          ))}
        </ul>
      </section>
      <dl class="agreement-facts wide">
        <AgreementDates a={a} />
        {a.terminatedOn && (
          <div>
            <dt>{t('agreements.terminatedOn')}</dt>
            <dd>{day(a.terminatedOn)}</dd>
          </div>
        )}
        <div>
          <dt>{t('agreements.cadres')}</dt>
          <dd>{cadresText(a.cadres)}</dd>
        </div>
        <div>
          <dt>{t('agreements.textUrl')}</dt>
          <dd>
            {a.textUrl ? (
              <a href={a.textUrl} rel="noopener noreferrer" target="_blank">
                {t('agreements.readText')}
              </a>
            ) : (
              t('agreements.notRecorded')
            )}
          </dd>
        </div>
        {a.sourceUrl && (
          <div>
            <dt>{t('agreements.sourceUrl')}</dt>
            <dd>
              <a href={a.sourceUrl} rel="noopener noreferrer" target="_blank" class="break">
                <bdi>{hostOf(a.sourceUrl)}</bdi>
              </a>
            </dd>
          </div>
        )}
      </dl>
      {a.notes && (
        <p class="agreement-notes" dir="auto">
          {a.notes}
        </p>
      )}
      <section aria-labelledby="agreement-provisions">
        <h2 id="agreement-provisions">{t('agreements.provisions')}</h2>
        <dl class="agreement-provisions">
          <div>
            <dt>{t('agreements.provision.recruitment')}</dt>
            <dd>
              <p>{r.allowed ? t('agreements.recruitment.yes') : t('agreements.recruitment.no')}</p>
              {r.channel && <p>{t('agreements.recruitment.channelIs', { channel: r.channel })}</p>}
              {r.employers.length > 0 && (
                <p>{t('agreements.recruitment.employers', { employers: r.employers.join('; ') })}</p>
              )}
              {(r.from || r.until) && (
                <p>
                  {t('agreements.recruitment.window', {
                    from: day(r.from),
                    until: r.until ? day(r.until) : t('agreements.open'),
                  })}
                </p>
              )}
              {r.caps.length > 0 && (
                <ul>
                  {r.caps.map((c, i) => (
                    <li key={i}>
                      {t(`agreements.cap.${c.per}`, {
                        max: formatNumber(c.max),
                        cadre: cadresText(c.occupation ? [c.occupation] : []),
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {provisions
                .filter((p) => p.kind === 'recruitment')
                .map((p) => (
                  <p key={p.kind} dir="auto">
                    {p.text}
                  </p>
                ))}
            </dd>
          </div>
          {PROVISION_KINDS.filter((k) => k !== 'recruitment').map((k) => {
            const p = provisions.find((x) => x.kind === k);
            return (
              <div key={k}>
                <dt>{t(`agreements.provision.${k}`)}</dt>
                <dd>
                  {p ? (
                    <span dir="auto">{p.text}</span>
                  ) : (
                    <span class="muted">{t('agreements.notRecorded')}</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section aria-labelledby="agreement-history">
        <h2 id="agreement-history">{t('agreements.history')}</h2>
        {a.statusGiven && (
          <p>{t('agreements.statusGiven', { status: t(`agreements.status.${a.statusGiven}`) })}</p>
        )}
        {a.events.length === 0 ? (
          <p class="muted">{t('agreements.noHistory')}</p>
        ) : (
          <ol class="agreement-history">
            {a.events.map((e) => (
              <li key={`${e.origin}-${e.id}`}>
                <strong>{day(e.on)}</strong> — {t(`agreements.event.${e.kind}`)}
                {e.note && <p dir="auto">{e.note}</p>}
                {e.recordedBy && (
                  <p class="muted small">
                    {t('agreements.recordedBy', { who: e.recordedBy, at: formatDateTime(e.recordedAt) })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Publishing, the status history's next event, and the whole agreement's form, for those who manage it. */
function Manage(props: { a: Agreement; onSaved: (a: Agreement, text: string) => void }) {
  const { a } = props;
  const [kind, setKind] = useState<(typeof EVENT_KINDS)[number]>('suspended');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<Agreement>, text: string) => {
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await run(), text);
    } catch (e) {
      setError(problemText(e instanceof Error ? e : new Error(String(e))));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="agreement-manage no-print" aria-labelledby="agreement-manage">
      <h2 id="agreement-manage">{t('agreements.manage')}</h2>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(
              () => publishAgreement(a.id, { published: !a.published, version: a.version }),
              a.published ? t('agreements.withdrawn') : t('agreements.publishedNow'),
            )
          }
        >
          {a.published ? t('agreements.withdraw') : t('agreements.publish')}
        </button>
      </p>
      <form
        class="agreement-event"
        onSubmit={(e) => {
          e.preventDefault();
          void act(
            () => recordEvent(a.id, { kind, on, note, version: a.version }),
            t('agreements.eventRecorded'),
          ).then(() => setNote(''));
        }}
      >
        <h3>{t('agreements.recordEvent')}</h3>
        <div class="field-row">
          <div class="field">
            <label for="agreement-event-kind">{t('agreements.eventKind')}</label>
            <select
              id="agreement-event-kind"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
            >
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`agreements.event.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="agreement-event-on">{t('agreements.eventOn')}</label>
            <input
              id="agreement-event-on"
              type="date"
              required
              value={on}
              onInput={(e) => setOn(e.currentTarget.value)}
            />
          </div>
        </div>
        <div class="field">
          <label for="agreement-event-note">{t('agreements.eventNote')}</label>
          <textarea
            id="agreement-event-note"
            required
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('agreements.recordEvent')}
        </button>
      </form>
      <details class="agreement-edit">
        <summary>{t('agreements.edit')}</summary>
        <AgreementForm
          key={a.version}
          agreement={a}
          submitLabel={t('agreements.form.save')}
          onSubmit={async (fields) => {
            const next = await updateAgreement(a.id, { ...fields, version: a.version });
            props.onSaved(next, t('agreements.saved'));
          }}
        />
      </details>
    </section>
  );
}
