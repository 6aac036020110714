import type { Origin } from './stac.js';

export type DirectoryFormat = 'catalog' | 'ndjson' | 'both';

export interface DirectoryOutput {
  root: string;
  format: DirectoryFormat;
  /** Files written, relative to root. */
  files: string[];
  collections: number;
  items: number;
  /** Items whose collection had no collection document in this run (written under their collection id anyway). */
  orphanItems: number;
}

/** Where one object ended up. */
export type ObjectState =
  | 'planned'
  | 'orphan'
  | 'written'
  | 'unchanged'
  | 'published'
  | 'verified'
  | 'stale'
  | 'missing'
  /** The catalog could not be read to verify it (after retries): it may be there or not. */
  | 'unverified'
  | 'dead-lettered'
  | 'failed';

/** States in which an object is not where it should be: each is an error of the run. */
export const DELIVERY_PROBLEMS: ReadonlySet<ObjectState> = new Set([
  'failed',
  'missing',
  'stale',
  'dead-lettered',
  'unverified',
]);

export interface ObjectStatus {
  /** `collection:<id>`, `item:<collection>/<id>` or `request:<source>#<n>`. */
  key: string;
  kind: 'collection' | 'item' | 'request';
  collection: string | null;
  id: string | null;
  origin: Origin;
  state: ObjectState;
  /** Why it is not where it should be (dead-letter reason, differing paths, HTTP error...). */
  reason?: string;
  /** Set once published: the SNS MessageId, ingestion id, etc. */
  ref?: string;
  /** How the live catalog compared before publishing (plan against the catalog). */
  change?: 'new' | 'changed' | 'unchanged';
  /** This run published or wrote it (counted as published in the report, whatever became of it). */
  sent?: true;
}

export interface DeliveryOutcome {
  ok: boolean;
  /** One line for people, e.g. "published 12 messages; 11 verified, 1 dead-lettered". */
  summary: string;
  objects: ObjectStatus[];
  /** Items written but not listed in `objects` (read as they were written), per collection id. */
  written?: Record<string, number>;
  /** Verified-count samples during the wait, for the summary chart. */
  progress?: Array<{ atMs: number; verified: number; expected: number }>;
  /** Sink-specific facts for the JSON report (output dir, ledger path, topic ARNs...). */
  details?: Record<string, unknown>;
}
