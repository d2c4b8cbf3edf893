import { useEffect, useRef, useState } from 'preact/hooks';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Field, FormAlert, ListTable, when } from '../accounts/components.tsx';
import { type FormErrors, formErrors, NO_ERRORS } from '../accounts/state.ts';
import { AreaOptions, countryOptions } from '../admin/AreaSelect.tsx';
import { designateAuthority, getAreaAuthorities, getAuthorities } from './api.ts';
import type { Notice } from './Rounds.tsx';
import { type Authority, authorityHistory, designateRequest, groupAuthorities, type Round } from './state.ts';
import { worded } from './ui.tsx';

const EMPTY = {
  area: '',
  organisation: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  invite: true,
};
const FIELDS = ['area', 'organisation', 'contactName', 'contactEmail', 'contactPhone', 'invite'];

function DesignateForm(props: {
  round: Round;
  countries: Map<string, Area>;
  inForce: Map<string, Authority>;
  onDesignated: (a: Authority) => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const set = (k: Exclude<keyof typeof EMPTY, 'invite'>) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const request = designateRequest(form);
    if (!request.ok) return setErrors(worded(request.errors));
    setBusy(true);
    try {
      const made = await designateAuthority(props.round.id, request.body);
      setErrors(NO_ERRORS);
      setForm(EMPTY);
      props.onDesignated(made);
    } catch (err) {
      setErrors(formErrors(err, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  const replaced = form.area ? props.inForce.get(form.area) : undefined;
  return (
    <form class="form rep-form" onSubmit={submit} noValidate aria-labelledby="designate-new">
      <h3 id="designate-new">{t('reporting.designate.title')}</h3>
      <FormAlert errors={errors} />
      <Field
        id="designate-area"
        label={t('reporting.field.area')}
        error={errors.fields.area}
        hint={
          replaced
            ? t('reporting.designate.replaces', {
                organisation: replaced.organisation,
                area: areaName(replaced.area, props.countries, replaced.areaName),
              })
            : undefined
        }
      >
        {(aria) => (
          <select {...aria} required value={form.area} onChange={set('area')}>
            <AreaOptions options={countryOptions(props.countries)} />
          </select>
        )}
      </Field>
      <Field
        id="designate-organisation"
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
      <Field id="designate-name" label={t('reporting.field.contactName')} error={errors.fields.contactName}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            required
            maxLength={200}
            autocomplete="off"
            value={form.contactName}
            onInput={set('contactName')}
          />
        )}
      </Field>
      <Field
        id="designate-email"
        label={t('reporting.field.contactEmail')}
        error={errors.fields.contactEmail}
      >
        {(aria) => (
          <input
            {...aria}
            type="email"
            dir="ltr"
            required
            maxLength={320}
            autocomplete="off"
            value={form.contactEmail}
            onInput={set('contactEmail')}
          />
        )}
      </Field>
      <Field
        id="designate-phone"
        label={t('reporting.field.contactPhone')}
        error={errors.fields.contactPhone}
      >
        {(aria) => (
          <input
            {...aria}
            type="tel"
            dir="ltr"
            maxLength={60}
            autocomplete="off"
            value={form.contactPhone}
            onInput={set('contactPhone')}
          />
        )}
      </Field>
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            checked={form.invite}
            onChange={(e) => setForm({ ...form, invite: e.currentTarget.checked })}
          />
          <span>{t('reporting.field.invite')}</span>
        </label>
      </div>
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('reporting.designate.submit')}
        </button>
      </p>
    </form>
  );
}

function Status(props: { a: Authority }) {
  const { a } = props;
  return (
    <>
      {a.supersededAt === null ? (
        <span class="auth-state" data-state="in-force">
          {t('reporting.inForce')}
        </span>
      ) : (
        <span class="auth-state" data-state="superseded">
          {t('reporting.superseded', { date: when(a.supersededAt) })}
        </span>
      )}
      {a.invitationPending && (
        <>
          {' '}
          <span class="tag pending">{t('reporting.invitationPending')}</span>
        </>
      )}
    </>
  );
}

function Contact(props: { a: Authority }) {
  const { a } = props;
  return (
    <>
      {a.contactName}
      <br />
      <a href={`mailto:${a.contactEmail}`} dir="ltr" class="user-email">
        {a.contactEmail}
      </a>
      {a.contactPhone && (
        <>
          <br />
          <bdi dir="ltr">{a.contactPhone}</bdi>
        </>
      )}
    </>
  );
}

function Accounts(props: { a: Authority }) {
  if (props.a.accounts.length === 0) return <span class="muted">{t('reporting.noAccount')}</span>;
  return (
    <ul class="plain">
      {props.a.accounts.map((u) => (
        <li key={u.userId}>{u.name}</li>
      ))}
    </ul>
  );
}

function AreaHistory(props: { area: string; name: string; onClose: () => void }) {
  const state = useAsync(() => getAreaAuthorities(props.area), [props.area]);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [props.area]);
  return (
    <section class="rep-history" aria-labelledby="rep-history-title">
      <h3 id="rep-history-title" tabIndex={-1} ref={title}>
        {t('reporting.history.title', { area: props.name })}
      </h3>
      <Load state={state}>
        {(list) => (
          <ListTable caption={t('reporting.history.title', { area: props.name })} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('reporting.col.round')}</th>
                <th scope="col">{t('reporting.col.organisation')}</th>
                <th scope="col">{t('reporting.col.contact')}</th>
                <th scope="col">{t('reporting.col.designated')}</th>
                <th scope="col">{t('reporting.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {authorityHistory(list).map((a) => (
                <tr key={a.id} class={a.supersededAt ? 'superseded' : undefined}>
                  <th scope="row">{a.roundYear}</th>
                  <td>{a.organisation}</td>
                  <td>
                    <Contact a={a} />
                  </td>
                  <td>{when(a.designatedAt)}</td>
                  <td>
                    <Status a={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </ListTable>
        )}
      </Load>
      <p>
        <button type="button" onClick={props.onClose}>
          {t('reporting.history.close')}
        </button>
      </p>
    </section>
  );
}

/** The round's designated national authorities, superseded ones and pending invitations marked, and the form. */
export function Authorities(props: {
  round: Round;
  countries: Map<string, Area>;
  manage: boolean;
  onDesignated: (n: Notice) => void;
}) {
  const [reload, setReload] = useState(0);
  const [history, setHistory] = useState<{ area: string; name: string } | null>(null);
  const state = useAsync(() => getAuthorities(props.round.id), [props.round.id, reload]);
  const named = (a: Authority) => areaName(a.area, props.countries, a.areaName);
  const open = props.round.state === 'planned' || props.round.state === 'open';
  return (
    <section aria-labelledby="rep-authorities">
      <h2 id="rep-authorities">{t('reporting.authorities')}</h2>
      <Load state={state}>
        {(list) => {
          const groups = groupAuthorities(
            list.map((a) => ({ ...a, areaName: named(a) })),
            (a, b) => collator().compare(a, b),
          );
          const inForce = new Map(groups.flatMap((g) => (g.current ? [[g.area, g.current] as const] : [])));
          return (
            <>
              {props.manage && open && (
                <DesignateForm
                  round={props.round}
                  countries={props.countries}
                  inForce={inForce}
                  onDesignated={(a) => {
                    setReload((n) => n + 1);
                    props.onDesignated({
                      ok: true,
                      text: a.invitationPending
                        ? t('reporting.designatedInvited', {
                            organisation: a.organisation,
                            area: named(a),
                            email: a.contactEmail,
                          })
                        : t('reporting.designated', { organisation: a.organisation, area: named(a) }),
                    });
                  }}
                />
              )}
              {groups.length === 0 ? (
                <p class="muted">{t('reporting.noAuthorities')}</p>
              ) : (
                <ListTable caption={t('reporting.authorities')} captionHidden class="rep-authorities">
                  <thead>
                    <tr>
                      <th scope="col">{t('reporting.col.country')}</th>
                      <th scope="col">{t('reporting.col.organisation')}</th>
                      <th scope="col">{t('reporting.col.contact')}</th>
                      <th scope="col">{t('reporting.col.designated')}</th>
                      <th scope="col">{t('reporting.col.accounts')}</th>
                      <th scope="col">{t('reporting.col.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {groups.flatMap((g) =>
                      [...(g.current ? [g.current] : []), ...g.superseded].map((a, i) => (
                        <tr
                          key={a.id}
                          data-authority={a.id}
                          class={a.supersededAt ? 'superseded' : undefined}
                        >
                          <th scope="row">
                            {i === 0 ? (
                              <>
                                {g.areaName}
                                <br />
                                <button
                                  type="button"
                                  class="small"
                                  onClick={() => setHistory({ area: g.area, name: g.areaName })}
                                >
                                  {t('reporting.history.button')}
                                  <span class="visually-hidden"> — {g.areaName}</span>
                                </button>
                              </>
                            ) : (
                              <span class="visually-hidden">{g.areaName}</span>
                            )}
                          </th>
                          <td>{a.organisation}</td>
                          <td>
                            <Contact a={a} />
                          </td>
                          <td>
                            {when(a.designatedAt)}
                            <br />
                            <span class="small muted">
                              {t('reporting.designatedBy', { who: a.designatedBy })}
                            </span>
                          </td>
                          <td>
                            <Accounts a={a} />
                          </td>
                          <td>
                            <Status a={a} />
                          </td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </ListTable>
              )}
              {history && <AreaHistory {...history} onClose={() => setHistory(null)} />}
            </>
          );
        }}
      </Load>
    </section>
  );
}
