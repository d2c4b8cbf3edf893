import type { Lang } from '../../platform/i18n/langs.ts';
import { isText, render } from '../../platform/i18n/messages.ts';

/**
 * An answer whose `warnings` (and those of its `items`, for stored runs) say their message in the reader's language;
 * each warning's `text` (its message as data) stays out of the answer. Runs stored before warnings were data keep
 * their English message.
 */
export function localizeWarnings<T>(answer: T, lang: Lang): T {
  if (answer === null || typeof answer !== 'object') return answer;
  const out: Record<string, unknown> = { ...(answer as Record<string, unknown>) };
  if (Array.isArray(out.warnings)) {
    out.warnings = out.warnings.map((w: unknown) => {
      if (w === null || typeof w !== 'object') return w;
      const { text, ...rest } = w as { text?: unknown; message?: string };
      return isText(text) ? { ...rest, message: render(text, lang) } : rest;
    });
  }
  if (Array.isArray(out.items)) out.items = out.items.map((item: unknown) => localizeWarnings(item, lang));
  return out as T;
}
