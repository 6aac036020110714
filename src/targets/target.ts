/**
 * The port every target implements: read what the live catalog holds, write, and tell what is
 * still on its way. The adapters (directory, maap, ingestor, pgstac) only read and write; the
 * run's delivery (src/run/deliver.ts) decides what to compare, write, wait for and verify, with
 * the shared stages (classify, publish, wait, verify).
 */
import type { Origin, StacObject } from '../model/stac.js';
import type { ExpectedStac, PlannedStac } from '../model/expected.js';
import type { ItemRequest } from '../model/item-request.js';
import type { ObjectState, ObjectStatus } from '../model/delivery.js';
import type { Logger } from '../logging.js';

/** `publish`: deliver; `plan`: only compare with the live catalog; `verify`: only check the catalog holds it all. */
export type DeliveryMode = 'publish' | 'plan' | 'verify';

/** A Collection or Item document on its way to the target. */
export type Outgoing = PlannedStac & { origin: Origin };

/** An ItemRequest for the StactoolsItemGenerator (remote generation), keyed `request:<source>#<row>`. */
export interface OutgoingRequest {
  key: string;
  sourceId: string;
  row: number;
  request: ItemRequest;
  origin: Origin;
  collection: string | null;
}

/** What the delivery asks the target to write. */
export interface DeliveryWork {
  mode: DeliveryMode;
  runId: string;
  collections: Outgoing[];
  /** The items (of a delivery in windows: those of its first window). */
  items: Outgoing[];
  requests: OutgoingRequest[];
  /** A delivery in windows (src/run/deliver.ts): every item of it, for the checks `open` makes of them all. */
  streamed?: StreamedItems;
}

/** Every item of a delivery in windows, known before the first window is written, and read again on demand. */
export interface StreamedItems {
  /** Items per collection id, over every window (NO_COLLECTION counts the items without one). */
  counts: ReadonlyMap<string, number>;
  /** Where the first item of each collection (as in `counts`) was read. */
  firsts: ReadonlyMap<string, Origin>;
  /** Every item, the first window's too, read again. */
  items(): AsyncIterable<Outgoing>;
}

/** One write: collections, or the items and requests after them (everything at once for a snapshot target). */
export interface WriteBatch {
  collections: Outgoing[];
  items: Outgoing[];
  requests: OutgoingRequest[];
}

/** What became of one written object. */
export interface Written {
  key: string;
  /** `published`: on its way (wait for it); `written`: in place; `verified`: accepted as it is; `failed`. */
  state: Extract<ObjectState, 'published' | 'written' | 'verified' | 'failed'>;
  /** The message id, ingestion id, batch... */
  ref?: string;
  reason?: string;
  /** A more precise origin (the field the target refused). */
  origin?: Origin;
}

/** An object that stopped being on its way: landed (`verified`) or not (with why). */
export interface Settled {
  key: string;
  state: Extract<ObjectState, 'verified' | 'failed' | 'missing' | 'dead-lettered'>;
  reason?: string;
  origin?: Origin;
}

/** An object the delivery waits for; `requestKey`: the ItemRequest that makes it. */
export interface AwaitedObject {
  key: string;
  origin?: Origin;
  requestKey?: string;
}

/** What the target itself can tell about objects on their way (ingestion status, dead-letter queues). */
export interface Watch {
  /** Those of `pending` that settled since the last poll. Errors end the wait. */
  poll(pending: readonly string[]): Promise<Settled[]>;
  /** Why an object still pending at the deadline is missing. */
  timeoutReason(key: string): string;
  /** One line for the debug log of a poll (queue depths...). */
  describe?(): string;
  /** Facts for the report. */
  details?(): Record<string, unknown>;
}

/** How long written objects take to land, and who sees them land. */
export interface WaitPolicy {
  /** Give up after this long; 0: do not wait (and so do not verify either). */
  timeoutMs: number;
  pollIntervalMs: number;
  maxPollIntervalMs?: number;
  /** `catalog`: read the live catalog until it holds them as sent; `target`: the target's watch says. */
  landing: 'catalog' | 'target';
}

