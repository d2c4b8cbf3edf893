import { t } from '../../i18n/i18n.ts';

export default function PublishedPage() {
  return <h1>{t('published.title')}</h1>;
}
