/** The progress page's messages in English: the reference the other languages are checked against. */
export const progressEn = {
  'progress.title': 'Global progress report',
} as const;
