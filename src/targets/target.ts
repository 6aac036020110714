import type { LoadedDoc, StacObject } from '../model/stac.js';
import type { ExpectedStac } from '../model/expected.js';
import type { DeliveryOutcome } from '../model/delivery.js';
import type { Logger } from '../logging.js';
import type { PlannedRequest } from '../model/inputs.js';

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

/** A live catalog the run compares with: what it holds for the objects of a run. */
export interface CatalogReader {
  /** For messages: `the STAC API`, `pgstac at host/db`. */
  readonly name: string;
  /** Names the catalog's copy where it differs: `the STAC API's copy`, `the stored copy`. */
  readonly copy: string;
  /** Base URL the catalog resolves relative link hrefs against (its root), for the comparison. */
  readonly linkBase?: string;
  /** The catalog's copies of these objects, by key; a key it does not return is not in the catalog. */
  read(objects: readonly ExpectedStac[]): Promise<Map<string, StacObject>>;
  /** Every item of a collection (to find orphans); absent when the catalog cannot list them. */
  listItems?(collection: string): AsyncIterable<StacObject>;
  /** Requests made so far. */
  requests?(): number;
}
