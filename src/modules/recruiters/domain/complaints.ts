import { AppError } from '../../../platform/errors.ts';
import { recruiterText } from './messages.ts';
import type { OrganisationStep } from './organisation.ts';

export const COMPLAINT_STATUSES = [
  'received',
  'investigating',
  'closed_no_action',
  'warning',
  'suspension',
  'removal',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = [
  'investigate',
  'close_no_action',
  'warning',
  'suspension',
  'removal',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The sanctions, and the step each takes the organisation through. */
export const SANCTION_STEP = {
  warning: 'warn',
  suspension: 'suspend',
  removal: 'remove',
} as const satisfies Partial<Record<ComplaintStatus, OrganisationStep>>;
export type Sanction = keyof typeof SANCTION_STEP;

export function isSanction(status: ComplaintStatus): status is Sanction {
  return Object.hasOwn(SANCTION_STEP, status);
}

/** The organisation's status a sanction leaves it in. */
export const SANCTION_STATUS = { warning: 'warned', suspension: 'suspended', removal: 'removed' } as const;

/** The status a complaint action leads to, or null when not allowed from the status. */
export function nextComplaintStatus(
  status: ComplaintStatus,
  action: ComplaintAction,
): ComplaintStatus | null {
  if (action === 'investigate') return status === 'received' ? 'investigating' : null;
  if (status !== 'investigating') return null;
  return action === 'close_no_action' ? 'closed_no_action' : action;
}

/** The status after an action, or the error: not allowed from the status, or a decision without its reasons. */
export function actOnComplaint(
  reference: string,
  status: ComplaintStatus,
  action: ComplaintAction,
  note: string | undefined,
): ComplaintStatus {
  const next = nextComplaintStatus(status, action);
  if (next === null)
    throw new AppError(
      'invalid_state_transition',
      recruiterText('complaint_cannot', { reference, status, action }),
      {
        hint:
          status === 'received'
            ? recruiterText('complaint_investigate_first')
            : recruiterText('complaint_decided'),
      },
    );
  if (action !== 'investigate' && !note)
    throw new AppError('invalid_input', recruiterText('note_required', { reference }), {
      errors: [{ field: 'note', message: recruiterText('note_required_field') }],
    });
  return next;
}

export const APPEAL_STATUSES = ['filed', 'upheld', 'dismissed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_DECISIONS = ['upheld', 'dismissed'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** An appeal may be filed once, against a sanction. */
export function assertAppealable(reference: string, status: ComplaintStatus, appealed: boolean): Sanction {
  if (!isSanction(status))
    throw new AppError(
      'invalid_state_transition',
      recruiterText('appeal_no_sanction', { reference, status }),
    );
  if (appealed) throw new AppError('conflict', recruiterText('appeal_exists', { reference }));
  return status;
}

/** An appeal is decided once; the decision says why. */
export function decideAppeal(
  id: number,
  status: AppealStatus,
  decision: AppealDecision,
  note: string | undefined,
): AppealStatus {
  if (status !== 'filed')
    throw new AppError('invalid_state_transition', recruiterText('appeal_decided', { id, status }));
  if (!note)
    throw new AppError('invalid_input', recruiterText('appeal_note_required', { id }), {
      errors: [{ field: 'note', message: recruiterText('note_required_field') }],
    });
  return decision;
}
