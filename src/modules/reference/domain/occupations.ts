export interface Occupation {
  /** Stable slug used in the CLI, the API and URLs. */
  code: string;
  name: string;
  /** ISCO-08 unit groups (4 digits) or minor groups (3 digits) the occupation covers. */
  isco08: readonly string[];
  parent: string | null;
}

export const OCCUPATIONS: readonly Occupation[] = [
  { code: 'medical-doctors', name: 'Medical doctors', isco08: ['221'], parent: null },
  {
    code: 'medical-doctors.generalist',
    name: 'Generalist medical practitioners',
    isco08: ['2211'],
    parent: 'medical-doctors',
  },
  {
    code: 'medical-doctors.specialist',
    name: 'Specialist medical practitioners',
    isco08: ['2212'],
    parent: 'medical-doctors',
  },
  {
    code: 'medical-doctors.nfd',
    name: 'Medical doctors not further defined',
    isco08: ['221'],
    parent: 'medical-doctors',
  },
  {
    code: 'nursing-and-midwifery',
    name: 'Nursing and midwifery personnel',
    isco08: ['2221', '2222', '3221', '3222'],
    parent: null,
  },
  {
    code: 'nursing-personnel',
    name: 'Nursing personnel',
    isco08: ['2221', '3221'],
    parent: 'nursing-and-midwifery',
  },
  {
    code: 'nursing-personnel.professional',
    name: 'Nursing professionals',
    isco08: ['2221'],
    parent: 'nursing-personnel',
  },
  {
    code: 'nursing-personnel.associate',
    name: 'Nursing associate professionals',
    isco08: ['3221'],
    parent: 'nursing-personnel',
  },
  {
    code: 'midwifery-personnel',
    name: 'Midwifery personnel',
    isco08: ['2222', '3222'],
    parent: 'nursing-and-midwifery',
  },
  {
    code: 'midwifery-personnel.professional',
    name: 'Midwifery professionals',
    isco08: ['2222'],
    parent: 'midwifery-personnel',
  },
  {
    code: 'midwifery-personnel.associate',
    name: 'Midwifery associate professionals',
    isco08: ['3222'],
    parent: 'midwifery-personnel',
  },
  { code: 'dentists', name: 'Dentists', isco08: ['2261'], parent: null },
  { code: 'dental-assistants', name: 'Dental assistants and therapists', isco08: ['3251'], parent: null },
  {
    code: 'dental-prosthetic-technicians',
    name: 'Dental prosthetic technicians',
    isco08: ['3214'],
    parent: null,
  },
  { code: 'pharmacists', name: 'Pharmacists', isco08: ['2262'], parent: null },
  {
    code: 'pharmaceutical-technicians',
    name: 'Pharmaceutical technicians and assistants',
    isco08: ['3213'],
    parent: null,
  },
];

const byCode = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function findOccupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

/** The cadres of the minimum data set that profiles and the observatory show one by one. */
export const MDS_CADRES = [
  'medical-doctors',
  'nursing-and-midwifery',
  'nursing-personnel',
  'midwifery-personnel',
  'dentists',
  'pharmacists',
] as const;
