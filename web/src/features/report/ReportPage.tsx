import { t } from '../../i18n/i18n.ts';

export default function ReportPage() {
  return <h1>{t('report.title')}</h1>;
}
