/** The registry's enumerations, as its domain defines them. */
export {
  AGREEMENT_LEVELS,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  EVENT_KINDS,
  PARTY_SIDES,
  PROVISION_KINDS,
} from '../../../../src/modules/agreements/domain/agreement.ts';
