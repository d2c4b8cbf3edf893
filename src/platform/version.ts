import { createRequire } from 'node:module';

// Read at run time rather than imported, so that src/ and the compiled dist/ (one folder deep too) find the same file.
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export const VERSION: string = pkg.version;
