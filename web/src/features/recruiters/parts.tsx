/** What the register's sections share: a request's failure in words, the notice line, countries' names. */
import { problemText } from '../../components/Status.tsx';
import { ApiError, type FieldError, knownCountries } from '../../lib/api.ts';
import { areaName as nameOf } from '../../lib/format.ts';

export type Notice = { ok: boolean; text: string } | null;

/** What a failed request says, with its field errors, in the reader's language. */
export function failure(e: unknown): { text: string; fields: FieldError[] } {
  const err = e instanceof Error ? e : new Error(String(e));
  const fields = err instanceof ApiError ? (err.problem.errors ?? []) : [];
  const hint = err instanceof ApiError && err.problem.hint ? ` ${err.problem.hint}` : '';
  return { text: problemText(err) + hint, fields };
}

export function NoticeLine({ notice }: { notice: Notice }) {
  return (
    <div aria-live="polite" role="status">
      {notice && <p class={notice.ok ? 'status' : 'status error'}>{notice.text}</p>}
    </div>
  );
}

/** A country's name in the reader's language (the countries are loaded before the page's sections render). */
export const areaName = (code: string, _?: undefined, fallback?: string) =>
  nameOf(code, knownCountries() ?? undefined, fallback);
