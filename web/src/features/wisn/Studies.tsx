import { useState } from 'preact/hooks';
import { Load, problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { deleteStudy, getStudy, listStudies, resultsCsvUrl, type Study, workbookUrl } from './api.ts';

/** The studies of the areas the reader manages, newest change first: each opened, downloaded or deleted here. */
export function Studies(props: {
  reload: number;
  openedId: number | null;
  onOpen: (s: Study) => void;
  onDeleted: (s: { id: number; name: string }) => void;
}) {
  const [deleted, setDeleted] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const state = useAsync(() => listStudies(), [props.reload, deleted]);
  const act = async (id: number, action: () => Promise<void>) => {
    setBusy(id);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(problemText(e instanceof Error ? e : new Error(String(e))));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="wisn-studies no-print" aria-labelledby="wisn-studies">
      <h2 id="wisn-studies">{t('wisn.studies')}</h2>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <Load state={state}>
        {({ studies }) =>
          studies.length === 0 ? (
            <p class="muted">{t('wisn.studies.none')}</p>
          ) : (
            <ul class="wisn-study-list">
              {studies.map((s) => (
                <li
                  key={s.id}
                  class={s.id === props.openedId ? 'wisn-study-card current' : 'wisn-study-card'}
                >
                  <h3 id={`wisn-study-${s.id}`} dir="auto">
                    {s.name}
                  </h3>
                  <p class="muted small">
                    <bdi>{s.area}</bdi> · <span dir="auto">{s.facilityType}</span> ·{' '}
                    {t('wisn.studies.size', { facilities: s.facilities, cadres: s.cadres })}
                  </p>
                  <p class="muted small">
                    {t('wisn.studies.changed', {
                      version: s.version,
                      who: `\u2068${s.updatedBy}\u2069`,
                      at: formatDateTime(s.updatedAt),
                    })}
                  </p>
                  <p class="wisn-actions">
                    <button
                      type="button"
                      id={`wisn-study-${s.id}-open`}
                      aria-labelledby={`wisn-study-${s.id}-open wisn-study-${s.id}`}
                      disabled={busy === s.id}
                      onClick={() => void act(s.id, async () => props.onOpen(await getStudy(s.id)))}
                    >
                      {t('wisn.studies.open')}
                    </button>
                    <a
                      href={workbookUrl(s.id)}
                      download=""
                      id={`wisn-study-${s.id}-xlsx`}
                      aria-labelledby={`wisn-study-${s.id}-xlsx wisn-study-${s.id}`}
                    >
                      {t('wisn.studies.xlsx')}
                    </a>
                    <a
                      href={resultsCsvUrl(s.id)}
                      download=""
                      id={`wisn-study-${s.id}-csv`}
                      aria-labelledby={`wisn-study-${s.id}-csv wisn-study-${s.id}`}
                    >
                      {t('wisn.studies.csv')}
                    </a>
                    <button
                      type="button"
                      class="wisn-remove"
                      id={`wisn-study-${s.id}-delete`}
                      aria-labelledby={`wisn-study-${s.id}-delete wisn-study-${s.id}`}
                      disabled={busy === s.id}
                      onClick={() => {
                        if (!window.confirm(t('wisn.studies.confirmDelete', { name: s.name }))) return;
                        void act(s.id, async () => {
                          await deleteStudy(s.id);
                          props.onDeleted(s);
                          setDeleted((n) => n + 1);
                        });
                      }}
                    >
                      {t('wisn.studies.delete')}
                    </button>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Load>
    </section>
  );
}
