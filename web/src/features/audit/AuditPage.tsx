import type { AuditEvent, AuditPage as AuditPageData } from '../../../../src/modules/audit/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { locale, type Message, t } from '../../i18n/i18n.ts';
import { ApiError, apiHeaders } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  type AuditFilters,
  type AuditViewState,
  actorView,
  apiPath,
  type Change,
  csvPath,
  diff,
  type FilterKey,
  objectView,
  PAGE_SIZE,
  queryOf,
  showValue,
  stateFromQuery,
} from './state.ts';

/** Read afresh each time: the trail grows while the page is open. */
async function loadPage(url: string): Promise<AuditPageData> {
  const r = await fetch(url, { headers: apiHeaders() });
  if (!r.ok) {
    const p = (await r.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(r.status, p.detail ?? `${r.status} ${r.statusText}`);
  }
  return (await r.json()) as AuditPageData;
}

const FIELDS: ReadonlyArray<{ key: FilterKey; type: 'text' | 'date'; label: Message }> = [
  { key: 'user', type: 'text', label: 'audit.filter.user' },
  { key: 'objectType', type: 'text', label: 'audit.filter.objectType' },
  { key: 'objectId', type: 'text', label: 'audit.filter.objectId' },
  { key: 'action', type: 'text', label: 'audit.filter.action' },
  { key: 'area', type: 'text', label: 'audit.filter.area' },
  { key: 'from', type: 'date', label: 'audit.filter.from' },
  { key: 'to', type: 'date', label: 'audit.filter.to' },
];

function viewHref(state: AuditViewState): string {
  const l = new URLSearchParams(location.search).get('lang');
  return `/audit${queryOf(state, l ? { lang: l } : {})}`;
}

function Filters(props: { filters: AuditFilters }) {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const filters: AuditFilters = {};
    for (const { key } of FIELDS) {
      const v = String(data.get(key) ?? '').trim();
      if (v) filters[key] = v;
    }
    if (props.filters.userId) filters.userId = props.filters.userId;
    navigate(viewHref({ filters, offset: 0 }));
  };
  return (
    <form class="controls no-print" onSubmit={onSubmit} aria-label={t('audit.filters')}>
      {FIELDS.map((f) => (
        <label key={f.key} htmlFor={`audit-${f.key}`}>
          {t(f.label)}
          {f.type === 'date' ? (
            <input id={`audit-${f.key}`} name={f.key} type="date" value={props.filters[f.key] ?? ''} />
          ) : (
            <input id={`audit-${f.key}`} name={f.key} type="text" value={props.filters[f.key] ?? ''} />
          )}
        </label>
      ))}
      <button type="submit">{t('audit.apply')}</button>
      {Object.keys(props.filters).length > 0 && (
        <a href={viewHref({ filters: {}, offset: 0 })}>{t('audit.clear')}</a>
      )}
    </form>
  );
}

function ChangeList(props: { changes: Change[] }) {
  if (props.changes.length === 0) return <span class="muted">{t('audit.noChange')}</span>;
  return (
    <ul class="audit-changes">
      {props.changes.map((c) => (
        <li key={`${c.kind}:${c.path}`}>
          {c.path && <code>{c.path}</code>}
          {c.path && ': '}
          {c.kind === 'added' && <ins translate={false}>{showValue(c.after)}</ins>}
          {c.kind === 'removed' && <del translate={false}>{showValue(c.before)}</del>}
          {c.kind === 'changed' && (
            <>
              <del translate={false}>{showValue(c.before)}</del> →{' '}
              <ins translate={false}>{showValue(c.after)}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** Who acted: the public and the operator in the reader's words, a person by their name and address as recorded. */
function ActorName(props: { e: AuditEvent }) {
  const { actorKind, actorLabel } = props.e;
  if (actorKind === 'public') return <>{t('audit.actor.public')}</>;
  if (actorKind === 'operator')
    return <>{t('audit.actor.operator', { name: actorLabel.replace(/^operator /, '') })}</>;
  return <bdi translate={false}>{actorLabel}</bdi>;
}

function Row(props: { e: AuditEvent }) {
  const { e } = props;
  return (
    <tr>
      <td>
        <time dateTime={e.at}>{formatInstant(e.at)}</time>
      </td>
      <td>
        <a href={viewHref(actorView(e))}>
          <ActorName e={e} />
        </a>
      </td>
      <td>
        <code>{e.action}</code>
      </td>
      <td>
        <a href={viewHref(objectView(e))} title={t('audit.objectHistory')}>
          <code>{e.objectType}</code> <bdi translate={false}>{e.objectId}</bdi>
        </a>
      </td>
      <td>{e.area ?? ''}</td>
      <td>
        <ChangeList changes={diff(e.before, e.after)} />
      </td>
      <td>{e.comment ?? ''}</td>
    </tr>
  );
}

/** The audit trail: who changed what and when, filtered, with each change's before and after. */
export default function AuditPage(props: PageProps) {
  const state = stateFromQuery(props.url.searchParams);
  const path = apiPath(state);
  const data = useAsync(() => loadPage(path), [path]);
  const refusal =
    data.status === 'error' && data.error instanceof ApiError && [401, 403].includes(data.error.status)
      ? data.error.status
      : null;
  return (
    <section class="page">
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <Filters filters={state.filters} key={queryOf(state)} />
      {refusal !== null ? (
        <p class="status error" role="alert">
          {refusal === 401 ? t('audit.signIn') : t('audit.forbidden')}
        </p>
      ) : (
        <Load state={data}>
          {(page) => (
            <>
              <p aria-live="polite">
                {t('audit.count', { count: page.total, n: formatNumber(page.total) })}{' '}
                <a href={csvPath(state)} download="hwmo-audit.csv">
                  {t('audit.csv')}
                </a>
              </p>
              {page.items.length > 0 && (
                <div class="table">
                  <section class="table-wrap audit-table" aria-label={t('audit.table')}>
                    <table>
                      <caption class="visually-hidden">{t('audit.table')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('audit.col.at')}</th>
                          <th scope="col">{t('audit.col.actor')}</th>
                          <th scope="col">{t('audit.col.action')}</th>
                          <th scope="col">{t('audit.col.object')}</th>
                          <th scope="col">{t('audit.col.area')}</th>
                          <th scope="col">{t('audit.col.changes')}</th>
                          <th scope="col">{t('audit.col.comment')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {page.items.map((e) => (
                          <Row key={e.id} e={e} />
                        ))}
                      </tbody>
                    </table>
                  </section>
                </div>
              )}
              {page.total > PAGE_SIZE && (
                <nav class="pager" aria-label={t('audit.pages')}>
                  {state.offset > 0 && (
                    <a href={viewHref({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) })}>
                      {t('audit.newer')}
                    </a>
                  )}{' '}
                  {state.offset + PAGE_SIZE < page.total && (
                    <a href={viewHref({ ...state, offset: state.offset + PAGE_SIZE })}>{t('audit.older')}</a>
                  )}
                </nav>
              )}
            </>
          )}
        </Load>
      )}
    </section>
  );
}
