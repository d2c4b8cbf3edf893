import type { Page } from 'playwright-core';

/** Text that would run as script if a page, a PDF or a DOCX ever read it as markup. */
export const HOSTILE =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1"> javascript:alert(1)';

/** A 1×1 PNG: a file attached to a report. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The choices a complete national report on the shipped 2027 instrument needs (no follow-up question is asked after these). */
export const CHOICES: ReadonlyArray<readonly [string, string]> = [
  ['authority.designated', 'no'],
  ['implementation.steps', 'no'],
  ['recruitment.laws', 'no'],
  ['recruitment.agencies-regulated', 'no'],
  ['recruitment.ssl', 'no'],
  ['equal-treatment.legal-rights', 'yes'],
  ['equal-treatment.employment', 'yes'],
  ['equal-treatment.qualifications', 'case-by-case'],
  ['agreements.any', 'no'],
  ['workforce.measures', 'education-capacity'],
  ['support.given', 'no'],
  ['data.registry', 'no'],
  ['cooperation.exchange', 'yes'],
  ['emergencies.measures', 'no'],
];

/** A question of the report page, by its id. */
export const block = (page: Page, question: string) => page.locator(`[data-question="${question}"]`);

/** Waits until the report page says every change is saved. */
export const saved = (page: Page) => page.locator('.report-save[data-save="saved"]').waitFor();
