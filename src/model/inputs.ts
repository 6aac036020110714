import type { AssetRequest, AssetsSource, CollectionEntry, SourceEntry } from '../manifest/schema.js';
import type { LoadedDoc, Origin, SourceDoc } from './stac.js';

/** What the resolve stage reads from the manifest's inputs, before anything runs. */

/**
 * The StactoolsItemGenerator's ItemRequest, field for field as its pydantic model
 * (protocol.md §2.2). The Lambda ignores unknown fields; we never send any.
 */
export interface ItemRequest {
  /** A uv requirement: `stactools-foo`, `stactools-foo==0.1.2`, `git+https://...@tag` (or `./path`, local only). */
  package_name: string;
  /** The `stac <group>` sub-command group. */
  group_name: string;
  /** Positional create-item arguments (strings only). */
  create_item_args: string[];
  /** `--key value` pairs, passed in insertion order. */
  create_item_options: Record<string, string>;
  /** When truthy, overwrites the generated item's `collection`. */
  collection_id: string | null;
}

export interface PlannedAssetRequest {
  index: number;
  requestId: string;
  itemId: string;
  /** `sources[0] (x) requests[1]`, or `sources[0] (x) requests/a.json` for a payload file */
  entry: string;
  request: AssetRequest;
  /** The payload file the request came from (relative to the manifest), if it did. */
  payload?: string;
}
/** A create-item (or create-collection) call to make, locally or remotely. */
export interface PlannedRequest {
  request: ItemRequest;
  origin: Origin;
  timeoutMs: number;
  /** The item id the manifest says this request produces, when it says so. */
  expectedId?: string;
}

/** A manifest source with its inputs read (rows expanded, files and catalogs loaded). */
export type ResolvedSource =
  | {
      kind: 'stactools';
      index: number;
      entry: SourceEntry;
      mode: 'local' | 'remote';
      /** Empty when the requests are streamed. */
      requests: PlannedRequest[];
      stream?: StreamedRequests;
    }
  | { kind: 'files' | 'catalog'; index: number; entry: SourceEntry; docs: LoadedDoc[]; stream?: StreamedDocs }
  | {
      kind: 'dps';
      index: number;
      entry: SourceEntry;
      docs: LoadedDoc[];
      /** Read where it is used instead of held (not when it is uploaded for the DPS generator to publish). */
      stream?: StreamedDocs;
      /** The collection id the DPS generator derives from the met.json. */
      collectionId: string;
      rawCollectionId: string;
      metFile: string;
      /** `upload_to`: upload the job's outputs and let the DPS generator publish them. */
      upload: boolean;
    }
  | {
      kind: 'assets';
      index: number;
      entry: SourceEntry;
      /** The request shape built from (the manifest's requests, or its payload files mapped). */
      source: AssetsSource;
      collectionId: string;
      requests: PlannedAssetRequest[];
    };

/**
 * The documents of a source read again each time they are needed instead of held (a files or catalog source of a
 * validate, or of a run to a directory target): what is remembered is how many items each collection gets.
 */
export interface StreamedDocs {
  /** Items per collection id (`(no collection)` for items without one), from a first read. */
  counts: Map<string, number>;
  /** The documents that are not items (a Collection or Catalog among the files): few, so held. */
  held: LoadedDoc[];
  /** The first item of each collection, as far as it names it (type, id, collection), and where it was read. */
  firsts?: LoadedDoc[];
  /**
   * The items holding each collection's datetime bounds (src/stages/loader-waves.ts RangeBounds), found by the first
   * read: a few per collection, held whole (a target publishing in windows sends them first).
   */
  bounds: LoadedDoc[];
  /** The documents as units (NDJSON blocks parsed where they are checked), for validation. */
  units(): AsyncIterable<SourceDoc>;
  /**
   * Counted by its first read where it is used (a validate reads it once), not by a read of its own: `counts`,
   * `held`, `firsts` and `bounds` are complete once that read is, and it fails at its end when the source is empty.
   */
  countedByFirstUse?: boolean;
  /** The items parsed, as they are sent (not the held documents). */
  items(): AsyncIterable<LoadedDoc>;
}

/**
 * The ItemRequests of a stactools source built again from its rows file each time they are needed instead of held
 * (a run or plan whose sources stream): what is remembered is how many there are.
 */
export interface StreamedRequests {
  /** How many requests (rows, or one), from a first read that built and checked each. */
  count: number;
  /** The requests, in row order, built as the rows are read (the rows file checked unchanged since the first read). */
  requests(): AsyncIterable<PlannedRequest>;
}

/** How many ItemRequests a stactools source makes, held or streamed. */
export function requestCount(s: { requests: readonly unknown[]; stream?: StreamedRequests }): number {
  return s.stream ? s.stream.count : s.requests.length;
}

export type ResolvedCollection =
  | { kind: 'file'; index: number; entry: CollectionEntry; doc: LoadedDoc }
  | { kind: 'stactools'; index: number; entry: CollectionEntry; request: PlannedRequest };

export interface ResolvedInputs {
  collections: ResolvedCollection[];
  sources: ResolvedSource[];
  /** What reading the inputs changed, for the plan (e.g. documents upgraded by `migrate: true`). */
  notes?: string[];
}
