import { useEffect, useRef, useState } from 'preact/hooks';
import { Load, problemText } from '../../components/Status.tsx';
import { lang, t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Field, FormAlert, ListTable } from '../accounts/components.tsx';
import { type FormErrors, formErrors, NO_ERRORS } from '../accounts/state.ts';
import { actOnRound, createRound, getQuestionnaires, getRounds, type QuestionnaireSummary } from './api.ts';
import {
  type Round,
  type RoundAction,
  roundActionResult,
  roundActions,
  roundLabel,
  roundRequest,
  roundsNewestFirst,
  versionsOf,
} from './state.ts';
import { dayText, worded } from './ui.tsx';

export type Notice = { ok: boolean; text: string } | null;

/** A polite live region for what an action did, or an alert for what the API refused. */
export function NoticeLine(props: { notice: Notice }) {
  return (
    <div aria-live="polite" role="status">
      {props.notice && <p class={props.notice.ok ? 'status' : 'status error'}>{props.notice.text}</p>}
    </div>
  );
}

/** Open, close or publish a round, each after a confirmation; the API's refusal in words. */
export function RoundActions(props: { round: Round; onDone: (round: Round | null, notice: Notice) => void }) {
  const { round } = props;
  const [asking, setAsking] = useState<RoundAction | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The button pressed gives way to the confirmation: the keyboard goes on to it.
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const actions = roundActions(round.state);
  if (actions.length === 0) return null;
  const run = async (action: RoundAction) => {
    setBusy(true);
    try {
      const after = await actOnRound(round.id, action);
      setAsking(null);
      props.onDone(after, {
        ok: true,
        text: t('reporting.done', {
          round: after.label,
          state: t(`reporting.roundState.${roundActionResult(action)}`),
        }),
      });
    } catch (e) {
      setAsking(null);
      props.onDone(null, {
        ok: false,
        text: t('reporting.refused', {
          round: round.label,
          message: problemText(e instanceof Error ? e : new Error(String(e))),
        }),
      });
    } finally {
      setBusy(false);
    }
  };
  if (asking)
    return (
      <div class="rep-confirm">
        <p id={`confirm-${round.id}`}>
          {t(`reporting.confirm.${asking}`, { round: round.label, date: dayText(round.closesOn) })}
        </p>
        <div class="actions">
          <button
            ref={confirm}
            type="button"
            class="button"
            aria-describedby={`confirm-${round.id}`}
            disabled={busy}
            onClick={() => void run(asking)}
          >
            {t(`reporting.roundAction.${asking}`)}
          </button>
          <button type="button" disabled={busy} onClick={() => setAsking(null)}>
            {t('reporting.cancel')}
          </button>
        </div>
      </div>
    );
  return (
    <div class="actions">
      {actions.map((a) => (
        <button key={a} type="button" onClick={() => setAsking(a)}>
          {t(`reporting.roundAction.${a}`)}
          <span class="visually-hidden"> {round.label}</span>
        </button>
      ))}
    </div>
  );
}

function QuestionnaireOptions(props: { list: QuestionnaireSummary[]; none?: boolean }) {
  const l = lang();
  return (
    <>
      <option value="">{props.none ? t('reporting.field.none') : t('reporting.field.chooseVersion')}</option>
      {props.list.map((q) => (
        <option key={q.id} value={String(q.id)}>
          {t('reporting.questionnaire.version', { title: q.title[l] ?? q.title.en, version: q.version })}
        </option>
      ))}
    </>
  );
}

const EMPTY_ROUND = {
  year: '',
  opensOn: '',
  closesOn: '',
  questionnaireId: '',
  stakeholderQuestionnaireId: '',
};

