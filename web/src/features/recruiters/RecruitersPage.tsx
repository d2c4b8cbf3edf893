import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type FieldError, getCountries } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { href, navigate, setParams } from '../../lib/router.ts';
import { refreshSession, useSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  type AttemptResult,
  actOnComplaint,
  appeal,
  apply,
  type Complaint,
  type ComplaintFollow,
  complain,
  decideAppeal,
  follow,
  getMine,
  getOrganisations,
  getQueue,
  getRegisters,
  type Organisation,
  reconfirm,
  reinstate,
  review,
  type StartedAttempt,
  startAttempt,
  submitAttempt,
} from './api.ts';
import { DeclarationQueue, Declarations } from './Declarations.tsx';
import { areaName, failure, type Notice, NoticeLine } from './parts.tsx';
import './recruiters.css';

const VIEWS = ['register', 'apply', 'mine', 'test', 'complain', 'review'] as const;
type View = (typeof VIEWS)[number];
const viewOf = (p: URLSearchParams): View => {
  const v = p.get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as View) : 'register';
};
const intParam = (p: URLSearchParams, name: string) => {
  const n = Number(p.get(name));
  return Number.isInteger(n) && n > 0 ? n : null;
};
const link = (view: View, params: Record<string, string | number> = {}) =>
  href('/recruiters', view === 'register' ? params : { view, ...params });

const statusText = (o: Pick<Organisation, 'status'>) => t(`recruiters.status.${o.status}`);

/**
 * The recruiters' register of destination countries: the public list with each organisation's status and history,
 * applying and the knowledge test, complaints by anyone, appeals by organisations, and the reviewers' queue.
 */
