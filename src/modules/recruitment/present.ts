import type { Lang } from '../../platform/i18n/langs.ts';
import { render } from '../../platform/i18n/messages.ts';
import type { TimelineEntry, Verdict } from './domain/status.ts';
import { changeText, reasonText, text } from './messages.ts';
import { serviceText } from './messages-service.ts';
import type { How, VerdictOut } from './schemas.ts';
import type { CountryRef } from './status-inputs.ts';

export function presentTimeline(entries: readonly TimelineEntry[], lang: Lang): VerdictOut['timeline'] {
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((c) => ({ ...c, params: { ...c.params }, text: render(changeText(c), lang) })),
  }));
}

/** The reason with the origin named rather than coded, for its words (its params keep the code). */
function named<R extends { params: Readonly<Record<string, string | number>> }>(r: R, origin: CountryRef): R {
  return r.params.origin === origin.code ? { ...r, params: { ...r.params, origin: origin.name } } : r;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('en') + s.slice(1);

/** A verdict as the API gives it: the domain's answer, each reason and change worded in the reader's language. */
export function presentVerdict(
  v: Verdict,
  refs: { destination: CountryRef; origin: CountryRef; occupation: CountryRef; how: How },
  timeline: readonly TimelineEntry[],
  configuration: VerdictOut['configuration'],
  lang: Lang,
): VerdictOut {
  const params = {
    date: v.on,
    origin: refs.origin.name,
    destination: refs.destination.name,
    occupation: lang === 'en' ? lowerFirst(refs.occupation.name) : refs.occupation.name,
    status: render(text(`status_${v.status}`), lang),
  };
  return {
    destination: refs.destination,
    origin: refs.origin,
    occupation: refs.occupation,
    employer: v.employer,
    date: v.on,
    how: refs.how,
    status: v.status,
    mayRecruit: v.mayRecruit,
    summary: render(
      serviceText(
        v.activity.kind === 'direct_application' ? 'summary_direct' : `summary_active_${v.mayRecruit}`,
        params,
      ),
      lang,
    ),
    list: v.list,
    override: v.override,
    agreements: v.agreements,
    reasons: v.reasons.map((r) => ({
      ...r,
      params: { ...r.params },
      text: render(reasonText(named(r, refs.origin)), lang),
    })),
    timeline: presentTimeline(timeline, lang),
    configuration,
  };
}
