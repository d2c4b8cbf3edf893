import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { seedReference } from '../src/modules/reference/seed-reference.ts';
import { openPglite } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { TEMPLATE_PATH } from '../test/db.ts';

// One initdb per test run instead of one per test file: each file clones this tarball.
const db = (await openPglite(undefined)) as Awaited<ReturnType<typeof openPglite>> & {
  dumpDataDir: () => Promise<Blob>;
};
await migrate(db);
await db.transaction((tx) => seedReference(tx));
const blob = await db.dumpDataDir();
mkdirSync(dirname(TEMPLATE_PATH), { recursive: true });
writeFileSync(TEMPLATE_PATH, Buffer.from(await blob.arrayBuffer()));
await db.close();
process.stdout.write(`test template written to ${TEMPLATE_PATH}\n`);
