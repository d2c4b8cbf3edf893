import { DataTable } from '../../components/DataTable.tsx';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import type { ImportReport } from './state.ts';

const MAX_SKIPPED_SHOWN = 200;
const COUNTS = ['rowsRead', 'stored', 'revised', 'unchanged', 'skipped'] as const;

/** The reconciliation of an import: what it stores, revises, leaves unchanged and skips, and why, row by row. */
export function ReportView(props: { report: ImportReport }) {
  const r = props.report;
  const skipped = r.skippedRows.slice(0, MAX_SKIPPED_SHOWN);
  return (
    <>
      <dl class="counts">
        {COUNTS.map((k) => (
          <div key={k}>
            <dt>{t(`import.count.${k}`)}</dt>
            <dd>{formatNumber(r[k])}</dd>
          </div>
        ))}
      </dl>
      {r.skippedByReason.length > 0 && (
        <>
          <h3>{t('import.skippedWhy')}</h3>
          <ul>
            {r.skippedByReason.map((s) => (
              <li key={s.reason}>
                {s.reason}
                {t('common.colon')} {formatNumber(s.count)}
              </li>
            ))}
          </ul>
          <DataTable
            caption={t('import.skippedRows')}
            rowKey={(s) => `${s.row}|${s.column}|${s.reason}`}
            rows={skipped}
            columns={[
              { key: 'row', label: t('import.place.row'), numeric: true, value: (s) => s.row },
              { key: 'column', label: t('import.place.column'), value: (s) => s.column ?? '' },
              { key: 'reason', label: t('import.reason'), value: (s) => s.reason },
            ]}
          />
          {r.skippedRows.length > skipped.length && (
            <p class="muted small">
              {t('import.skippedMore', { count: r.skippedRows.length - skipped.length })}
            </p>
          )}
        </>
      )}
      {r.warnings.length > 0 && (
        <>
          <h3>{t('import.warnings')}</h3>
          <ul>
            {r.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
