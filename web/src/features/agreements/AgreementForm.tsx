import { useState } from 'preact/hooks';
import { problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api.ts';
import { labelOf } from '../../lib/format.ts';
import type { Agreement, AgreementFieldsInput } from './api.ts';
import { CADRES } from './labels.ts';
import { AGREEMENT_LEVELS, AGREEMENT_TYPES, type PARTY_SIDES, PROVISION_KINDS } from './statuses.ts';

type Fields = AgreementFieldsInput;
type Side = (typeof PARTY_SIDES)[number];
const GIVEN = ['', 'signed', 'in_force', 'suspended', 'expired', 'terminated'] as const;

/** Parties as the import writes them: `GBR:destination;KEN:origin`, an organisation after a second colon. */
export function partiesText(parties: Agreement['parties']): string {
  return parties
    .map((p) => [p.area, p.side, ...(p.organisation ? [p.organisation] : [])].join(':'))
    .join(';');
}

export function partiesOf(text: string): Fields['parties'] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [area = '', side = '', ...org] = s.split(':');
      return {
        area: area.trim(),
        side: side.trim() as Side,
        organisation: org.join(':').trim() || null,
      };
    });
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The whole of an agreement as a form: creates one, or changes one (keeping what the form does not show). */
export function AgreementForm(props: {
  agreement?: Agreement;
  submitLabel: string;
  onSubmit: (fields: Fields) => Promise<void>;
}) {
  const a = props.agreement;
  const [title, setTitle] = useState(a?.title ?? '');
  const [type, setType] = useState<Fields['type']>(a?.type ?? 'bilateral_mou');
  const [level, setLevel] = useState<NonNullable<Fields['level']>>(a?.level ?? 'government');
  const [parties, setParties] = useState(a ? partiesText(a.parties) : '');
  const [signedOn, setSignedOn] = useState(a?.signedOn ?? '');
  const [inForceOn, setInForceOn] = useState(a?.inForceOn ?? '');
  const [expiresOn, setExpiresOn] = useState(a?.expiresOn ?? '');
  const [statusGiven, setStatusGiven] = useState<string>(a?.statusGiven ?? '');
  const [cadres, setCadres] = useState<string[]>(a?.cadres ?? []);
  const [provisions, setProvisions] = useState<Record<string, string>>(
    Object.fromEntries((a?.provisions ?? []).map((p) => [p.kind, p.text])),
  );
  const [allowed, setAllowed] = useState(a?.recruitment.allowed ?? false);
  const [channel, setChannel] = useState(a?.recruitment.channel ?? '');
  const [textUrl, setTextUrl] = useState(a?.textUrl ?? '');
  const [sourceUrl, setSourceUrl] = useState(a?.sourceUrl ?? '');
  const [notes, setNotes] = useState(a?.notes ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const id = (k: string) => `agreement-${a?.id ?? 'new'}-${k}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit({
        title,
        type,
        level,
        parties: partiesOf(parties),
        signedOn: orNull(signedOn),
        inForceOn: orNull(inForceOn),
        expiresOn: orNull(expiresOn),
        statusGiven: (orNull(statusGiven) as Fields['statusGiven']) ?? null,
        cadres,
        provisions: PROVISION_KINDS.flatMap((kind) => {
          const text = provisions[kind]?.trim();
          return text ? [{ kind, text }] : [];
        }),
        recruitment: {
          ...(a?.recruitment ?? {}),
          allowed,
          channel: orNull(channel),
        },
        textUrl: orNull(textUrl),
        sourceUrl: orNull(sourceUrl),
        notes: orNull(notes),
        externalRef: a?.externalRef ?? null,
      });
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <form class="agreement-form" onSubmit={submit}>
      <div class="field">
        <label for={id('title')}>{t('agreements.form.title')}</label>
        <input id={id('title')} required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={id('type')}>{t('agreements.type')}</label>
          <select
            id={id('type')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as Fields['type'])}
          >
            {AGREEMENT_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`agreements.type.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('level')}>{t('agreements.level')}</label>
          <select
            id={id('level')}
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value as typeof level)}
          >
            {AGREEMENT_LEVELS.map((k) => (
              <option key={k} value={k}>
                {t(`agreements.level.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for={id('parties')}>{t('agreements.parties')}</label>
        <input
          id={id('parties')}
          required
          dir="ltr"
          value={parties}
          aria-describedby={id('parties-help')}
          onInput={(e) => setParties(e.currentTarget.value)}
        />
        <span id={id('parties-help')} class="muted small">
          {t('agreements.form.partiesHelp')}
        </span>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={id('signed')}>{t('agreements.signedOn')}</label>
          <input
            id={id('signed')}
            type="date"
            value={signedOn}
            onInput={(e) => setSignedOn(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={id('inforce')}>{t('agreements.inForceOn')}</label>
          <input
            id={id('inforce')}
            type="date"
            value={inForceOn}
            onInput={(e) => setInForceOn(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={id('expires')}>{t('agreements.expiresOn')}</label>
          <input
            id={id('expires')}
            type="date"
            value={expiresOn}
            onInput={(e) => setExpiresOn(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label for={id('given')}>{t('agreements.form.statusGiven')}</label>
        <select id={id('given')} value={statusGiven} onChange={(e) => setStatusGiven(e.currentTarget.value)}>
          {GIVEN.map((s) => (
            <option key={s} value={s}>
              {s ? t(`agreements.status.${s}`) : t('agreements.form.fromDates')}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('agreements.cadres')}</legend>
        <p class="muted small">{t('agreements.form.cadresHelp')}</p>
        {CADRES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              checked={cadres.includes(c)}
              onChange={(e) =>
                setCadres(e.currentTarget.checked ? [...cadres, c] : cadres.filter((x) => x !== c))
              }
            />{' '}
            {labelOf('occupation', c)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('agreements.provisions')}</legend>
        {PROVISION_KINDS.map((k) => (
          <div key={k} class="field">
            <label for={id(`p-${k}`)}>{t(`agreements.provision.${k}`)}</label>
            <textarea
              id={id(`p-${k}`)}
              rows={2}
              value={provisions[k] ?? ''}
              onInput={(e) => setProvisions({ ...provisions, [k]: e.currentTarget.value })}
            />
          </div>
        ))}
        <label class="check">
          <input type="checkbox" checked={allowed} onChange={(e) => setAllowed(e.currentTarget.checked)} />{' '}
          {t('agreements.recruitment.allowed')}
        </label>
        <div class="field">
          <label for={id('channel')}>{t('agreements.recruitment.channel')}</label>
          <input id={id('channel')} value={channel} onInput={(e) => setChannel(e.currentTarget.value)} />
        </div>
      </fieldset>
      <div class="field">
        <label for={id('text')}>{t('agreements.textUrl')}</label>
        <input
          id={id('text')}
          type="url"
          dir="ltr"
          value={textUrl}
          onInput={(e) => setTextUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id('source')}>{t('agreements.sourceUrl')}</label>
        <input
          id={id('source')}
          type="url"
          dir="ltr"
          value={sourceUrl}
          onInput={(e) => setSourceUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id('notes')}>{t('agreements.notes')}</label>
        <textarea id={id('notes')} rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      <div aria-live="polite">
        {error && (
          <div class="status error" role="alert">
            <p>{problemText(error)}</p>
            {fieldErrors.length > 0 && (
              <ul>
                {fieldErrors.map((f, i) => (
                  <li key={i}>
                    <bdi>{f.field}</bdi>
                    {t('common.colon')} {f.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
