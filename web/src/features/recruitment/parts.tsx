import type { ComponentChildren } from 'preact';
import { locale, t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, labelOf } from '../../lib/format.ts';
import { OCCUPATIONS, type RecruitmentStatus } from './state.ts';

/** A shape beside the word, so that the status never rests on colour alone. */
const SYMBOL: Record<RecruitmentStatus, string> = { red: '✕', amber: '!', green: '✓' };

export function StatusBadge(props: { status: RecruitmentStatus; big?: boolean }) {
  return (
    <span class={props.big ? 'rstatus big-status' : 'rstatus'} data-status={props.status}>
      <span class="rstatus-symbol" aria-hidden="true">
        {SYMBOL[props.status]}
      </span>
      {t(`recruitment.status.${props.status}`)}
    </span>
  );
}

/** A calendar date in the reader's language; YYYY-MM-DD is a day, not an instant, so it is read in UTC. */
export function day(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** Text a destination's configuration holds as written (titles of laws, agreements, notes): not translated. */
export function Quoted(props: { children: ComponentChildren }) {
  return <bdi translate={false}>{props.children}</bdi>;
}

/** The countries as options, in the reader's language and its order. */
export function countryOptions(countries: Map<string, Area>): { code: string; name: string }[] {
  const compare = collator().compare;
  return [...countries.values()]
    .map((a) => ({ code: a.code, name: areaName(a.code, countries, a.name) }))
    .sort((a, b) => compare(a.name, b.name));
}

export function CountrySelect(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { code: string; name: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <label for={props.id}>
      {props.label}
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        required
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{t('recruitment.choose')}</option>
        {props.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The occupations a status is asked for, named in the reader's language. */
export function OccupationSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label for={props.id}>
      {props.label}
      <select
        id={props.id}
        name="occupation"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {OCCUPATIONS.map((o) => (
          <option key={o} value={o}>
            {labelOf('occupation', o)}
          </option>
        ))}
      </select>
    </label>
  );
}
