import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

/** The rounds routes' rows of the permission matrix. */
export const rows: Record<string, MatrixRow> = {};

/** What these rows' examples refer to, made before the matrix runs (ids by name, in MatrixFixtures.ids). */
export const makeFixtures: MatrixFixtureMaker = async () => ({});
