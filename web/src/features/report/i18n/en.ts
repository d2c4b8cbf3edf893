/** The report page's messages in English: the reference the other languages are checked against. */
export const reportEn = {
  'report.title': 'National report',
} as const;
