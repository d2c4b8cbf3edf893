import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

export interface PageProps {
  url: URL;
  code: string;
}

export type LazyPage = FunctionComponent<PageProps> & { preload: () => Promise<void> };

/** A page loaded on first use (or ahead, by `preload`), so that each page's code only downloads when needed. */
export function lazy(load: () => Promise<{ default: FunctionComponent<PageProps> }>): LazyPage {
  let loaded: FunctionComponent<PageProps> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m.default;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  function Lazy(props: PageProps) {
    const [, setReady] = useState(loaded !== null);
    const [error, setError] = useState<string | null>(null);
    // Also when the code arrived between the first render and this effect (a preload elsewhere), to render it.
    useEffect(() => {
      preload().then(
        () => setReady(true),
        (e: unknown) => setError(String(e)),
      );
    }, []);
    if (error) return <p role="alert">{t('common.error', { message: error })}</p>;
    if (!loaded) return <p class="status">{t('common.loading')}</p>;
    const Page = loaded;
    return <Page {...props} />;
  }
  return Object.assign(Lazy, { preload });
}
