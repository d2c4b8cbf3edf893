import { z } from 'zod';
import { NOTE_CODES } from './domain/index.ts';

export const NoteSchema = z
  .object({
    code: z.enum(NOTE_CODES).describe('Stable code of the remark, for clients that translate it.'),
    params: z
      .record(z.string(), z.unknown())
      .describe('Values the remark names: codes, years, numbers, year selections and nested remarks.'),
    message: z.string().describe('The remark in English.'),
  })
  .describe('A remark on a value: why it is missing or what to keep in mind.');
