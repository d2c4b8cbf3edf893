import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { getJson } from '../../lib/api.ts';
import { useAsync } from '../../lib/use-async.ts';
import { endpointsByTag, type OpenApi, parameterText, typeOf } from './state.ts';

/** The API reference, rendered from the OpenAPI description this server publishes. */
export default function ApiDocsPage(_: PageProps) {
  const state = useAsync(() => getJson<OpenApi>('/api/openapi.json'), []);
  return (
    <section class="page api-docs">
      <h1>{t('api.title')}</h1>
      <p class="muted">
        {t('api.intro')}
        <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <Load state={state}>
        {(doc) => {
          const groups = endpointsByTag(doc);
          return (
            <>
              <p>
                {doc.info.title} {doc.info.version}
              </p>
              <nav aria-label={t('api.title')}>
                <ul class="chips">
                  {groups.map(({ tag }) => (
                    <li key={tag}>
                      <a href={`#tag-${tag}`}>
                        <code>{tag}</code>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {groups.map(({ tag, endpoints }) => (
                <section key={tag} id={`tag-${tag}`}>
                  <h2>
                    <code>{tag}</code>
                  </h2>
                  {endpoints.map(({ path, method, op }) => (
                    <article key={`${method} ${path}`} class="endpoint" id={`${method}-${path}`}>
                      <h3>
                        <span class={`method method-${method}`}>{method.toUpperCase()}</span>{' '}
                        <code>{path}</code>
                      </h3>
                      {op.summary && <p>{op.summary}</p>}
                      {op.description && <p class="muted">{op.description}</p>}
                      {op.parameters?.length ? (
                        <section
                          class="table-wrap"
                          // A table wider than a phone scrolls; the keyboard must be able to scroll it too.
                          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll
                          tabIndex={0}
                          aria-label={`${t('api.parameters')}${t('common.colon')} ${method.toUpperCase()} ${path}`}
                        >
                          <table>
                            <caption>{t('api.parameters')}</caption>
                            <thead>
                              <tr>
                                <th scope="col">{t('api.name')}</th>
                                <th scope="col">{t('api.in')}</th>
                                <th scope="col">{t('api.type')}</th>
                                <th scope="col">{t('api.required')}</th>
                                <th scope="col">{t('api.description')}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {op.parameters.map((p) => (
                                <tr key={`${p.in}:${p.name}`}>
                                  <th scope="row">
                                    <code>{p.name}</code>
                                  </th>
                                  <td>
                                    <code>{p.in}</code>
                                  </td>
                                  <td>
                                    <code>{typeOf(p.schema)}</code>
                                  </td>
                                  <td>{p.required ? t('api.yes') : t('api.no')}</td>
                                  <td>{parameterText(p)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </section>
                      ) : null}
                      {op.requestBody?.content && (
                        <p>
                          {t('api.body')}
                          {t('common.colon')} <code>{Object.keys(op.requestBody.content).join(', ')}</code>
                        </p>
                      )}
                      {op.responses && (
                        <p>
                          {t('api.responses')}
                          {t('common.colon')}{' '}
                          {Object.entries(op.responses).map(([status, r]) => (
                            <span key={status} class="response">
                              <code>{status}</code> {r.description ?? ''}
                              {r.content ? ` (${Object.keys(r.content).join(', ')})` : ''}
                            </span>
                          ))}
                        </p>
                      )}
                    </article>
                  ))}
                </section>
              ))}
            </>
          );
        }}
      </Load>
    </section>
  );
}
