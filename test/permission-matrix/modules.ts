import * as agreements from './agreements.ts';
import * as exportsRows from './exports.ts';
import * as progress from './progress.ts';
import * as questionnaires from './questionnaires.ts';
import * as reports from './reports.ts';
import * as rounds from './rounds.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';

const MODULES = [questionnaires, rounds, reports, progress, exportsRows, agreements];

/** The rows of the modules that keep theirs in test/permission-matrix/. */
export const MODULE_ROWS: Record<string, MatrixRow> = Object.assign({}, ...MODULES.map((m) => m.rows));

/** In this order: rounds need questionnaires, reports need rounds, the progress report needs reports. */
export const MATRIX_FIXTURE_MAKERS: readonly MatrixFixtureMaker[] = MODULES.map((m) => m.makeFixtures);
