import { t } from '../../i18n/i18n.ts';
import { day } from './labels.ts';

/** An agreement's three dates as items of its facts list; "not recorded" where the source lacks one. */
export function AgreementDates(props: {
  a: { signedOn: string | null; inForceOn: string | null; expiresOn: string | null };
}) {
  const { a } = props;
  return (
    <>
      <div>
        <dt>{t('agreements.signedOn')}</dt>
        <dd>{day(a.signedOn)}</dd>
      </div>
      <div>
        <dt>{t('agreements.inForceOn')}</dt>
        <dd>{day(a.inForceOn)}</dd>
      </div>
      <div>
        <dt>{t('agreements.expiresOn')}</dt>
        <dd>{day(a.expiresOn)}</dd>
      </div>
    </>
  );
}
