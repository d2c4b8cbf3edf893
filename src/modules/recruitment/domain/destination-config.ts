/**
 * How one destination decides whether its employers may recruit health personnel from a country of origin: the
 * national code it applies, the Support and Safeguards List editions it follows and from when, its dated
 * exceptions, what it counts as active recruitment and the national rules behind it. Plain data, no I/O.
 */

import type { ReasonCode } from './status.ts';

export const ACTIVITY_CODES = [
  'advertising',
  'referral_bonus',
  'agency',
  'asking_staff_to_share_vacancies',
  'fee_based_referral',
  'direct_approach',
] as const;
export type ActivityCode = (typeof ACTIVITY_CODES)[number];

export const RECRUITMENT_STATUSES = ['red', 'amber', 'green'] as const;
export type RecruitmentStatus = (typeof RECRUITMENT_STATUSES)[number];

export type ListMembershipKind = 'official' | 'recomputed';

/** From `from` (inclusive) until the next period, the red list is this edition of the Support and Safeguards List. */
export interface ListPolicyPeriod {
  from: string;
  edition: number;
  /** How the edition's members are known to this destination: WHO's published list, or its recomputation. */
  membership: ListMembershipKind;
  /** True when `from` is known only approximately (e.g. the year of publication). */
  fromApproximate: boolean;
  note: string | null;
  source: string | null;
}

export interface AgreementReference {
  title: string;
  url: string | null;
}

/** A dated exception for one origin (UK: Kenya amber from 11 Nov 2021 under the UK–Kenya MoU). */
export interface OriginOverride {
  origin: string;
  from: string;
  /** Exclusive; null while it lasts. */
  until: string | null;
  status: RecruitmentStatus;
  reason: string;
  agreement: AgreementReference | null;
  note: string | null;
  source: string | null;
}

/**
 * Which agreements make an origin amber: every agreement allowing recruitment (`all_origins`), or only those with
 * an origin on the list in force (`listed_origins`: an origin off the list stays green and the agreement is shown).
 */
export type AgreementScope = 'listed_origins' | 'all_origins';
export type AgreementLevelName = 'government' | 'institution';

export interface NationalRule {
  id: string;
  title: string;
  /** How the rule is cited, e.g. "Employment Agencies Act 1973 s6(1)". */
  citation: string;
  url: string | null;
  /** The reason codes this rule stands behind. */
  appliesTo: ReasonCode[];
}

export interface NationalCode {
  title: string;
  url: string;
  publisher: string;
  /** null when the day it took effect is not known. */
  inForceFrom: string | null;
  note: string | null;
}

export interface DestinationConfig {
  destination: string;
  name: string;
  /** null: the destination has no national code; the WHO Global Code and the WHO list apply. */
  code: NationalCode | null;
  covers: {
    /** Occupation codes; [] = all health personnel. */
    cadres: string[];
    description: string;
  };
  listPolicy: ListPolicyPeriod[];
  overrides: OriginOverride[];
  agreements: { levels: AgreementLevelName[]; scope: AgreementScope };
  /** What the destination names as active recruitment; any other active approach counts too. */
  activeRecruitment: ActivityCode[];
  /** Candidates are never charged for finding them work; the id of the national rule that says so, if any. */
  candidateFees: { rule: string | null };
  rules: NationalRule[];
  sources: { title: string; url: string }[];
}

/**
 * The WHO list editions in force from their publication: a destination without a configuration of its own follows
 * them. WHO publishes only the 2023 edition's members in the data shipped; the 2020 edition is its recomputation.
 */
export const WHO_LIST_POLICY: readonly ListPolicyPeriod[] = [
  {
    from: '2020-01-01',
    edition: 2020,
    membership: 'recomputed',
    fromApproximate: true,
    note: 'Published in 2020 after the second review of the Code (WHA73/9); the day of publication is not recorded here, so the edition applies from the start of 2020. Its official membership is not shipped: the recomputation, which gives WHO’s count of 47, stands in.',
    source: 'WHO, report of the Expert Advisory Group on the second review of the Code, WHA73/9 (2020)',
  },
  {
    from: '2023-03-09',
    edition: 2023,
    membership: 'official',
    fromApproximate: true,
    note: 'Published in March 2023; 9 March 2023 is the date of the first dated report of its publication (polity.org.za), not a date WHO states.',
    source:
      'WHO Health Workforce Support and Safeguards List 2023, ISBN 9789240069787; polity.org.za, 9 March 2023',
  },
];

/** The configuration of a destination that has none: the WHO list as published and the agreements it is party to. */
export function defaultDestinationConfig(destination: string, name: string): DestinationConfig {
  return {
    destination,
    name,
    code: null,
    covers: { cadres: [], description: 'all health personnel' },
    listPolicy: WHO_LIST_POLICY.map((p) => ({ ...p })),
    overrides: [],
    agreements: { levels: ['government', 'institution'], scope: 'all_origins' },
    activeRecruitment: [...ACTIVITY_CODES],
    candidateFees: { rule: null },
    rules: [],
    sources: [
      {
        title:
          'WHO Global Code of Practice on the International Recruitment of Health Personnel (WHA63.16, 2010)',
        url: 'http://who.int/hrh/migration/code/full_text/en/',
      },
    ],
  };
}
