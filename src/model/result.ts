import type { SourceLocation } from '../errors.js';
import type { Finding } from './stac.js';
import type { Plan, PlanTarget } from './plan.js';
import type { DeliveryOutcome, DirectoryOutput } from './delivery.js';

export type Command = 'validate' | 'plan' | 'run' | 'verify' | 'redrive';

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

export interface GenerationSummary {
  attempted: number;
  succeeded: number;
  failed: GenerationFailure[];
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
  stale: number;
  dead_lettered: number;
  failed: number;
}

/** Per-collection counts for the report. */
export interface CollectionSummary {
  id: string;
  collectionsChecked: number;
  /** Item counts: planned, checked, generated, ..., verified, missing, dead_lettered. */
  counts: CollectionCounts;
  firstErrors: string[];
}

export interface ValidationSummary {
  checked: { items: number; collections: number };
  errors: number;
  warnings: number;
  findings: Finding[];
  maxWarnings?: number;
}

/** Everything a run learned; the Action and the CLI render it, the core never prints it. */
export interface IngestResult {
  ok: boolean;
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
