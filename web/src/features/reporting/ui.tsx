import { locale, type Message, t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import type { FormErrors } from '../accounts/state.ts';
import type { ReportSummary } from './state.ts';

/** A date of the API (YYYY-MM-DD) in the reader's language; the day it names, whatever the browser's time zone. */
export function dayText(iso: string): string {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** A change in a count, signed: "+3", "−2", "0". */
export function changeText(n: number): string {
  return new Intl.NumberFormat(locale(), { signDisplay: 'exceptZero' }).format(n);
}

export const count = (n: number) => formatNumber(n);

const FIELD_CODES: Record<string, Message> = {
  required: 'reporting.error.required',
  year: 'reporting.error.year',
  date: 'reporting.error.date',
  order: 'reporting.error.order',
  email: 'reporting.error.email',
};

/** The form's errors as the reader reads them: the page's own checks by code, the API's messages as they came. */
export function worded(errors: FormErrors): FormErrors {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors.fields)) {
    const key = FIELD_CODES[v];
    fields[k] = key ? t(key) : v;
  }
  return { fields, general: errors.general };
}

/** Where a report is opened. */
export const reportHref = (id: number) => href('/reporting/report', { id });

/** A report's state as a marked word. */
export function ReportState(props: { state: ReportSummary['state'] | 'not-started' }) {
  return (
    <span class="rep-state" data-state={props.state}>
      {t(`reporting.reportState.${props.state}`)}
    </span>
  );
}
