/** The published page's messages in English: the reference the other languages are checked against. */
export const publishedEn = {
  'published.title': 'Published reports',
} as const;
