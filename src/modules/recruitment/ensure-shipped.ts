import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ctx } from '../../platform/context.ts';
import { readConfigFile } from './read-config-file.ts';
import { currentConfig } from './repo.ts';
import { saveDestination } from './save-destination.ts';

/** The destination configurations shipped with hwmo: data/recruitment/<iso3>.json. */
export const SHIPPED_CONFIG_DIR = fileURLToPath(new URL('../../../data/recruitment/', import.meta.url));

/**
 * Saves each shipped configuration whose destination has none yet, as its first version; a destination already
 * configured (shipped before, or changed by its users) is left as it is.
 */
export async function loadShippedDestinations(ctx: Ctx, dir: string = SHIPPED_CONFIG_DIR): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const loaded: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^[a-z]{3}\.json$/.test(f))
    .sort()) {
    const config = readConfigFile(join(dir, file));
    if (await currentConfig(ctx.db, config.destination)) continue;
    await saveDestination(ctx, {
      iso3: config.destination,
      config,
      basedOn: null,
    });
    loaded.push(config.destination);
  }
  return loaded;
}
