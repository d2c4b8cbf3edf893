import { useEffect, useState } from 'preact/hooks';
import { lang } from '../i18n/i18n.ts';

export type Page =
  | { name: 'map' }
  | { name: 'country'; code: string }
  | { name: 'compare' }
  | { name: 'flows' }
  | { name: 'data' }
  | { name: 'api-docs' }
  | { name: 'audit' }
  | { name: 'approvals' }
  | { name: 'import' }
  | { name: 'reporting' }
  | { name: 'report' }
  | { name: 'progress' }
  | { name: 'reports' }
  | { name: 'recruiters' }
  | { name: 'recruitment' }
  | { name: 'health-workers' }
  | { name: 'agreements' }
  | { name: 'agreement' }
  | { name: 'agreement-new' }
  | { name: 'wisn' }
  | { name: 'planning' }
  | { name: 'not-found' };

/** The page a path shows; the query string holds the rest of the view's state. */
export function pageOf(pathname: string): Page {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'map' };
  const country = /^\/country\/([A-Za-z0-9._-]{2,40})$/.exec(path);
  if (country?.[1]) return { name: 'country', code: country[1].toUpperCase() };
  if (path === '/compare') return { name: 'compare' };
  if (path === '/flows') return { name: 'flows' };
  if (path === '/data') return { name: 'data' };
  if (path === '/api-docs') return { name: 'api-docs' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/approvals') return { name: 'approvals' };
  if (path === '/import') return { name: 'import' };
  if (path === '/reporting') return { name: 'reporting' };
  if (path === '/reporting/report') return { name: 'report' };
  if (path === '/reporting/progress') return { name: 'progress' };
  if (path === '/reports') return { name: 'reports' };
  if (path === '/recruiters') return { name: 'recruiters' };
  if (path === '/recruitment') return { name: 'recruitment' };
  if (path === '/health-workers') return { name: 'health-workers' };
  if (path === '/agreements') return { name: 'agreements' };
  if (path === '/agreements/view') return { name: 'agreement' };
  if (path === '/agreements/new') return { name: 'agreement-new' };
  if (path === '/wisn') return { name: 'wisn' };
  if (path === '/planning') return { name: 'planning' };
  return { name: 'not-found' };
}

const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};
window.addEventListener('popstate', emit);

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  emit();
  if (!opts.replace) window.scrollTo(0, 0);
}

/** The current URL; re-renders the caller whenever it changes. */
export function useUrl(): URL {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return new URL(location.href);
}

type Params = Record<string, string | number | null | undefined>;

function withParams(base: URLSearchParams, params: Params): string {
  const out = new URLSearchParams(base);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') out.delete(k);
    else out.set(k, String(v));
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** A link to another page, keeping the language (the URL's, else the page's own when it is not English). */
export function href(path: string, params: Params = {}): string {
  const current = new URLSearchParams(location.search);
  const keep = new URLSearchParams();
  const l = current.get('lang') ?? (lang() === 'en' ? null : lang());
  if (l) keep.set('lang', l);
  return path + withParams(keep, params);
}

/** Changes parameters of the current view; the browser's history gets one entry per change the user makes. */
export function setParams(params: Params, opts: { replace?: boolean } = {}): void {
  navigate(location.pathname + withParams(new URLSearchParams(location.search), params), opts);
}

export function currentWith(params: Params): string {
  return location.pathname + withParams(new URLSearchParams(location.search), params);
}