/** A live catalog the run compares with: what it holds for the objects of a run. */
export interface CatalogReader {
  /** For messages: `the STAC API`, `pgstac at host/db`. */
  readonly name: string;
  /** Names the catalog's copy where it differs: `the STAC API's copy`, `the stored copy`. */
  readonly copy: string;
  /** Why an object it does not hold is missing, when there is more to say. */
  readonly absent?: string;
  /** Base URL the catalog resolves relative link hrefs against (its root), for the comparison. */
  readonly linkBase?: string;
  /** The catalog's copies of these objects, by key; a key it does not return is not in the catalog. */
  read(objects: readonly ExpectedStac[]): Promise<Map<string, StacObject>>;
  /** Every item of a collection (to find orphans); absent when the catalog cannot list them. */
  listItems?(collection: string): AsyncIterable<StacObject>;
  /** Requests made so far. */
  requests?(): number;
}

export interface TargetContext {
  logger: Logger;
  /** Runs `fn` as a named, timed stage of the run. */
  stage<T>(name: string, fn: () => Promise<T>): Promise<T>;
  now: () => number;
  /** Rejects with the cancellation when the run is cancelled. */
  sleep: (ms: number) => Promise<void>;
  /**
   * While writing: which of these keys the live catalog holds as sent (or holds a new copy of since the run
   * began). A target asks it before sending again what may have gone through already; absent without a catalog.
   */
  landed?: (keys: readonly string[]) => Promise<Set<string>>;
  /** The run's cancellation: a target stops starting calls once it aborts. */
  signal?: AbortSignal;
}

/** A target: directory, MAAP pipeline, ingestor API, pgstac. */
export interface Target {
  readonly type: string;
  /** Writes collections and items in one go (a static directory is one snapshot); otherwise collections first. */
  readonly snapshot?: boolean;
  /** Can ask a generator to make items remotely (ItemRequests). */
  readonly generatesRemotely?: boolean;
  /**
   * The target is pypgstac's loader: items of one collection at one second with and without a fraction must
   * not meet in one loader batch (pypgstac compares datetime text), and each collection's earliest and latest
   * items must be stored before the others (pgstac's queued partition constraints): items go in waves
   * (src/stages/loader-waves.ts).
   */
  readonly datetimeTextRanges?: boolean;
  /** Compares with the live catalog before publishing, so what it holds unchanged is not sent again. */
  readonly skipsUnchanged?: boolean;
  /** The manifest fully owns the collections it publishes: their other catalog items are orphans. */
  readonly ownsCollections?: boolean;
  /** Written objects land later; absent: they are in place when `write` returns. */
  readonly wait?: WaitPolicy;
  /**
   * Checks the work before anything is read or written (ConfigurationErrors name the fix) and
   * connects; returns the objects the target cannot take (they are not written).
   */
  open(work: DeliveryWork, ctx: TargetContext): Promise<ObjectStatus[]>;
  /**
   * Of the items of a later window of a delivery in windows (`open` got the first window's), those the target
   * cannot take at all, as `open` returns them (they are not written).
   */
  refuses?(items: readonly Outgoing[]): ObjectStatus[];
  /**
   * The live catalogs to check against, in order (pgstac: its database, then its STAC API); empty
   * when there is none. Throws a ConfigurationError when `mode` needs one and none is configured.
   */
  catalogs(mode: DeliveryMode, ctx: TargetContext): CatalogReader[];
  write(batch: WriteBatch, ctx: TargetContext): Promise<Written[]>;
  /**
   * Writes collections and items that are not held (read as they are written) in one go; returns how many
   * items went to each collection. Only a snapshot target (a directory) has it.
   */
  writeStream?(
    collections: Outgoing[],
    items: AsyncIterable<StacObject>,
    ctx: TargetContext,
  ): Promise<Map<string, number>>;
  /** What the target knows of the objects on their way; absent when only the catalog can tell. */
  watch?(awaited: readonly AwaitedObject[], ctx: TargetContext): Watch;
  /** What the target is, for one-line summaries: `pgstac 0.9.9 at user@host/db`. */
  describe(): string;
  /** Target facts for the JSON report (ledger path, endpoints, batches...). */
  details?(): Record<string, unknown>;
  /** Releases clients (SDK clients, pg pools); called in `finally`. */
  close?(): Promise<void>;
}
