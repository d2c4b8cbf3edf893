import { Fragment } from 'preact';
import { DataTable } from '../../components/DataTable.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import {
  ApiError,
  type Batch,
  getJson,
  type Health,
  type Measure,
  type SafeguardsList,
  type Source,
} from '../../lib/api.ts';
import { localSource } from '../../lib/catalog.ts';
import { formatDate, formatNumber, labelOf, unitLabel } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { BATCH_COUNTS, fileParts, loadedSources, yearsOf } from './state.ts';

/** A file name that may wrap after its separators rather than widen its table. */
function breakable(name: string) {
  return (
    <bdi translate={false}>
      {fileParts(name).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </bdi>
  );
}

/** What is loaded, by source and batch, with each publisher's credit and licence. */
export default function DataPage(_: PageProps) {
  const state = useAsync(
    () =>
      Promise.all([
        getJson<Health>('/api/health'),
        getJson<{ items: Source[] }>('/api/sources').then((r) => ({ items: r.items.map(localSource) })),
        getJson<{ items: Measure[] }>('/api/measures'),
        getJson<{ items: Batch[] }>('/api/batches?limit=50'),
        getJson<SafeguardsList>('/api/safeguards/2023').catch((e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        }),
      ]),
    [],
  );
  return (
    <section class="page">
      <h1>{t('data.title')}</h1>
      <Load state={state}>
        {([health, sources, measures, batches, ssl]) => (
          <>
            <p>{t('data.intro', { count: formatNumber(health.observations) })}</p>
            <h2>{t('data.datasets')}</h2>
            <DataTable
              caption={t('data.datasets')}
              captionHidden
              rowKey={(s) => s.code}
              rows={loadedSources(sources.items)}
              columns={[
                {
                  key: 'name',
                  label: t('data.dataset'),
                  value: (s) => s.name,
                  render: (s) => (
                    <>
                      {s.url ? (
                        <a href={s.url} rel="noopener noreferrer">
                          {s.name}
                        </a>
                      ) : (
                        s.name
                      )}{' '}
                      <code>{s.code}</code>
                    </>
                  ),
                },
                { key: 'publisher', label: t('data.publisher'), value: (s) => s.publisher ?? '' },
                { key: 'licence', label: t('data.licence'), value: (s) => s.licence ?? '' },
                {
                  key: 'years',
                  label: t('common.years'),
                  value: yearsOf,
                },
                {
                  key: 'values',
                  label: t('data.values'),
                  numeric: true,
                  value: (s) => s.observations,
                  render: (s) => formatNumber(s.observations),
                },
              ]}
            />
            <p class="muted">{t('data.disclaimer')}</p>
            {ssl && <p>{t('data.ssl', { edition: ssl.edition, count: ssl.count })}</p>}

            <h2>{t('data.measures')}</h2>
            <DataTable
              caption={t('data.measures')}
              captionHidden
              rowKey={(m) => m.code}
              rows={measures.items}
              columns={[
                {
                  key: 'name',
                  label: t('data.measure'),
                  value: (m) => labelOf('measure', m.code, m.name),
                  render: (m) => (
                    <>
                      {labelOf('measure', m.code, m.name)} <code>{m.code}</code>
                    </>
                  ),
                },
                { key: 'unit', label: t('common.unit'), value: (m) => unitLabel(m.unit) },
                {
                  key: 'values',
                  label: t('data.values'),
                  numeric: true,
                  value: (m) => m.observations,
                  render: (m) => formatNumber(m.observations),
                },
              ]}
            />

            <h2>{t('data.batches')}</h2>
            <DataTable
              caption={t('data.batches')}
              captionHidden
              rowKey={(b) => String(b.id)}
              rows={batches.items}
              columns={[
                {
                  key: 'id',
                  label: t('data.batch'),
                  numeric: true,
                  value: (b) => b.id,
                  render: (b) => <a href={`/api/batches/${b.id}`}>{b.id}</a>,
                },
                {
                  key: 'file',
                  label: t('data.file'),
                  value: (b) => b.file,
                  render: (b) => breakable(b.file),
                },
                {
                  key: 'format',
                  label: t('data.format'),
                  value: (b) => b.format,
                  render: (b) => <code>{b.format}</code>,
                },
                {
                  key: 'status',
                  label: t('data.status'),
                  value: (b) => labelOf('batchStatus', b.status),
                },
                {
                  key: 'created',
                  label: t('data.imported'),
                  value: (b) => b.createdAt,
                  render: (b) => formatDate(b.createdAt),
                },
                ...BATCH_COUNTS.map(({ key, label }) => ({
                  key,
                  label: t(label),
                  numeric: true,
                  value: (b: Batch) => b[key],
                  render: (b: Batch) => formatNumber(b[key]),
                })),
              ]}
            />
            <p class="muted">
              {t('data.add')} <a href="/api/imports/template.csv">{t('data.templateCsv')}</a> ·{' '}
              <a href="/api/imports/template.xlsx">{t('data.templateXlsx')}</a>. {t('data.mapping')}
            </p>
            <p>
              <a href={href('/import')}>{t('data.importPage')}</a>
            </p>

            <h2>{t('data.api')}</h2>
            <p>
              {t('data.apiText')} <a href={href('/api-docs')}>{t('data.apiDocs')}</a> ·{' '}
              <a href="/api/openapi.json">/api/openapi.json</a>
            </p>
          </>
        )}
      </Load>
    </section>
  );
}
