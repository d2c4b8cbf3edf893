import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { href, navigate } from '../../lib/router.ts';
import { AgreementForm } from './AgreementForm.tsx';
import { createAgreement } from './api.ts';
import './agreements.css';

/** A new agreement, recorded unpublished; its page then publishes it. */
export default function NewAgreementPage(_: PageProps) {
  return (
    <section class="page agreements">
      <p>
        <a href={href('/agreements')}>{t('agreements.back')}</a>
      </p>
      <h1>{t('agreements.new')}</h1>
      <p>{t('agreements.newIntro')}</p>
      <AgreementForm
        submitLabel={t('agreements.form.create')}
        onSubmit={async (fields) => {
          const a = await createAgreement(fields);
          navigate(href('/agreements/view', { id: a.id }));
        }}
      />
    </section>
  );
}
