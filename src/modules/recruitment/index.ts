export { registerRecruitment } from './cli.ts';
export {
  type AgreementForRecruitment,
  type AgreementLevel,
  type AgreementParty,
  type AgreementType,
  agreementStanding,
} from './domain/agreement.ts';
export {
  ACTIVITY_CODES,
  type ActivityCode,
  type DestinationConfig,
  defaultDestinationConfig,
  RECRUITMENT_STATUSES,
  type RecruitmentStatus,
  WHO_LIST_POLICY,
} from './domain/destination-config.ts';
export {
  type Activity,
  type ListMembership,
  type MayRecruit,
  type MembershipByEdition,
  type Reason,
  recruitmentVerdict,
  statusTimeline,
  type TimelineEntry,
  type Verdict,
} from './domain/status.ts';
export { loadShippedDestinations } from './ensure-shipped.ts';
export { getRecruitmentStatus } from './get-status.ts';
export { routes } from './http.ts';
export { listRecruitmentStatuses } from './list-statuses.ts';
export { changeText, reasonText } from './messages.ts';
export { readConfigFile } from './read-config-file.ts';
export { saveDestination } from './save-destination.ts';
export { AgreementRowSchema, agreementFromRow, DestinationConfigSchema } from './schemas-config.ts';
export { type StatusOn, statusResolver } from './status-resolver.ts';