function CreateRoundForm(props: { onCreated: (round: Round) => void }) {
  const versions = useAsync(
    () => Promise.all([getQuestionnaires('national'), getQuestionnaires('stakeholder')]),
    [],
  );
  const [form, setForm] = useState(EMPTY_ROUND);
  // The newest versions are chosen until the secretariat picks others.
  const newest =
    versions.status === 'ok'
      ? {
          questionnaireId: String(versionsOf(versions.data[0], 'national')[0]?.id ?? ''),
          stakeholderQuestionnaireId: String(versionsOf(versions.data[1], 'stakeholder')[0]?.id ?? ''),
        }
      : null;
  useEffect(() => {
    if (newest && form.questionnaireId === '' && form.stakeholderQuestionnaireId === '')
      setForm((f) => ({ ...f, ...newest }));
  }, [newest?.questionnaireId, newest?.stakeholderQuestionnaireId]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof EMPTY_ROUND) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const request = roundRequest(form);
    if (!request.ok) return setErrors(worded(request.errors));
    setBusy(true);
    try {
      const round = await createRound(request.body);
      setErrors(NO_ERRORS);
      setForm({ ...EMPTY_ROUND, ...newest });
      props.onCreated(round);
    } catch (err) {
      setErrors(formErrors(err, Object.keys(EMPTY_ROUND)));
    } finally {
      setBusy(false);
    }
  };
  const year = Number(form.year);
  return (
    <form class="form rep-form" onSubmit={submit} noValidate aria-labelledby="round-new">
      <h2 id="round-new">{t('reporting.create.title')}</h2>
      <FormAlert errors={errors} />
      <Load state={versions}>
        {([national, stakeholder]) => (
          <>
            <Field
              id="round-year"
              label={t('reporting.field.year')}
              error={errors.fields.year}
              hint={
                Number.isInteger(year) && year >= 2010 && year <= 2100
                  ? t('reporting.field.yearHint', { label: roundLabel(year) })
                  : undefined
              }
            >
              {(aria) => (
                <input
                  {...aria}
                  type="text"
                  inputMode="numeric"
                  autocomplete="off"
                  maxLength={4}
                  required
                  value={form.year}
                  onInput={set('year')}
                />
              )}
            </Field>
            <div class="rep-dates">
              <Field id="round-opens" label={t('reporting.field.opensOn')} error={errors.fields.opensOn}>
                {(aria) => (
                  <input {...aria} type="date" required value={form.opensOn} onInput={set('opensOn')} />
                )}
              </Field>
              <Field id="round-closes" label={t('reporting.field.closesOn')} error={errors.fields.closesOn}>
                {(aria) => (
                  <input {...aria} type="date" required value={form.closesOn} onInput={set('closesOn')} />
                )}
              </Field>
            </div>
            <Field
              id="round-questionnaire"
              label={t('reporting.field.questionnaire')}
              error={errors.fields.questionnaireId}
            >
              {(aria) => (
                <select {...aria} required value={form.questionnaireId} onChange={set('questionnaireId')}>
                  <QuestionnaireOptions list={versionsOf(national, 'national')} />
                </select>
              )}
            </Field>
            <Field
              id="round-stakeholder"
              label={t('reporting.field.stakeholderQuestionnaire')}
              error={errors.fields.stakeholderQuestionnaireId}
            >
              {(aria) => (
                <select
                  {...aria}
                  value={form.stakeholderQuestionnaireId}
                  onChange={set('stakeholderQuestionnaireId')}
                >
                  <QuestionnaireOptions list={versionsOf(stakeholder, 'stakeholder')} none />
                </select>
              )}
            </Field>
            <p>
              <button type="submit" class="button" disabled={busy}>
                {t('reporting.create.submit')}
              </button>
            </p>
          </>
        )}
      </Load>
    </form>
  );
}

function RoundsTable(props: {
  rounds: Round[];
  manage: boolean;
  onDone: (r: Round | null, n: Notice) => void;
}) {
  return (
    <ListTable caption={t('reporting.rounds')} captionHidden class="rep-rounds">
      <thead>
        <tr>
          <th scope="col">{t('reporting.col.round')}</th>
          <th scope="col">{t('reporting.col.opens')}</th>
          <th scope="col">{t('reporting.col.closes')}</th>
          <th scope="col">{t('reporting.col.state')}</th>
          <th scope="col">{t('reporting.col.questionnaire')}</th>
          {props.manage && <th scope="col">{t('reporting.col.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {props.rounds.map((r) => (
          <tr key={r.id} data-round={r.id}>
            <th scope="row">
              <a href={href('/reporting', { round: r.id })}>{r.label}</a>
            </th>
            <td>{dayText(r.opensOn)}</td>
            <td>{dayText(r.closesOn)}</td>
            <td>
              <span class="round-state" data-state={r.state}>
                {t(`reporting.roundState.${r.state}`)}
              </span>
            </td>
            <td>
              <bdi>{r.questionnaireVersion}</bdi>
              {r.stakeholderQuestionnaireVersion && (
                <span class="small muted">
                  {' · '}
                  {t('reporting.stakeholderVersion', { version: r.stakeholderQuestionnaireVersion })}
                </span>
              )}
            </td>
            {props.manage && (
              <td>
                <RoundActions round={r} onDone={props.onDone} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ListTable>
  );
}

/** The secretariat's hub: every round with what its state allows, and a form to create the next one. */
export function RoundsHub(props: { manage: boolean }) {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const rounds = useAsync(getRounds, [reload]);
  const done = (_: Round | null, n: Notice) => {
    setNotice(n);
    setReload((x) => x + 1);
  };
  return (
    <>
      <h2>{t('reporting.rounds')}</h2>
      <NoticeLine notice={notice} />
      <Load state={rounds}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('reporting.noRounds')}</p>
          ) : (
            <RoundsTable rounds={roundsNewestFirst(list)} manage={props.manage} onDone={done} />
          )
        }
      </Load>
      {props.manage && (
        <CreateRoundForm
          onCreated={(r) => done(r, { ok: true, text: t('reporting.created', { round: r.label }) })}
        />
      )}
    </>
  );
}
