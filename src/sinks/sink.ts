import type { LoadedDoc, Origin } from '../core/types.js';
import type { Logger } from '../logging.js';
import type { PlannedRequest } from '../plan.js';

/** Items whose generation happens elsewhere (ItemRequests to the generator topic). */
export interface RemoteSource {
  sourceId: string;
  entry: string;
  collection: string | null;
  requests: PlannedRequest[];
  expect?: { count?: number; ids?: string[] };
}

/** What a validated run hands to its target. Collections come before items. */
export interface DeliveryInput {
  runId: string;
  collections: LoadedDoc[];
  items: LoadedDoc[];
  remote: RemoteSource[];
  /** Publish even what the catalog already holds unchanged. */
  force: boolean;
  /**
   * `publish`: deliver (and wait and verify where the target can);
   * `plan`: only compare with the live catalog (new / changed / unchanged / orphan);
   * `verify`: only check that everything expected is in the catalog, as sent.
   * Default `publish`.
   */
  mode?: 'publish' | 'plan' | 'verify';
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
  | 'dead-lettered'
  | 'failed';

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
}

export interface DeliveryOutcome {
  ok: boolean;
  /** One line for people, e.g. "published 12 messages; 11 verified, 1 dead-lettered". */
  summary: string;
  objects: ObjectStatus[];
  /** Verified-count samples during the wait, for the summary chart. */
  progress?: Array<{ atMs: number; verified: number; expected: number }>;
  /** Sink-specific facts for the JSON report (output dir, ledger path, topic ARNs...). */
  details?: Record<string, unknown>;
}

export interface SinkContext {
  logger: Logger;
  /** Runs `fn` as a named, timed stage of the run. */
  stage<T>(name: string, fn: () => Promise<T>): Promise<T>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

/** A target: directory, MAAP pipeline, ingestor API, pgstac. */
export interface Sink {
  readonly type: string;
  deliver(input: DeliveryInput, ctx: SinkContext): Promise<DeliveryOutcome>;
  /** Releases clients (SDK clients, pg pools); called in `finally`. */
  close?(): Promise<void>;
}

export { collectionKey, itemKey } from '../publish/entry.js';
