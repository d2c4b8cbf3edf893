/** The reporting page's messages in English: the reference the other languages are checked against. */
export const reportingEn = {
  'reporting.title': 'Code reporting',
} as const;
