import { t } from '../../i18n/i18n.ts';

export default function ProgressPage() {
  return <h1>{t('progress.title')}</h1>;
}
