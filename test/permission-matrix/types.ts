import type { Hono } from 'hono';
import type { Database } from '../../src/platform/db/client.ts';

export type { MatrixArea, MatrixFixtures, MatrixRow } from '../permission-matrix.ts';

/** Makes rows that a module's examples refer to (as the operator, through the app or the use cases). */
export type MatrixFixtureMaker = (deps: {
  db: Database;
  app: Hono;
  /** The ids made by the makers before this one. */
  ids: Readonly<Record<string, number>>;
}) => Promise<Record<string, number>>;
