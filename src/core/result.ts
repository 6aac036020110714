import type { SourceLocation } from '../errors.js';
import type { Finding } from './types.js';
import type { Plan, PlanTarget } from '../plan.js';
import type { DirectoryOutput } from '../sinks/directory.js';
import type { DeliveryOutcome } from '../sinks/sink.js';
import type { CollectionCounts } from '../report/json-report.js';

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
