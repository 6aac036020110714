import type { SourceLocation } from '../errors.js';
import type { Finding } from './stac.js';
import type { Plan, PlanTarget } from './plan.js';
import type { DeliveryOutcome, DirectoryOutput } from './delivery.js';

export type Command = 'validate' | 'plan' | 'run' | 'verify' | 'redrive' | 'publish-shards';

export interface Problem {
  severity: 'error' | 'warning';
  /** Stage that raised it: manifest, resolve, generate, validate, write, publish... */
  stage: string;
  message: string;
  location?: SourceLocation;
  /** Extra detail, e.g. the stderr tail of a failed create-item. */
  detail?: string;
}

export interface StageTiming {
  name: string;
  ms: number;
  ok: boolean;
}

export interface GenerationFailure {
  entry: string;
  collection: string | null;
  message: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
  location: SourceLocation;
}

/** A worker pool's figures (worker engine). */
export interface WorkerPoolFigures {
  /** Workers started, including replacements. */
  started: number;
  /** Workers lost on an item (timeout, crash, cancel) and replaced. */
  replaced: number;
  /** Workers retired by the item or memory limit. */
  recycled: number;
  /** Highest resident memory of one worker, and of all live workers together, seen after an item. */
  peakWorkerRss: number;
  peakPoolRss: number;
  /** From the pool's creation to its first worker being ready (the stactools import). */
  firstReadyMs: number | undefined;
}

/** What generating with one package cost. */
export interface PackageGeneration {
  package: string;
  engine: 'worker' | 'uvx';
  /** Items (and create-collection calls) run, and how many failed. */
  items: number;
  failed: number;
  /** Sum of the items' durations (with N in parallel, wall time is about this / N). */
  itemMs: number;
  /** Resolving and (when new) installing the environment (worker engine). */
  setupMs?: number;
  pool?: WorkerPoolFigures;
}

export interface GenerationSummary {
  attempted: number;
  succeeded: number;
  failed: GenerationFailure[];
  packages?: PackageGeneration[];
}

/** Item counts per collection, over every stage (the JSON report's zod schema mirrors it). */
export interface CollectionCounts {
  planned: number;
  checked: number;
  generated: number;
  generation_failed: number;
  invalid: number;
  written: number;
  new: number;
  changed: number;
  unchanged: number;
  orphans: number;
  published: number;
  verified: number;
  missing: number;
  /** The catalog could not be read to verify them. */
  unverified: number;
  stale: number;
  dead_lettered: number;
  failed: number;
}

/** Per-collection counts for the report. */
export interface CollectionSummary {
  id: string;
  collectionsChecked: number;
  /** Collection documents with a validation error. */
  collectionsInvalid: number;
  /** Item counts: planned, checked, generated, ..., verified, missing, dead_lettered. */
  counts: CollectionCounts;
  firstErrors: string[];
}

/** Documents by kind: items, collections, and anything else (a Catalog, a document without `type`). */
export interface DocCounts {
  items: number;
  collections: number;
  other: number;
}

/** What validation found in one collection's documents. */
export interface CollectionTally {
  id: string;
  items: number;
  invalidItems: number;
  collections: number;
  invalidCollections: number;
  /** Its first error findings, in report order (at most 5). */
  firstErrors: Finding[];
}

export interface ValidationSummary {
  checked: DocCounts;
  /** Documents with at least one error. */
  invalid: DocCounts;
  byCollection: CollectionTally[];
  errors: number;
  warnings: number;
  findings: Finding[];
  maxWarnings?: number;
}

/** Everything a run learned; the Action and the CLI render it, the core never prints it. */
export interface IngestResult {
  ok: boolean;
  /** Set when a signal (SIGINT/SIGTERM) or the caller cancelled the run: what stopped it. `ok` is then false. */
  cancelled?: string;
  command: Command;
  manifest?: string;
  target?: PlanTarget;
  plan?: Plan;
  validation?: ValidationSummary;
  generation?: GenerationSummary;
  output?: DirectoryOutput;
  delivery?: DeliveryOutcome;
  collections: CollectionSummary[];
  problems: Problem[];
  stages: StageTiming[];
  startedAt: string;
  durationMs: number;
}

/** `success`, `failure`, or `cancelled` (the run was stopped; what it did is reported). */
export type RunStatus = 'success' | 'failure' | 'cancelled';

export function runStatus(result: Pick<IngestResult, 'ok' | 'cancelled'>): RunStatus {
  return result.cancelled !== undefined ? 'cancelled' : result.ok ? 'success' : 'failure';
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `3 items, 1 collection and 1 other document` (kinds with none left out; `nothing` when empty). */
export function describeCounts(c: DocCounts, of?: DocCounts): string {
  const parts: string[] = [];
  const part = (k: keyof DocCounts, one: string) => {
    if (c[k] === 0) return;
    parts.push(of === undefined ? plural(c[k], one) : `${c[k]} of ${plural(of[k], one)}`);
  };
  part('items', 'item');
  part('collections', 'collection');
  part('other', 'other document');
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
