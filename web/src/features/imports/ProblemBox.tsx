import { has, t } from '../../i18n/i18n.ts';
import { type Problem, problemPlace } from './state.ts';

const MAX_LISTED = 10;

/** A refusal as the API explained it: what, where (file, row, column), why, what to do, and each further place. */
export function ProblemBox(props: { problem: Problem; onRetry?: (() => void) | undefined }) {
  const p = props.problem;
  const place = problemPlace(p);
  const seen = new Set<string>();
  const more = (p.errors ?? []).filter((e) => {
    const key = `${e.row}|${e.column}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const key = `import.problem.${p.code ?? ''}`;
  const title = has(key) ? t(key) : p.title;
  return (
    <div class="problem" role="alert">
      <p class="problem-title">
        <strong>{p.status === 0 ? t('import.noAnswer') : title}</strong>
      </p>
      {p.detail && <p>{p.detail}</p>}
      {place.length > 0 && (
        <dl class="place">
          {place.map(([k, v]) => (
            <div key={k}>
              <dt>{t(`import.place.${k}`)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {p.hint && <p class="muted">{t('import.hint', { hint: p.hint })}</p>}
      {more.length > 1 && (
        <ul class="small">
          {more.slice(0, MAX_LISTED).map((e, i) => (
            <li key={i}>
              {[
                e.row !== undefined ? t('import.atRow', { row: e.row }) : '',
                e.column ? t('import.atColumn', { column: e.column }) : '',
              ]
                .filter(Boolean)
                .join(', ')}
              {(e.row !== undefined || e.column) && t('common.colon')} {e.message}
            </li>
          ))}
          {more.length > MAX_LISTED && <li>{t('import.andMore', { count: more.length - MAX_LISTED })}</li>}
        </ul>
      )}
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
