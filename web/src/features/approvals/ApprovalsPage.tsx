import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { getCountries } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, formatNumber } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { actOn, getApprovals } from './api.ts';
import { byWhom, longDate } from './labels.ts';
import {
  APPROVAL_STATES,
  type ApprovalAction,
  type ApprovalState,
  type ApprovalUnit,
  type ApprovalView,
  actionsFor,
  areasOf,
  filtered,
  groupByArea,
  inScope,
  matches,
  needsComment,
  OVERVIEW_STATES,
  overview,
  pageContent,
  paramsOf,
  type ScopeArea,
  totals,
  viewFromQuery,
  yearsOf,
} from './state.ts';
import './approvals.css';

const unitId = (u: ApprovalUnit) => `${u.area}-${u.year}-${u.source ?? 'all'}`;

const viewHref = (v: ApprovalView) => href('/approvals', paramsOf(v));

type Done = (ok: boolean, text: string) => void;

/**
 * The approval of the data in the reader's scope: with several countries, an overview of each country's data by
 * state; for one country, its data by year with its state, changes, and what the reader may do. Filters are in the URL.
 */
export default function ApprovalsPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // Read once (and after each action): the filters are applied here, so that changing them costs no request.
  const state = useAsync(
    () =>
      Promise.all([getApprovals(), getCountries()]).then(([list, countries]) => ({
        countries,
        units: list.units
          .filter(inScope)
          .map((u) => ({ ...u, areaName: areaName(u.area, countries, u.areaName) })),
      })),
    [reload],
  );
  const done: Done = (ok, text) => {
    setNotice({ ok, text });
    if (ok) setReload((n) => n + 1);
  };
  return (
    <section class="page approvals">
      <h1>{t('approvals.title')}</h1>
      <p>{t('approvals.intro')}</p>
      <div aria-live="polite" role="status">
        {notice && <p class={notice.ok ? 'status' : 'status error'}>{notice.text}</p>}
      </div>
      <Load state={state}>
        {({ units, countries }) => {
          const compare = collator().compare;
          const scope = areasOf(units, compare);
          const content = pageContent(scope, view);
          if (content.kind === 'none') return <p class="muted">{t('approvals.noScope')}</p>;
          return (
            <>
              <Filters
                key={JSON.stringify(paramsOf(view))}
                view={view}
                scope={scope}
                years={yearsOf(units)}
              />
              {content.kind === 'overview' ? (
                <Overview units={units} view={view} compare={compare} />
              ) : (
                <Country
                  area={content.area}
                  name={areaName(content.area, countries)}
                  inScope={content.inScope}
                  several={scope.length > 1}
                  units={units.filter((u) => u.area === content.area && matches(u, view))}
                  view={view}
                  onDone={done}
                />
              )}
            </>
          );
        }}
      </Load>
    </section>
  );
}

