import { z } from 'zod';
import { INDICATOR_SLUGS } from './domain/index.ts';

export const AvailabilitySchema = z.object({
  window: z
    .number()
    .int()
    .describe('The window of "latest": no value more than this many years before a series\' latest.'),
  items: z.array(
    z.object({
      indicator: z.enum(INDICATOR_SLUGS),
      unit: z.string(),
      occupations: z
        .array(
          z.object({
            occupation: z
              .array(z.string())
              .describe('The occupation slugs of this choice; several are added (density only).'),
            years: z
              .array(z.number().int())
              .describe('Data years, newest first, in which at least one country has a value.'),
            latest: z.boolean().describe('Whether year=latest gives at least one country a value.'),
          }),
        )
        .describe('The occupation choices the indicator accepts; a choice with no years has no data loaded.'),
    }),
  ),
});
export type Availability = z.infer<typeof AvailabilitySchema>;
