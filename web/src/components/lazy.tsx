import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

export interface PageProps {
  url: URL;
  code: string;
}

/** A page loaded on first use, so that each page's code only downloads when it is opened. */
export function lazy(
  load: () => Promise<{ default: FunctionComponent<PageProps> }>,
): FunctionComponent<PageProps> {
  let loaded: FunctionComponent<PageProps> | null = null;
  let pending: Promise<void> | null = null;
  return function Lazy(props: PageProps) {
    const [, setReady] = useState(loaded !== null);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((m) => {
        loaded = m.default;
      });
      pending.then(
        () => setReady(true),
        (e: unknown) => {
          pending = null;
          setError(String(e));
        },
      );
    }, []);
    if (error) return <p role="alert">{t('common.error', { message: error })}</p>;
    if (!loaded) return <p class="status">{t('common.loading')}</p>;
    const Page = loaded;
    return <Page {...props} />;
  };
}
