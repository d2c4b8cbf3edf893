#!/usr/bin/env node
// `npm run dev`: always the sources, so that `node --watch` restarts on a change to any of them.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli.ts');
process.exitCode = await main(process.argv);
