import { SSL_EDITIONS } from './domain/safeguards.ts';
import type { EditionList } from './schemas.ts';

/** The editions of the list hwmo knows, with their rule and how many countries each published. */
export function listEditions(): EditionList {
  return {
    items: SSL_EDITIONS.map((e) => ({
      edition: e.edition,
      title: e.title,
      reference: e.reference,
      sciBelow: e.sciBelow,
      densityBelow: e.densityBelow,
      publishedCount: e.publishedCount,
    })),
  };
}
