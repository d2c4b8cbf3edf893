/** SDMX-style codes for dimensions that do not apply or that cover every category. */
export const NOT_APPLICABLE = '_Z';
export const TOTAL = '_T';
export const UNKNOWN = '_U';

export const SEXES = ['_T', 'F', 'M'] as const;
export type Sex = (typeof SEXES)[number];

/** How an observation's partner area relates to the workers counted. */
export const PARTNER_BASES = ['_Z', 'training', 'birth', 'citizenship'] as const;
export type PartnerBasis = (typeof PARTNER_BASES)[number];

/** Age groups: `_T` all ages, otherwise `Y25T34`-style ranges or `Y_GE65`. */
export const AGE_PATTERN = /^(_T|_U|Y\d{1,3}T\d{1,3}|Y_GE\d{1,3}|Y_LT\d{1,3})$/;

export const OBSERVATION_FLAGS = {
  provisional: 'P',
  estimated: 'E',
  break: 'B',
  definition_differs: 'D',
  confidential: 'C',
  missing: 'M',
} as const;
export type ObservationFlag = keyof typeof OBSERVATION_FLAGS;
