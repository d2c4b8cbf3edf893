import type { Ctx } from '../../platform/context.ts';
import { createStudy } from './create-study.ts';
import type { Study } from './schemas.ts';
import { readStudyWorkbook } from './workbook.ts';

export interface ImportStudyOptions {
  fileName: string;
  bytes: Uint8Array;
}

/** Stores the study a workbook holds as a new study, all of it or nothing. */
export async function importStudy(ctx: Ctx, opts: ImportStudyOptions): Promise<Study> {
  const inputs = await readStudyWorkbook(opts.fileName, opts.bytes);
  return createStudy(ctx, inputs, 'wisn.import');
}