export default function RecruitersPage({ url }: PageProps) {
  const view = viewOf(url.searchParams);
  const { session } = useSession();
  const countries = useAsync(() => getCountries(), []);
  const reviewer = session?.permissions.includes('recruiters.review') ?? false;
  const items: Array<[View, string]> = [
    ['register', t('recruiters.nav.register')],
    ['apply', t('recruiters.nav.apply')],
    ['mine', t('recruiters.nav.mine')],
    ['complain', t('recruiters.nav.complain')],
    ...(reviewer ? ([['review', t('recruiters.nav.review')]] as Array<[View, string]>) : []),
  ];
  const current = view === 'test' ? 'mine' : view;
  return (
    <section class="page recruiters">
      <h1>{t('recruiters.title')}</h1>
      <p>{t('recruiters.intro')}</p>
      <nav aria-label={t('recruiters.nav')} class="recruiters-nav">
        <ul>
          {items.map(([v, label]) => (
            <li key={v}>
              <a href={link(v)} aria-current={current === v ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Load state={countries}>
        {() => (
          <>
            {view === 'register' && <Register params={url.searchParams} />}
            {view === 'apply' && <Apply signedIn={Boolean(session?.user)} />}
            {view === 'mine' && <Mine />}
            {view === 'test' && <Test org={intParam(url.searchParams, 'org')} />}
            {view === 'complain' && <Complain params={url.searchParams} />}
            {view === 'review' && <Review params={url.searchParams} reviewer={reviewer} />}
          </>
        )}
      </Load>
    </section>
  );
}

function History({ org }: { org: Organisation }) {
  return (
    <details class="recruiter-history">
      <summary>{t('recruiters.history')}</summary>
      <ol>
        {org.history.map((h) => (
          <li key={`${h.at}-${h.step}`}>
            <time dateTime={h.at}>{formatDate(h.at)}</time> — {t(`recruiters.step.${h.step}`)}
            {h.note ? `: ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function Register({ params }: { params: URLSearchParams }) {
  const register = params.get('register') ?? '';
  const words = params.get('q') ?? '';
  const state = useAsync(
    () =>
      Promise.all([
        getRegisters(),
        getOrganisations({ ...(register ? { register } : {}), ...(words ? { q: words } : {}) }),
      ]),
    [register, words],
  );
  const [reg, setReg] = useState(register);
  const [q, setQ] = useState(words);
  return (
    <Load state={state}>
      {([registers, list]) =>
        registers.registers.length === 0 ? (
          <p class="muted">{t('recruiters.noRegister')}</p>
        ) : (
          <>
            <form
              class="controls no-print"
              aria-label={t('recruiters.filter')}
              onSubmit={(e) => {
                e.preventDefault();
                setParams({ register: reg, q });
              }}
            >
              <label>
                {t('recruiters.filter.register')}
                <select value={reg} onChange={(e) => setReg(e.currentTarget.value)}>
                  <option value="">{t('recruiters.filter.anyRegister')}</option>
                  {registers.registers.map((r) => (
                    <option key={r.destination} value={r.destination}>
                      {areaName(r.destination, undefined, r.destinationName)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('recruiters.filter.words')}
                <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
              </label>
              <button type="submit">{t('recruiters.filter.show')}</button>
            </form>
            <p class="muted">{t('recruiters.count', { count: list.organisations.length })}</p>
            {list.organisations.length === 0 && <p>{t('recruiters.none')}</p>}
            <ul class="recruiter-list">
              {list.organisations.map((o) => (
                <li key={o.id}>
                  <article class="recruiter-card" data-id={o.id} aria-labelledby={`org-${o.id}`}>
                    <h2 id={`org-${o.id}`}>{o.name}</h2>
                    <p>
                      <span class={`recruiter-status recruiter-status-${o.status}`}>{statusText(o)}</span>{' '}
                      <span class="muted">{t('recruiters.since', { date: formatDate(o.statusAt) })}</span>
                    </p>
                    <p class="muted small">
                      {o.legalEntity} · {t(`recruiters.kind.${o.kind}`)} · {areaName(o.register)}
                    </p>
                    <History org={o} />
                    {o.status !== 'removed' && (
                      <p>
                        <a href={link('complain', { org: o.id })}>
                          {t('recruiters.complainAbout', { name: o.name })}
                        </a>
                      </p>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </Load>
  );
}

function FieldErrors({ fields }: { fields: FieldError[] }) {
  if (fields.length === 0) return null;
  return (
    <ul class="field-errors">
      {fields.map((f) => (
        <li key={f.field}>
          <code>{f.field}</code>: {f.message}
        </li>
      ))}
    </ul>
  );
}

function Apply({ signedIn }: { signedIn: boolean }) {
  const registers = useAsync(() => getRegisters(), []);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const s = (name: string) => String(f.get(name) ?? '').trim();
    const body = {
      register: s('register'),
      kind: s('kind'),
      name: s('name'),
      legalEntity: s('legalEntity'),
      ...(s('registrationNumber') ? { registrationNumber: s('registrationNumber') } : {}),
      ...(s('website') ? { website: s('website') } : {}),
      countries: s('countries')
        .split(/[\s,;]+/)
        .filter(Boolean),
      associatedBusinesses: s('associatedName')
        ? [{ name: s('associatedName'), relationship: s('associatedRelationship') }]
        : [],
      referees: [
        { name: s('refereeName'), organisation: s('refereeOrganisation'), email: s('refereeEmail') },
      ],
      commitsToCode: f.get('commitsToCode') === 'on',
      chargesNoFees: f.get('chargesNoFees') === 'on',
      ...(signedIn
        ? {}
        : {
            account: {
              name: s('accountName'),
              email: s('accountEmail'),
              password: String(f.get('password') ?? ''),
            },
          }),
    };
    setBusy(true);
    try {
      const result = await apply(body);
      await refreshSession();
      setNotice({ ok: true, text: t('recruiters.apply.done', { name: result.organisation.name }) });
      navigate(link('mine'));
    } catch (err) {
      const { text, fields } = failure(err);
      setNotice({ ok: false, text });
      setFields(fields);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Load state={registers}>
      {({ registers }) => (
        <form class="recruiter-form" onSubmit={onSubmit} aria-labelledby="apply-title">
          <h2 id="apply-title">{t('recruiters.apply.title')}</h2>
          <p>{t('recruiters.apply.intro')}</p>
          <fieldset>
            <legend>{t('recruiters.apply.organisation')}</legend>
            <label>
              {t('recruiters.apply.register')}
              <select name="register" required>
                {registers.map((r) => (
                  <option key={r.destination} value={r.destination}>
                    {areaName(r.destination, undefined, r.destinationName)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('recruiters.apply.kind')}
              <select name="kind">
                <option value="agency">{t('recruiters.kind.agency')}</option>
                <option value="employer">{t('recruiters.kind.employer')}</option>
              </select>
            </label>
            <label>
              {t('recruiters.apply.name')}
              <input name="name" required maxLength={300} />
            </label>
            <label>
              {t('recruiters.apply.legalEntity')}
              <input name="legalEntity" required maxLength={300} />
            </label>
            <label>
              {t('recruiters.apply.registrationNumber')}
              <input name="registrationNumber" maxLength={100} />
            </label>
            <label>
              {t('recruiters.apply.website')}
              <input name="website" type="url" maxLength={500} />
            </label>
            <label>
              {t('recruiters.apply.countries')}
              <input name="countries" required aria-describedby="countries-hint" />
              <span id="countries-hint" class="muted small">
                {t('recruiters.apply.countriesHint')}
              </span>
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('recruiters.apply.associated')}</legend>
            <label>
              {t('recruiters.apply.associatedName')}
              <input name="associatedName" maxLength={300} />
            </label>
            <label>
              {t('recruiters.apply.associatedRelationship')}
              <input name="associatedRelationship" maxLength={300} />
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('recruiters.apply.referee')}</legend>
            <label>
              {t('recruiters.apply.refereeName')}
              <input name="refereeName" required maxLength={200} />
            </label>
            <label>
              {t('recruiters.apply.refereeOrganisation')}
              <input name="refereeOrganisation" required maxLength={300} />
            </label>
            <label>
              {t('recruiters.apply.refereeEmail')}
              <input name="refereeEmail" type="email" required maxLength={254} />
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('recruiters.apply.commitments')}</legend>
            <label class="check">
              <input type="checkbox" name="commitsToCode" required />
              {t('recruiters.apply.commitsToCode')}
            </label>
            <label class="check">
              <input type="checkbox" name="chargesNoFees" required />
              {t('recruiters.apply.chargesNoFees')}
            </label>
          </fieldset>
          {!signedIn && (
            <fieldset>
              <legend>{t('recruiters.apply.account')}</legend>
              <p class="muted small">{t('recruiters.apply.accountIntro')}</p>
              <label>
                {t('recruiters.apply.accountName')}
                <input name="accountName" required autoComplete="name" maxLength={200} />
              </label>
              <label>
                {t('recruiters.apply.accountEmail')}
                <input name="accountEmail" type="email" required autoComplete="email" maxLength={254} />
              </label>
              <label>
                {t('recruiters.apply.accountPassword')}
                <input name="password" type="password" required autoComplete="new-password" minLength={12} />
              </label>
            </fieldset>
          )}
          <FieldErrors fields={fields} />
          <NoticeLine notice={notice} />
          <button type="submit" disabled={busy}>
            {t('recruiters.apply.submit')}
          </button>
        </form>
      )}
    </Load>
  );
}

function Mine() {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const state = useAsync(
    () =>
      getMine().catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }),
    [reload],
  );
  const act = async (run: () => Promise<unknown>, ok: string) => {
    try {
      await run();
      setNotice({ ok: true, text: ok });
      setReload((n) => n + 1);
    } catch (err) {
      setNotice({ ok: false, text: failure(err).text });
    }
  };
  return (
    <>
      <h2>{t('recruiters.mine.title')}</h2>
      <NoticeLine notice={notice} />
      <Load state={state}>
        {(list) =>
          list === null ? (
            <p>{t('recruiters.mine.signIn')}</p>
          ) : list.organisations.length === 0 ? (
            <p>{t('recruiters.mine.none')}</p>
          ) : (
            list.organisations.map((o) => <MyOrganisation key={o.id} org={o} act={act} />)
          )
        }
      </Load>
    </>
  );
}

function MyOrganisation(props: {
  org: Organisation;
  act: (run: () => Promise<unknown>, ok: string) => Promise<void>;
}) {
  const { org, act } = props;
  const d = org.details;
  const standing = d?.standing;
  return (
    <article class="recruiter-card" aria-labelledby={`mine-${org.id}`}>
      <h3 id={`mine-${org.id}`}>{org.name}</h3>
      <p>
        <span class={`recruiter-status recruiter-status-${org.status}`}>{statusText(org)}</span>{' '}
        <span class="muted">{t('recruiters.since', { date: formatDate(org.statusAt) })}</span>
      </p>
      {standing && org.status === 'applied' && (
        <>
          <p>
            {t('recruiters.mine.standing', { failures: standing.failures, remaining: standing.remaining })}
          </p>
          {standing.waitUntil && <p>{t('recruiters.mine.wait', { date: formatDate(standing.waitUntil) })}</p>}
          {standing.allowed && (
            <p>
              <a class="button" href={link('test', { org: org.id })}>
                {t('recruiters.mine.takeTest')}
              </a>
            </p>
          )}
        </>
      )}
      {standing?.passed && <p>{t('recruiters.mine.passed')}</p>}
      {d && d.attempts.length > 0 && (
        <>
          <h4>{t('recruiters.mine.attempts')}</h4>
          <ul>
            {d.attempts
              .filter((a) => a.submittedAt)
              .map((a) => (
                <li key={a.id}>
                  {t('recruiters.mine.attempt', {
                    date: formatDate(a.submittedAt ?? a.startedAt),
                    score: a.score ?? 0,
                    total: a.questions,
                    result: a.passed
                      ? t('recruiters.mine.attemptPassed')
                      : t('recruiters.mine.attemptFailed'),
                  })}
                </li>
              ))}
          </ul>
        </>
      )}
      {(org.reconfirmation.state === 'due' || org.reconfirmation.state === 'overdue') && (
        <p>
          {t('recruiters.mine.reconfirmDue', { date: formatDate(org.reconfirmation.dueAt ?? org.statusAt) })}{' '}
          <button
            type="button"
            onClick={() => act(() => reconfirm(org.id), t('recruiters.mine.reconfirmed'))}
          >
            {t('recruiters.mine.reconfirm')}
          </button>
        </p>
      )}
      {d && d.complaints.length > 0 && (
        <>
          <h4>{t('recruiters.complaints')}</h4>
          {d.complaints.map((c) => (
            <div key={c.id} class="recruiter-complaint">
              <p>{complaintLine(c)}</p>
              {c.appeal && <p>{t(`recruiters.appeal.status.${c.appeal.status}`)}</p>}
              {!c.appeal && ['warning', 'suspension', 'removal'].includes(c.status) && (
                <AppealForm org={org} complaint={c} act={act} />
              )}
            </div>
          ))}
        </>
      )}
      {(org.status === 'listed' || org.status === 'warned') && <Declarations org={org} />}
      <History org={org} />
    </article>
  );
}

const complaintLine = (c: Complaint) =>
  t('recruiters.complaint.line', {
    reference: c.reference,
    date: formatDate(c.filedAt),
    status: t(`recruiters.complaint.status.${c.status}`),
  });

function AppealForm(props: {
  org: Organisation;
  complaint: Complaint;
  act: (run: () => Promise<unknown>, ok: string) => Promise<void>;
}) {
  const [statement, setStatement] = useState('');
  const id = `appeal-${props.complaint.id}`;
  return (
    <form
      class="recruiter-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void props.act(
          () => appeal(props.org.id, props.complaint.id, statement),
          t('recruiters.appeal.done'),
        );
      }}
    >
      <h5 id={`${id}-title`}>{t('recruiters.appeal.title', { reference: props.complaint.reference })}</h5>
      <label>
        {t('recruiters.appeal.statement')}
        <textarea
          required
          minLength={10}
          rows={5}
          value={statement}
          onInput={(e) => setStatement(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('recruiters.appeal.submit')}</button>
    </form>
  );
}

function Test({ org }: { org: number | null }) {
  const [round, setRound] = useState(0);
  const state = useAsync(() => (org ? startAttempt(org) : Promise.reject(new Error('?'))), [org, round]);
  const [result, setResult] = useState<AttemptResult | null>(null);
  return (
    <>
      <h2>{t('recruiters.test.title')}</h2>
      {result ? (
        <TestResult
          result={result}
          again={() => {
            setResult(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <Load state={state}>
          {(attempt) => <TestForm key={attempt.id} attempt={attempt} onResult={setResult} />}
        </Load>
      )}
    </>
  );
}

function TestForm({ attempt, onResult }: { attempt: StartedAttempt; onResult: (r: AttemptResult) => void }) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (attempt.questions.some((q) => answers[q.id] === undefined)) {
      setNotice({ ok: false, text: t('recruiters.test.unanswered') });
      return;
    }
    try {
      onResult(await submitAttempt(attempt.organisationId, attempt.id, answers));
      window.scrollTo(0, 0);
    } catch (err) {
      setNotice({ ok: false, text: failure(err).text });
    }
  };
  return (
    <form class="recruiter-test" onSubmit={onSubmit}>
      <p>{t('recruiters.test.intro', { count: attempt.questions.length, passMark: attempt.passMark })}</p>
      <ol>
        {attempt.questions.map((q, n) => (
          <li key={q.id}>
            <fieldset data-question={q.id}>
              <legend>{t('recruiters.test.question', { n: n + 1, text: q.text })}</legend>
              {q.options.map((option, i) => (
                <label class="check" key={option}>
                  <input
                    type="radio"
                    name={q.id}
                    value={i}
                    checked={answers[q.id] === i}
                    onChange={() => setAnswers({ ...answers, [q.id]: i })}
                  />
                  {option}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <NoticeLine notice={notice} />
      <button type="submit">{t('recruiters.test.submit')}</button>
    </form>
  );
}

function TestResult({ result, again }: { result: AttemptResult; again: () => void }) {
  const { attempt, standing } = result;
  const vars = { score: attempt.score ?? 0, total: attempt.questions, remaining: standing.remaining };
  return (
    <div role="status" class="recruiter-result">
      <p class={attempt.passed ? 'status' : 'status error'}>
        {attempt.passed ? t('recruiters.test.passed', vars) : t('recruiters.test.failed', vars)}
      </p>
      {standing.waitUntil && <p>{t('recruiters.mine.wait', { date: formatDate(standing.waitUntil) })}</p>}
      {!attempt.passed && standing.allowed && (
        <p>
          <button type="button" onClick={again}>
            {t('recruiters.test.again')}
          </button>
        </p>
      )}
      <p>
        <a href={link('mine')}>{t('recruiters.test.back')}</a>
      </p>
    </div>
  );
}

const COMPLAINANTS = ['health_worker', 'employer', 'agency', 'public_body', 'other'] as const;

function Complain({ params }: { params: URLSearchParams }) {
  const chosen = intParam(params, 'org');
  const orgs = useAsync(() => getOrganisations({}), []);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const [filed, setFiled] = useState<string | null>(null);
  const [reference, setReference] = useState(params.get('ref') ?? '');
  const [followed, setFollowed] = useState<ComplaintFollow | null>(null);
  const [followNotice, setFollowNotice] = useState<Notice>(null);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const s = (name: string) => String(f.get(name) ?? '').trim();
    try {
      const receipt = await complain({
        organisationId: Number(s('organisationId')),
        complainantKind: s('complainantKind'),
        anonymous,
        ...(!anonymous && s('name') ? { name: s('name') } : {}),
        ...(!anonymous && s('contact') ? { contact: s('contact') } : {}),
        ...(s('occurredOn') ? { occurredOn: s('occurredOn') } : {}),
        facts: s('facts'),
      });
      setNotice(null);
      setFields([]);
      setReference(receipt.reference);
      setFiled(receipt.reference);
      form.reset();
    } catch (err) {
      const { text, fields } = failure(err);
      setNotice({ ok: false, text });
      setFields(fields);
    }
  };
  const onFollow = async (e: Event) => {
    e.preventDefault();
    try {
      setFollowed(await follow(reference.trim()));
      setFollowNotice(null);
    } catch (err) {
      setFollowed(null);
      setFollowNotice({ ok: false, text: failure(err).text });
    }
  };
  return (
    <>
      <Load state={orgs}>
        {(list) =>
          filed ? (
            <div class="recruiter-receipt" role="status">
              <h2>{t('recruiters.complain.title')}</h2>
              <p>
                {t('recruiters.complain.done')} <strong class="recruiter-reference">{filed}</strong>
              </p>
              <button type="button" onClick={() => setFiled(null)}>
                {t('recruiters.complain.another')}
              </button>
            </div>
          ) : list.organisations.every((o) => o.status === 'removed') ? (
            <>
              <h2>{t('recruiters.complain.title')}</h2>
              <p>{t('recruiters.complain.none')}</p>
            </>
          ) : (
            <form class="recruiter-form" onSubmit={onSubmit} aria-labelledby="complain-title">
              <h2 id="complain-title">{t('recruiters.complain.title')}</h2>
              <p>{t('recruiters.complain.intro')}</p>
              <label>
                {t('recruiters.complain.organisation')}
                <select name="organisationId" required>
                  {list.organisations
                    .filter((o) => o.status !== 'removed')
                    .map((o) => (
                      <option key={o.id} value={o.id} selected={o.id === chosen}>
                        {o.name} ({areaName(o.register)})
                      </option>
                    ))}
                </select>
              </label>
              <label>
                {t('recruiters.complain.kind')}
                <select name="complainantKind">
                  {COMPLAINANTS.map((k) => (
                    <option key={k} value={k}>
                      {t(`recruiters.complain.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="check">
                <input
                  type="checkbox"
                  checked={anonymous}
                  onChange={(e) => setAnonymous(e.currentTarget.checked)}
                />
                {t('recruiters.complain.anonymous')}
              </label>
              {!anonymous && (
                <>
                  <label>
                    {t('recruiters.complain.name')}
                    <input name="name" maxLength={200} autoComplete="name" />
                  </label>
                  <label>
                    {t('recruiters.complain.contact')}
                    <input name="contact" maxLength={300} />
                  </label>
                </>
              )}
              <label>
                {t('recruiters.complain.occurredOn')}
                <input name="occurredOn" type="date" />
              </label>
              <label>
                {t('recruiters.complain.facts')}
                <textarea name="facts" required minLength={10} rows={6} />
              </label>
              <FieldErrors fields={fields} />
              <NoticeLine notice={notice} />
              <button type="submit">{t('recruiters.complain.submit')}</button>
            </form>
          )
        }
      </Load>
      <form class="recruiter-form" onSubmit={onFollow} aria-labelledby="follow-title">
        <h2 id="follow-title">{t('recruiters.follow.title')}</h2>
        <label>
          {t('recruiters.follow.reference')}
          <input value={reference} onInput={(e) => setReference(e.currentTarget.value)} required />
        </label>
        <button type="submit">{t('recruiters.follow.submit')}</button>
        <NoticeLine notice={followNotice} />
        {followed && (
          <div class="recruiter-followed">
            <p>
              {t('recruiters.follow.about', {
                reference: followed.reference,
                name: followed.organisationName,
                status: t(`recruiters.complaint.status.${followed.status}`),
              })}
            </p>
            <ol>
              {followed.steps.map((s) => (
                <li key={s.at + s.status}>
                  {t('recruiters.follow.step', {
                    date: formatDate(s.at),
                    status: t(`recruiters.complaint.status.${s.status}`),
                  })}
                </li>
              ))}
            </ol>
            {followed.appeal && <p>{t(`recruiters.appeal.status.${followed.appeal}`)}</p>}
          </div>
        )}
      </form>
    </>
  );
}

function Review({ params, reviewer }: { params: URLSearchParams; reviewer: boolean }) {
  const registers = useAsync(() => getRegisters(), []);
  if (!reviewer) return <p>{t('recruiters.review.notReviewer')}</p>;
  return (
    <Load state={registers}>
      {({ registers }) => {
        const chosen = params.get('register') ?? registers[0]?.destination ?? '';
        return (
          <>
            <h2>{t('recruiters.review.title')}</h2>
            <label class="controls">
              {t('recruiters.review.register')}
              <select value={chosen} onChange={(e) => setParams({ register: e.currentTarget.value })}>
                {registers.map((r) => (
                  <option key={r.destination} value={r.destination}>
                    {areaName(r.destination, undefined, r.destinationName)}
                  </option>
                ))}
              </select>
            </label>
            {chosen && <ReviewQueue register={chosen} />}
            {chosen && <DeclarationQueue key={chosen} register={chosen} />}
          </>
        );
      }}
    </Load>
  );
}

const DECISIONS = ['close_no_action', 'warning', 'suspension', 'removal'] as const;

function ReviewQueue({ register }: { register: string }) {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const state = useAsync(
    () =>
      Promise.all([getQueue(register), getOrganisations({ register })]).then(([queue, list]) => ({
        ...queue,
        sanctioned: list.organisations.filter((o) => ['warned', 'suspended', 'removed'].includes(o.status)),
      })),
    [register, reload],
  );
  const note = (key: string) => notes[key] ?? '';
  const act = async (run: () => Promise<string>) => {
    try {
      const text = await run();
      setNotice({ ok: true, text });
      setReload((n) => n + 1);
      setNotes({});
    } catch (err) {
      setNotice({ ok: false, text: failure(err).text });
    }
  };
  const noteField = (key: string, label: string) => (
    <label>
      {label}
      <textarea
        rows={2}
        value={note(key)}
        onInput={(e) => setNotes({ ...notes, [key]: e.currentTarget.value })}
      />
    </label>
  );
  const orgDone = (o: Organisation) => t('recruiters.review.done', { name: o.name, status: statusText(o) });
  return (
    <>
      <NoticeLine notice={notice} />
      <Load state={state}>
        {(queue) => (
          <>
            <h3>{t('recruiters.review.applications')}</h3>
            {queue.applications.length === 0 && <p class="muted">{t('recruiters.review.noApplications')}</p>}
            {queue.applications.map((o) => (
              <article key={o.id} class="recruiter-card" aria-labelledby={`app-${o.id}`} data-id={o.id}>
                <h4 id={`app-${o.id}`}>{o.name}</h4>
                <p>
                  <span class={`recruiter-status recruiter-status-${o.status}`}>{statusText(o)}</span>
                </p>
                <p class="muted small">
                  {o.legalEntity} · {t(`recruiters.kind.${o.kind}`)}
                </p>
                {o.details && (
                  <ul class="small">
                    {o.details.referees.map((r) => (
                      <li key={r.email}>
                        {r.name}, {r.organisation} ({r.email})
                      </li>
                    ))}
                    {o.details.associatedBusinesses.map((b) => (
                      <li key={b.name}>
                        {b.name}: {b.relationship}
                      </li>
                    ))}
                  </ul>
                )}
                {noteField(`org-${o.id}`, t('recruiters.review.noteFor', { name: o.name }))}
                <div class="actions">
                  {o.status === 'test_passed' && (
                    <button
                      type="button"
                      onClick={() =>
                        act(async () => orgDone(await review(o.id, 'list', note(`org-${o.id}`).trim())))
                      }
                    >
                      {t('recruiters.review.list')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      act(async () => orgDone(await review(o.id, 'reject', note(`org-${o.id}`).trim())))
                    }
                  >
                    {t('recruiters.review.reject')}
                  </button>
                </div>
              </article>
            ))}
            {queue.reconfirmations.length > 0 && (
              <>
                <h3>{t('recruiters.review.reconfirmations')}</h3>
                <ul>
                  {queue.reconfirmations.map((o) => (
                    <li key={o.id}>
                      {o.name}:{' '}
                      {t('recruiters.mine.reconfirmDue', { date: formatDate(o.reconfirmation.dueAt ?? '') })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {queue.sanctioned.length > 0 && (
              <>
                <h3>{t('recruiters.review.sanctioned')}</h3>
                {queue.sanctioned.map((o) => (
                  <article key={o.id} class="recruiter-card" aria-labelledby={`sanctioned-${o.id}`}>
                    <h4 id={`sanctioned-${o.id}`}>{o.name}</h4>
                    <p>
                      <span class={`recruiter-status recruiter-status-${o.status}`}>{statusText(o)}</span>{' '}
                      <span class="muted">{t('recruiters.since', { date: formatDate(o.statusAt) })}</span>
                    </p>
                    {noteField(`r-${o.id}`, t('recruiters.review.noteFor', { name: o.name }))}
                    <div class="actions">
                      <button
                        type="button"
                        onClick={() =>
                          act(async () => orgDone(await reinstate(o.id, note(`r-${o.id}`).trim())))
                        }
                      >
                        {t('recruiters.review.reinstate', { name: o.name })}
                      </button>
                    </div>
                  </article>
                ))}
              </>
            )}
            <h3>{t('recruiters.complaints')}</h3>
            {queue.complaints.length === 0 && <p class="muted">{t('recruiters.review.noComplaints')}</p>}
            {queue.complaints.map((c) => {
              const key = `c-${c.id}`;
              const complaintDone = (d: Complaint) =>
                t('recruiters.review.complaintDone', {
                  reference: d.reference,
                  status: t(`recruiters.complaint.status.${d.status}`),
                });
              return (
                <article
                  key={c.id}
                  class="recruiter-card"
                  aria-labelledby={`complaint-${c.id}`}
                  data-reference={c.reference}
                >
                  <h4 id={`complaint-${c.id}`}>
                    {c.reference} — {c.organisationName}
                  </h4>
                  <p>{complaintLine(c)}</p>
                  <p class="small">
                    {t('recruiters.review.by', {
                      kind: t(
                        `recruiters.complain.kind.${c.complainantKind}` as 'recruiters.complain.kind.other',
                      ),
                      who: [c.complainantName, c.complainantContact]
                        .filter(Boolean)
                        .map((s) => `, ${s}`)
                        .join(''),
                    })}
                    {c.occurredOn ? ` · ${formatDate(c.occurredOn)}` : ''}
                  </p>
                  <blockquote class="recruiter-facts">{c.facts}</blockquote>
                  {c.decisionNote && <p class="muted">{c.decisionNote}</p>}
                  {c.status === 'received' && (
                    <button
                      type="button"
                      onClick={() =>
                        act(async () => complaintDone(await actOnComplaint(c.id, 'investigate', '')))
                      }
                    >
                      {t('recruiters.review.action.investigate')}
                    </button>
                  )}
                  {c.status === 'investigating' && (
                    <>
                      {noteField(key, t('recruiters.review.note'))}
                      <div class="actions">
                        {DECISIONS.map((d) => (
                          <button
                            key={d}
                            type="button"
                            class={d === 'close_no_action' ? 'secondary' : undefined}
                            onClick={() =>
                              act(async () => complaintDone(await actOnComplaint(c.id, d, note(key).trim())))
                            }
                          >
                            {t(`recruiters.review.action.${d}`)}
                          </button>
                        ))}
                      </div>
                    </>
                  )}
                  {c.appeal && (
                    <div class="recruiter-appeal">
                      <h5>{t('recruiters.review.appeal', { date: formatDate(c.appeal.filedAt) })}</h5>
                      <blockquote class="recruiter-facts">{c.appeal.statement}</blockquote>
                      <p>{t(`recruiters.appeal.status.${c.appeal.status}`)}</p>
                      {c.appeal.decisionNote && <p class="muted">{c.appeal.decisionNote}</p>}
                      {c.appeal.status === 'filed' && (
                        <>
                          {noteField(`a-${c.appeal.id}`, t('recruiters.review.note'))}
                          <div class="actions">
                            {(['upheld', 'dismissed'] as const).map((d) => {
                              const appealId = c.appeal?.id ?? 0;
                              return (
                                <button
                                  key={d}
                                  type="button"
                                  class={d === 'dismissed' ? 'secondary' : undefined}
                                  onClick={() =>
                                    act(async () =>
                                      orgDone(await decideAppeal(appealId, d, note(`a-${appealId}`).trim())),
                                    )
                                  }
                                >
                                  {t(
                                    d === 'upheld' ? 'recruiters.review.uphold' : 'recruiters.review.dismiss',
                                  )}
                                </button>
                              );
                            })}
                          </div>
                        </>
                      )}
                    </div>
                  )}
                </article>
              );
            })}
          </>
        )}
      </Load>
    </>
  );
}
