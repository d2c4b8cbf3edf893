import { useEffect, useState } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Load, problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type Area } from '../../lib/api.ts';
import { areaName, formatDateTime } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { createScenario, getScenario, type Scenario, updateScenario } from './api.ts';
import { show } from './show.ts';
import { type PlanningView, specOf, viewOfSpec } from './state.ts';

/** Saving a scenario: new, as changes to one's own, or as a new one derived from the one opened. */
export function SaveScenario(props: {
  view: PlanningView;
  index: number;
  mine: Scenario[] | null;
  onSaved: (s: Scenario) => void;
}) {
  const s = props.view.scenarios[props.index];
  const own = s?.id === null || s === undefined ? undefined : props.mine?.find((m) => m.id === s.id);
  const [shared, setShared] = useState(own?.shared ?? false);
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (own) setShared(own.shared);
  }, [own?.id, own?.shared]);
  if (!s) return null;
  const spec = specOf(props.view, s.levers);
  const run = async (save: () => Promise<Scenario>) => {
    setMessage(null);
    try {
      const saved = await save();
      setLink(`${location.origin}/planning?scenario=${saved.id}`);
      props.onSaved(saved);
    } catch (e) {
      setLink(null);
      setMessage(
        e instanceof ApiError && e.status === 409
          ? t('planning.stale')
          : problemText(e instanceof Error ? e : new Error(String(e))),
      );
    }
  };
  return (
    <div class="planning-save">
      {s.id !== null && !own && <p class="small muted">{t('planning.derivedFrom', { id: s.id })}</p>}
      <label class="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        {t('planning.shared')}
      </label>
      {own ? (
        <>
          <button
            type="button"
            onClick={() =>
              void run(() => updateScenario(own.id, { version: own.version, name: s.name, spec, shared }))
            }
          >
            {t('planning.saveChanges')}
          </button>
          <button
            type="button"
            onClick={() => void run(() => createScenario({ name: s.name, spec, shared, parent: own.id }))}
          >
            {t('planning.saveAsNew')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="button"
          onClick={() => void run(() => createScenario({ name: s.name, spec, shared, parent: s.id }))}
        >
          {s.id === null ? t('planning.save') : t('planning.saveAsNew')}
        </button>
      )}
      {link && (
        <p role="status" class="small">
          {t('planning.savedAt')}{' '}
          <a href={link} class="planning-link">
            {link}
          </a>
        </p>
      )}
      {message && (
        <p role="alert" class="warn small">
          {message}
        </p>
      )}
    </div>
  );
}

export function SavedScenarios(props: {
  mine: Scenario[];
  countries: Map<string, Area> | undefined;
  onDelete: (s: Scenario) => void;
}) {
  const caption = t('planning.mine');
  const columns: Column<Scenario>[] = [
    {
      key: 'name',
      label: t('planning.col.name'),
      value: (r) => r.name,
      render: (r) => <a href={href('/planning', { scenario: r.id })}>{r.name}</a>,
    },
    { key: 'area', label: t('planning.col.country'), value: (r) => areaName(r.area, props.countries) },
    {
      key: 'shared',
      label: t('planning.col.shared'),
      value: (r) => (r.shared ? t('planning.yes') : t('planning.no')),
    },
    {
      key: 'changed',
      label: t('planning.col.changed'),
      value: (r) => r.updatedAt,
      render: (r) => formatDateTime(r.updatedAt),
    },
    {
      key: 'delete',
      label: '',
      value: () => null,
      render: (r) => (
        <button type="button" onClick={() => props.onDelete(r)}>
          {t('planning.delete', { name: r.name })}
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby="planning-mine">
      <h2 id="planning-mine">{caption}</h2>
      {props.mine.length ? (
        <DataTable
          caption={caption}
          captionHidden
          columns={columns}
          rows={props.mine}
          rowKey={(r) => String(r.id)}
        />
      ) : (
        <p class="muted">{t('planning.mineNone')}</p>
      )}
    </section>
  );
}

/** Opens `?scenario=ID`: its specification replaces the view in the URL, which then holds all of it. */
export function OpenScenario(props: { view: PlanningView; id: number }) {
  const state = useAsync(() => getScenario(props.id), [props.id]);
  useEffect(() => {
    if (state.status === 'ok')
      show(viewOfSpec(state.data.spec, { name: state.data.name, id: state.data.id }, props.view), {
        replace: true,
      });
  }, [state.status]);
  if (state.status === 'ok')
    return (
      <p class="status" aria-live="polite">
        {t('planning.opening')}
      </p>
    );
  return <Load state={state}>{() => null}</Load>;
}