function Filters(props: { view: ApprovalView; scope: ScopeArea[]; years: number[] }) {
  const { view, scope } = props;
  const [area, setArea] = useState(view.area ?? '');
  const [state, setState] = useState<string>(view.state ?? '');
  const [year, setYear] = useState(view.year === null ? '' : String(view.year));
  const years =
    view.year === null || props.years.includes(view.year) ? props.years : [view.year, ...props.years];
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setParams(paramsOf(viewFromQuery(new URLSearchParams({ area, state, year }))));
  };
  return (
    <form class="controls approval-filters no-print" aria-label={t('approvals.filters')} onSubmit={onSubmit}>
      {scope.length > 1 && (
        <div class="approval-filter">
          <label for="approvals-area">{t('approvals.filter.country')}</label>
          <select
            id="approvals-area"
            name="area"
            value={area}
            onChange={(e) => setArea(e.currentTarget.value)}
          >
            <option value="">{t('approvals.filter.anyCountry')}</option>
            {scope.map((a) => (
              <option key={a.area} value={a.area}>
                {a.areaName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="approval-filter">
        <label for="approvals-state">{t('approvals.filter.state')}</label>
        <select
          id="approvals-state"
          name="state"
          value={state}
          onChange={(e) => setState(e.currentTarget.value)}
        >
          <option value="">{t('approvals.filter.anyState')}</option>
          {APPROVAL_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`approvals.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="approval-filter">
        <label for="approvals-year">{t('approvals.filter.year')}</label>
        <select id="approvals-year" name="year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
          <option value="">{t('approvals.filter.anyYear')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div class="approval-filter-actions">
        <button type="submit">{t('approvals.filter.apply')}</button>
        {filtered(view) && <a href={href('/approvals')}>{t('approvals.filter.clear')}</a>}
      </div>
    </form>
  );
}

/** Each country's data counted by state, what waits for a decision first; each count links to those units. */
function Overview(props: {
  units: ApprovalUnit[];
  view: ApprovalView;
  compare: (a: string, b: string) => number;
}) {
  const { view } = props;
  const rows = overview(props.units, view, props.compare);
  const sums = totals(rows);
  const heading = (s: ApprovalState) =>
    s === 'submitted' ? t('approvals.overview.waiting') : t(`approvals.state.${s}`);
  const cell = (area: string | null, name: string, s: ApprovalState, n: number) =>
    n === 0 ? (
      <span class="muted">{formatNumber(0)}</span>
    ) : (
      <a
        href={viewHref({ ...view, area, state: s })}
        aria-label={t('approvals.overview.cell', {
          country: name,
          state: t(`approvals.state.${s}`),
          n: formatNumber(n),
        })}
      >
        {formatNumber(n)}
      </a>
    );
  return (
    <section aria-labelledby="approvals-overview">
      <h2 id="approvals-overview">{t('approvals.overview.title')}</h2>
      {rows.length === 0 ? (
        <p class="status">
          {view.state === null && view.year !== null
            ? t('approvals.overview.noneThisYear', { year: view.year })
            : t('approvals.overview.none')}
        </p>
      ) : (
        <>
          <p>{t('approvals.overview.intro')}</p>
          <div class="table-wrap approval-overview">
            <table>
              <caption class="visually-hidden">{t('approvals.overview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('approvals.overview.country')}</th>
                  {OVERVIEW_STATES.map((s) => (
                    <th key={s} scope="col" class="n" data-state={s}>
                      {heading(s)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.area} data-area={r.area}>
                    <th scope="row">
                      <a href={viewHref({ ...view, area: r.area })}>{r.areaName}</a>
                    </th>
                    {OVERVIEW_STATES.map((s) => (
                      <td key={s} class="n">
                        {cell(r.area, r.areaName, s, r.counts[s])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {rows.length > 1 && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('approvals.overview.all')}</th>
                    {OVERVIEW_STATES.map((s) => (
                      <td key={s} class="n">
                        {cell(null, t('approvals.overview.all'), s, sums[s])}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** One country's data, newest year first, each unit with what the reader may do to it. */
function Country(props: {
  area: string;
  name: string;
  inScope: boolean;
  several: boolean;
  units: ApprovalUnit[];
  view: ApprovalView;
  onDone: Done;
}) {
  const { area, view } = props;
  const [group] = groupByArea(props.units);
  return (
    <section aria-labelledby={`approvals-${area}`}>
      {props.several && (
        <p class="no-print">
          <a href={viewHref({ ...view, area: null })}>{t('approvals.backToAll')}</a>
        </p>
      )}
      <h2 id={`approvals-${area}`}>
        <a href={href(`/country/${area}`)}>{group?.areaName ?? props.name}</a>
      </h2>
      {!props.inScope ? (
        <p class="status">{t('approvals.notInScope', { country: props.name })}</p>
      ) : group === undefined ? (
        <p class="status">{t('approvals.noMatch', { country: props.name })}</p>
      ) : (
        <ul class="cards approval-units">
          {group.units.map((u) => (
            <UnitCard key={unitId(u)} unit={u} onDone={props.onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UnitCard({ unit: u, onDone }: { unit: ApprovalUnit; onDone: Done }) {
  const [asking, setAsking] = useState<ApprovalAction | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const id = unitId(u);
  const title = t('approvals.unit', { year: u.year, dataset: u.source ?? t('approvals.allDatasets') });
  const run = async (action: ApprovalAction) => {
    setBusy(true);
    try {
      const after = await actOn(u, action, comment);
      setAsking(null);
      setComment('');
      onDone(
        true,
        t('approvals.done', { unit: `${u.areaName} ${title}`, state: t(`approvals.state.${after.state}`) }),
      );
    } catch (e) {
      onDone(false, e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const actions = actionsFor(u.state, u.may);
  return (
    <li class="card approval-unit" data-unit={id}>
      <h3 id={`unit-${id}`}>{title}</h3>
      <p class="big approval-state" data-state={u.state}>
        {t(`approvals.state.${u.state}`)}
      </p>
      <dl class="small">
        <dt>{t('approvals.values')}</dt>
        <dd>{formatNumber(u.observations)}</dd>
        <dt>{t('approvals.changes')}</dt>
        <dd class="approval-changes">
          {u.changesSince === null ? t('approvals.neverSubmitted') : formatNumber(u.changesSince)}
        </dd>
        {u.changed && (
          <>
            <dt>{t('approvals.lastChange')}</dt>
            <dd>
              {t('approvals.changedBy', {
                who: u.changed.name ?? byWhom(u.changed.role),
                role: byWhom(u.changed.role),
                date: longDate(u.changed.at),
              })}
            </dd>
          </>
        )}
        {u.comment && (
          <>
            <dt>{t('approvals.comment')}</dt>
            <dd class="approval-comment">{u.comment}</dd>
          </>
        )}
      </dl>
      {actions.length > 0 && (
        <div class="approval-actions no-print">
          {asking === null ? (
            actions.map((a) => (
              <button
                key={a}
                type="button"
                disabled={busy}
                aria-describedby={`unit-${id}`}
                onClick={() => (needsComment(a) ? setAsking(a) : void run(a))}
              >
                {t(`approvals.action.${a}`)}
              </button>
            ))
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void run(asking);
              }}
            >
              <label for={`comment-${id}`}>
                {t('approvals.commentFor', { action: t(`approvals.action.${asking}`) })}
              </label>
              <textarea
                id={`comment-${id}`}
                required
                rows={3}
                maxLength={2000}
                value={comment}
                onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
              />
              <button type="submit" disabled={busy || comment.trim() === ''}>
                {t(`approvals.action.${asking}`)}
              </button>
              <button type="button" onClick={() => setAsking(null)}>
                {t('approvals.cancel')}
              </button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
