import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { getCountries } from '../../lib/api.ts';
import { areaName, formatNumber } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { actOn, getApprovals } from './api.ts';
import { byWhom, longDate } from './labels.ts';
import {
  type ApprovalAction,
  type ApprovalUnit,
  actionsFor,
  groupByArea,
  inScope,
  needsComment,
} from './state.ts';

const unitId = (u: ApprovalUnit) => `${u.area}-${u.year}-${u.source ?? 'all'}`;

/** The approval of the data in the reader's scope: by country and year, its state, changes, and what they may do. */
export default function ApprovalsPage(_: PageProps) {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // Each country by its name in the reader's language.
  const state = useAsync(
    () =>
      Promise.all([getApprovals(), getCountries()]).then(([list, countries]) => ({
        ...list,
        units: list.units.map((u) => ({ ...u, areaName: areaName(u.area, countries, u.areaName) })),
      })),
    [reload],
  );
  const done = (ok: boolean, text: string) => {
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
        {(list) => {
          const groups = groupByArea(list.units.filter(inScope));
          if (groups.length === 0) return <p class="muted">{t('approvals.noScope')}</p>;
          return (
            <>
              {groups.map((g) => (
                <section key={g.area} aria-labelledby={`approvals-${g.area}`}>
                  <h2 id={`approvals-${g.area}`}>
                    <a href={href(`/country/${g.area}`)}>{g.areaName}</a>
                  </h2>
                  <ul class="cards approval-units">
                    {g.units.map((u) => (
                      <UnitCard key={unitId(u)} unit={u} onDone={done} />
                    ))}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </Load>
    </section>
  );
}

function UnitCard({ unit: u, onDone }: { unit: ApprovalUnit; onDone: (ok: boolean, text: string) => void }) {
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
