import { t } from '../../i18n/i18n.ts';

export default function ReportingPage() {
  return <h1>{t('reporting.title')}</h1>;
}
