import { z } from 'zod';
import type { CollectionCounts } from '../model/result.js';

/**
 * The machine-readable run report (`--report-file`, the Action's `report-file` output).
 * This zod schema is its documentation: `schema/report.schema.json` is generated from it (json-report.ts builds
 * the report; it loads no zod, so a command that writes no report file does not load it).
 */
const location = z
  .object({
    file: z.string().optional(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    pointer: z.string().optional().describe('JSON pointer inside the file'),
    entry: z.string().optional().describe('manifest entry, e.g. `sources[0] (scenes) row 3`'),
  })
  .describe('Where a problem is');

const counts = z.object({
  planned: z.number().int(),
  checked: z.number().int(),
  generated: z.number().int(),
  generation_failed: z.number().int(),
  invalid: z.number().int(),
  written: z.number().int(),
  new: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  orphans: z.number().int(),
  published: z.number().int(),
  verified: z.number().int(),
  missing: z.number().int(),
  unverified: z.number().int(),
  stale: z.number().int(),
  dead_lettered: z.number().int(),
  failed: z.number().int(),
});

export const reportSchema = z
  .object({
    report_version: z.literal(1),
    ok: z.boolean().describe('true when everything expected passed; the exit status follows it'),
    status: z
      .enum(['success', 'failure', 'cancelled'])
      .describe('cancelled: a SIGINT/SIGTERM stopped the run; the report holds what was done until then'),
    cancelled: z.string().optional().describe('what cancelled the run (the signal)'),
    command: z.enum(['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards', 'status']),
    manifest: z.string().optional(),
    target: z.object({ name: z.string(), type: z.string(), description: z.string() }).optional(),
    started_at: z.string().describe('ISO 8601'),
    duration_ms: z.number(),
    stages: z.array(z.object({ name: z.string(), ms: z.number(), ok: z.boolean() })),
    totals: counts.describe('sums over collections'),
    collections: z.array(
      counts.extend({
        id: z.string(),
        collections_checked: z.number().int(),
        collections_invalid: z.number().int().describe('collection documents with a validation error'),
        first_errors: z.array(z.string()),
      }),
    ),
    problems: z.array(
      z.object({
        severity: z.enum(['error', 'warning']),
        stage: z.string(),
        message: z.string(),
        location: location.optional(),
        detail: z.string().optional(),
      }),
    ),
    findings: z.array(
      z.object({ severity: z.enum(['error', 'warning']), rule: z.string(), message: z.string(), location }),
    ),
    skipped: z
      .array(z.object({ entry: z.string(), what: z.string(), reason: z.string() }))
      .optional()
      .describe('what was not run on this event and why (code from an untrusted pull request)'),
    objects: z
      .array(
        z.object({
          key: z.string().describe('collection:<id>, item:<collection>/<id> or request:<source>#<n>'),
          kind: z.enum(['collection', 'item', 'request']),
          collection: z.string().nullable(),
          id: z.string().nullable(),
          state: z
            .string()
            .describe(
              'new, changed, unchanged, orphan, written, published, verified, stale, missing, unverified, ' +
                'dead-lettered, failed',
            ),
          reason: z.string().optional(),
          ref: z.string().optional().describe('SNS MessageId, ingestion id, ...'),
          location: location.optional(),
        }),
      )
      .describe('every collection, item and request the run handled, with where it ended up'),
    generation: z
      .object({
        attempted: z.number().int(),
        succeeded: z.number().int(),
        failed: z.number().int(),
        packages: z.array(
          z.object({
            package: z.string().describe('package_name as sent to the generator (with `with:` after commas)'),
            engine: z.enum(['worker', 'uvx']),
            items: z.number().int().describe('create-item (and create-collection) calls run'),
            failed: z.number().int(),
            ms_per_item: z
              .number()
              .describe('mean duration of one call; with N in parallel the wall time per item is about this / N'),
            setup_ms: z
              .number()
              .optional()
              .describe('worker engine: resolving and (when new) installing the environment'),
            workers: z
              .object({
                started: z.number().int(),
                replaced: z.number().int().describe('lost on an item (timeout, crash, cancel)'),
                recycled: z.number().int().describe('retired by the item or memory limit'),
                peak_worker_rss_bytes: z.number().int(),
                peak_pool_rss_bytes: z.number().int(),
                first_ready_ms: z
                  .number()
                  .optional()
                  .describe('from the pool start to its first worker having imported stactools'),
              })
              .optional(),
          }),
        ),
      })
      .optional()
      .describe('local generation: counts, and the time per item per package'),
    progress: z
      .array(z.object({ at_ms: z.number(), verified: z.number().int(), expected: z.number().int() }))
      .optional(),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('target-specific facts (output directory, ledger path, topics)'),
  })
  .describe('stac-ingest run report');

export type JsonReport = z.infer<typeof reportSchema>;
// the schema and the model's type must stay the same shape
const countsMatch: CollectionCounts = {} as z.infer<typeof counts>;
void countsMatch;

export function renderReportJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(reportSchema, { io: 'output' }) as Record<string, unknown>;
  return (
    JSON.stringify(
      {
        $schema,
        $id: 'https://raw.githubusercontent.com/maap/stac-ingest/v1/schema/report.schema.json',
        title: 'stac-ingest run report',
        ...rest,
      },
      null,
      2,
    ) + '\n'
  );
}
