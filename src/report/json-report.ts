import { runStatus, type CollectionCounts, type GenerationSummary, type IngestResult } from '../model/result.js';
import type { JsonReport } from './json-report-schema.js';

export type { CollectionCounts, JsonReport };

/**
 * The machine-readable run report (`--report-file`, the Action's `report-file` output), built from a run's
 * result; its zod schema, the documentation, is json-report-schema.ts (not loaded here).
 */

export function emptyCounts(): CollectionCounts {
  return {
    planned: 0,
    checked: 0,
    generated: 0,
    generation_failed: 0,
    invalid: 0,
    written: 0,
    new: 0,
    changed: 0,
    unchanged: 0,
    orphans: 0,
    published: 0,
    verified: 0,
    missing: 0,
    unverified: 0,
    stale: 0,
    dead_lettered: 0,
    failed: 0,
  };
}

function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** Builds the report from a run's result (pure). */
export function toJsonReport(result: IngestResult): JsonReport {
  const collections = result.collections.map((c) => ({
    ...emptyCounts(),
    ...c.counts,
    id: c.id,
    collections_checked: c.collectionsChecked,
    collections_invalid: c.collectionsInvalid,
    first_errors: c.firstErrors,
  }));
  const totals = emptyCounts();
  for (const c of collections) for (const k of Object.keys(totals) as Array<keyof CollectionCounts>) totals[k] += c[k];
  const report: JsonReport = {
    report_version: 1,
    ok: result.ok,
    status: runStatus(result),
    ...(result.cancelled !== undefined ? { cancelled: result.cancelled } : {}),
    command: result.command,
    started_at: result.startedAt,
    duration_ms: result.durationMs,
    stages: result.stages,
    totals,
    collections,
    problems: result.problems.map((p) =>
      clean({ severity: p.severity, stage: p.stage, message: p.message, location: p.location, detail: p.detail }),
    ),
    findings: result.validation?.findings ?? [],
    ...(result.plan?.skipped.length ? { skipped: result.plan.skipped } : {}),
    objects: (result.delivery?.objects ?? []).map((o) =>
      clean({
        key: o.key,
        kind: o.kind,
        collection: o.collection,
        id: o.id,
        state: o.state,
        reason: o.reason,
        ref: o.ref,
        location: {
          file: o.origin.file,
          ...(o.origin.line !== undefined ? { line: o.origin.line } : {}),
          ...(o.origin.entry ? { entry: o.origin.entry } : {}),
        },
      }),
    ),
  };
  if (result.manifest !== undefined) report.manifest = result.manifest;
  if (result.target) report.target = result.target;
  if (result.generation) report.generation = generationReport(result.generation);
  if (result.delivery?.progress)
    report.progress = result.delivery.progress.map((p) => ({
      at_ms: p.atMs,
      verified: p.verified,
      expected: p.expected,
    }));
  if (result.delivery?.details) report.details = result.delivery.details;
  return report;
}

function generationReport(g: GenerationSummary): NonNullable<JsonReport['generation']> {
  const packages = (g.packages ?? []).map((p) => {
    const pool = p.pool;
    const workers = pool && {
      started: pool.started,
      replaced: pool.replaced,
      recycled: pool.recycled,
      peak_worker_rss_bytes: pool.peakWorkerRss,
      peak_pool_rss_bytes: pool.peakPoolRss,
      ...(pool.firstReadyMs !== undefined ? { first_ready_ms: pool.firstReadyMs } : {}),
    };
    const msPerItem = p.items > 0 ? Math.round((p.itemMs / p.items) * 100) / 100 : 0;
    return {
      package: p.package,
      engine: p.engine,
      items: p.items,
      failed: p.failed,
      ms_per_item: msPerItem,
      ...(p.setupMs !== undefined ? { setup_ms: p.setupMs } : {}),
      ...(workers ? { workers } : {}),
    };
  });
  return { attempted: g.attempted, succeeded: g.succeeded, failed: g.failed.length, packages };
}
