import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { BatchDetail, BatchSummary, RollbackResult } from './schemas.ts';

const IdSchema = z.coerce.number().int().positive();
const JsonSchema = z.object({ json: z.boolean().default(false) });

export function registerBatches(program: Command): void {
  const batches = program
    .command('batches')
    .description('List import batches; `show ID` to inspect one, `rollback ID` to undo it')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, raw);
      const { items } = await withData('this listing', {
        local: async (db, config) => {
          const { listBatches } = await import('./list-batches.ts');
          return { items: await listBatches(cliContext(db, config), { limit: 1000 }) };
        },
        server: (server) => server.get<{ items: BatchSummary[] }>('api/batches', { limit: 1000 }),
      });
      if (opts.json) return writeJson({ items });
      printTable(
        ['id', 'file', 'format', 'status', 'created', 'read', 'new', 'revised', 'unchanged', 'skipped'],
        items.map((b) => [
          b.id,
          b.file,
          b.format,
          b.status,
          b.createdAt.slice(0, 19).replace('T', ' '),
          b.rowsRead,
          b.stored,
          b.revised,
          b.unchanged,
          b.skipped,
        ]),
        [0, 5, 6, 7, 8, 9],
      );
    });

  batches
    .command('show')
    .argument('<id>', 'batch id')
    .option('--json', 'print JSON')
    .description('Show a batch: counts, skipped rows with reasons, and later batches that revised it')
    .action(async (id: string, _raw: Record<string, unknown>, cmd: Command) => {
      // `batches` has a --json of its own, which takes the flag wherever it is given.
      const opts = parseOptions(JsonSchema, { json: cmd.optsWithGlobals().json });
      const batchId = parseOptions(IdSchema, id);
      const b = await withData('this request', {
        local: async (db, config) =>
          (await import('./get-batch.ts')).getBatch(cliContext(db, config), batchId),
        server: (server) => server.get<BatchDetail>(`api/batches/${batchId}`),
      });
      if (opts.json) return writeJson(b);
      process.stdout.write(
        `Batch ${b.id}: ${b.file} (${b.format}), ${b.status}, ${b.createdAt}\nsha256 ${b.sha256}, ${b.bytes} bytes\n` +
          `read ${b.rowsRead} = new ${b.stored} + revised ${b.revised} + unchanged ${b.unchanged} + skipped ${b.skipped}\n` +
          `values now current: ${b.current}; superseded since: ${b.superseded}` +
          (b.supersededBy.length ? ` (by batch ${b.supersededBy.join(', ')})` : '') +
          `\nsources: ${b.sources.join(', ') || '-'}; measures: ${b.measures.join(', ') || '-'}\n`,
      );
      if (b.skippedRows.length) {
        printTable(
          ['row', 'column', 'reason'],
          b.skippedRows.map((s) => [s.row, s.column, s.reason]),
          [0],
        );
      }
    });

  batches
    .command('rollback')
    .argument('<id>', 'batch id')
    .option('--json', 'print JSON')
    .description('Undo a batch: remove its values and make current again those it had revised')
    .action(async (id: string, _raw: Record<string, unknown>, cmd: Command) => {
      // `batches` has a --json of its own, which takes the flag wherever it is given.
      const opts = parseOptions(JsonSchema, { json: cmd.optsWithGlobals().json });
      const batchId = parseOptions(IdSchema, id);
      const r = await withData('this rollback', {
        local: async (db, config) =>
          (await import('./rollback-batch.ts')).rollbackBatch(cliContext(db, config), batchId),
        server: (server) => server.post<RollbackResult>(`api/batches/${batchId}/rollback`),
      });
      if (opts.json) return writeJson(r);
      process.stdout.write(
        `Rolled back batch ${r.batchId}: removed ${r.removed} values, restored ${r.restored}.\n`,
      );
    });
}
