import type { ComponentChildren } from 'preact';
import { NOT_FOUND_LINKS } from '../../../src/platform/i18n/page-text.ts';
import { t } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { href } from '../lib/router.ts';
import type { Async } from '../lib/use-async.ts';

/** What went wrong, as the API words it in the reader's language: its title, then this occurrence's detail. */
export function problemText(error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  const { title, detail } = error.problem;
  if (title && detail && !detail.startsWith(title)) return `${title} — ${detail}`;
  return detail ?? title ?? error.message;
}

/** Loading and error states of a loader; the children render its data. */
export function Load<T>(props: { state: Async<T>; children: (data: T) => ComponentChildren }) {
  const { state } = props;
  if (state.status === 'loading')
    return (
      <p class="status" aria-live="polite">
        {t('common.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div class="status error" role="alert">
        <p>{t('common.error', { message: problemText(state.error) })}</p>
        {state.error instanceof ApiError && state.error.problem.hint && <p>{state.error.problem.hint}</p>}
        <button type="button" onClick={state.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  return <>{props.children(state.data)}</>;
}

/** The not-found page: what was not found, and the links back into the observatory. */
export function NotFound(props: { message?: string }) {
  return (
    <section class="page not-found">
      <h1>{t('notFound.title')}</h1>
      <p role="alert">{props.message ?? t('notFound.text')}</p>
      <p>{t('notFound.links')}</p>
      <ul>
        {NOT_FOUND_LINKS.map((l) => (
          <li key={l.path}>
            <a href={href(l.path)}>{t(l.label)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
