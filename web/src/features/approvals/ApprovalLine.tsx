import type { ProfileApprovals } from '../../../../src/modules/approvals/schemas.ts';
import { lang, t } from '../../i18n/i18n.ts';
import { byWhom, longDate } from './labels.ts';
import { headlineApproval } from './state.ts';

/** The profile's line saying whose approval its data carries: "Approved by the national authority on 2 December 2026". */
export function ApprovalLine(props: { profile: { area: { code: string }; approvals?: ProfileApprovals } }) {
  const a = headlineApproval(props.profile.approvals ?? []);
  if (!a) return null;
  return (
    <p class="approval-line small" lang={lang()}>
      {t('approvals.profileLine', {
        who: byWhom(a.role),
        date: longDate(a.at),
        year: a.year,
        dataset: a.source ?? t('approvals.allDatasets'),
      })}
    </p>
  );
}
