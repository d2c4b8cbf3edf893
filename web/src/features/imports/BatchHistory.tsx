import { useState } from 'preact/hooks';
import { DataTable } from '../../components/DataTable.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import type { Batch } from '../../lib/api.ts';
import { formatDate, formatNumber, labelOf } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { listBatches, type Rollback, rollbackBatch } from './api.ts';
import { ProblemBox } from './ProblemBox.tsx';
import type { Problem } from './state.ts';

type Outcome = { ok: Rollback } | { problem: Problem; batchId: number };

/** The latest batches, each committed one with its rollback, asked to be confirmed first. */
export function BatchHistory(props: { version: number }) {
  const [reload, setReload] = useState(0);
  const state = useAsync(() => listBatches(), [props.version, reload]);
  const [confirming, setConfirming] = useState<Batch | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const confirm = async (b: Batch) => {
    setBusy(true);
    try {
      setOutcome({ ok: await rollbackBatch(b.id) });
      setReload((n) => n + 1);
    } catch (e) {
      setOutcome({ problem: e as Problem, batchId: b.id });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  return (
    <section aria-labelledby="batches-title">
      <h2 id="batches-title">{t('import.batches')}</h2>
      {outcome && 'ok' in outcome && (
        <p class="done" role="status">
          {t('import.rolledBack', {
            id: outcome.ok.batchId,
            removed: formatNumber(outcome.ok.removed),
            restored: formatNumber(outcome.ok.restored),
          })}
        </p>
      )}
      {outcome && 'problem' in outcome && (
        <>
          <p>{t('import.rollbackRefused', { id: outcome.batchId })}</p>
          <ProblemBox problem={outcome.problem} />
        </>
      )}
      {confirming && (
        <fieldset class="confirm">
          <legend class="visually-hidden">
            {t('import.rollbackOf', { id: confirming.id, file: confirming.file })}
          </legend>
          <p>{t('import.confirmRollback', { id: confirming.id, file: confirming.file })}</p>
          <button type="button" class="button" disabled={busy} onClick={() => void confirm(confirming)}>
            {t('import.rollbackConfirm', { id: confirming.id })}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            {t('import.cancel')}
          </button>
        </fieldset>
      )}
      <Load state={state}>
        {(batches) => (
          <DataTable
            caption={t('import.batches')}
            captionHidden
            rowKey={(b) => String(b.id)}
            rows={batches.items}
            columns={[
              { key: 'id', label: t('data.batch'), numeric: true, value: (b) => b.id },
              {
                key: 'file',
                label: t('data.file'),
                value: (b) => b.file,
                render: (b) => <bdi translate={false}>{b.file}</bdi>,
              },
              {
                key: 'format',
                label: t('data.format'),
                value: (b) => b.format,
                render: (b) => <code>{b.format}</code>,
              },
              { key: 'status', label: t('data.status'), value: (b) => labelOf('batchStatus', b.status) },
              {
                key: 'created',
                label: t('data.imported'),
                value: (b) => b.createdAt,
                render: (b) => formatDate(b.createdAt),
              },
              ...(['stored', 'revised', 'unchanged', 'skipped'] as const).map((k) => ({
                key: k,
                label: t(k === 'stored' ? 'data.new' : `data.${k}`),
                numeric: true,
                value: (b: Batch) => b[k],
                render: (b: Batch) => formatNumber(b[k]),
              })),
              {
                key: 'action',
                label: t('import.action'),
                value: () => '',
                render: (b: Batch) =>
                  b.status === 'committed' ? (
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('import.rollbackOf', { id: b.id, file: b.file })}
                      onClick={() => {
                        setOutcome(null);
                        setConfirming(b);
                      }}
                    >
                      {t('import.rollback')}
                    </button>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
        )}
      </Load>
    </section>
  );
}
