import type { ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.ts';
import type { Async } from '../lib/use-async.ts';

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
        <p>{t('common.error', { message: state.error.message })}</p>
        <button type="button" onClick={state.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  return <>{props.children(state.data)}</>;
}
