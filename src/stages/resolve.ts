import { access } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedManifest, ManifestPath } from '../manifest/load.js';
import { formatPath } from '../manifest/messages.js';
import type { StactoolsCollection, StactoolsItems } from '../manifest/schema.js';
import type {
  PlannedRequest,
  ResolvedCollection,
  ResolvedInputs,
  ResolvedSource,
  StreamedDocs,
  StreamedRequests,
} from '../model/inputs.js';
import { collectionEntryLabel, sourceEntryLabel } from '../model/plan.js';
import { eachRow, readRows, type Row } from '../sources/rows.js';
import { renderTemplate } from '../sources/template.js';
import {
  FilePasses,
  itemFilesDocs,
  itemFilesUnits,
  readItemFiles,
  readJsonFile,
  type MatchCheck,
} from '../sources/files.js';
import { catalogItems, readCatalog } from '../sources/catalog.js';
import { DocumentPasses } from '../sources/read-passes.js';
import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import type { LoadedDoc, SourceDoc, StacObject } from '../model/stac.js';
import { withCollection } from '../sources/with-collection.js';
import { itemStub } from '../model/keys.js';
import { describeMigrations, migrateDocument, type Migration } from '../sources/migrate.js';
import { openDpsSource } from '../sources/dps/read-dps.js';
import { displayLocation, locationKind, toLocation } from '../sources/locations.js';
import type { ReadDeps } from '../sources/guarded-read.js';
import { assetLocation, planAssetRequests, readAssetsCollection } from '../sources/assets/asset-item.js';
import { assetRefusals, refusalError } from '../sources/assets/asset-hrefs.js';
import { assetsSourceOf } from '../sources/assets/payloads.js';
import type { ProcessRunner } from '../clients/process.js';
import type { Logger } from '../logging.js';
import { emptinessErrors, emptySourceError } from './empty-sources.js';
import { RangeBounds } from './loader-waves.js';
import { capYoungGenerations, RUN_YOUNG_GENERATION_MB } from './validate/heap.js';
import type { PathGuard } from '../security/workspace.js';

/** Paths in findings and reports are relative to the working directory (the workspace in an Action). */
function display(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') && path.isAbsolute(abs) ? abs : rel.split(path.sep).join('/');
}

/** Builds the ItemRequest of one row of a stactools source (or its one request when it has no rows). */
function requestBuilder(
  st: StactoolsItems | StactoolsCollection,
  collectionId: string | null,
  entry: string,
  file: string,
  line: number | undefined,
): (row: Row | undefined) => PlannedRequest {
  // extra requirements ride along after a comma: the generator joins package_name into `uvx --with`
  const packageName = 'with' in st && st.with.length > 0 ? [st.package, ...st.with].join(',') : st.package;
  return (row) => {
    const where = { file, entry: row ? `${entry} row ${row.index}` : entry, ...(line !== undefined ? { line } : {}) };
    const args = st.args.map((a) => renderTemplate(a, row, where));
    const options: Record<string, string> = {};
    for (const [k, v] of Object.entries(st.options)) options[k] = renderTemplate(v, row, where);
    const planned: PlannedRequest = {
      request: {
        package_name: packageName,
        group_name: st.group,
        create_item_args: args,
        create_item_options: options,
        collection_id: collectionId,
      },
      origin: row ? { file, line: row.line, entry: where.entry } : { file, entry },
      timeoutMs: Math.round(st.timeout_seconds * 1000),
    };
    const tpl = 'expect' in st ? st.expect?.id_template : undefined;
    if (tpl !== undefined) planned.expectedId = renderTemplate(tpl, row, where);
    return planned;
  };
}

/** Builds the ItemRequests of one stactools source: one per row, or one when there are no rows. */
export function buildRequests(
  st: StactoolsItems | StactoolsCollection,
  collectionId: string | null,
  rows: Row[] | undefined,
  entry: string,
  file: string,
  line: number | undefined,
): PlannedRequest[] {
  const one = requestBuilder(st, collectionId, entry, file, line);
  return rows ? rows.map(one) : [one(undefined)];
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Rewrites error locations given relative to the manifest directory into working-directory paths (not URLs). */
function rebaseError(dir: string, err: unknown): unknown {
  const fix = (e: ConfigurationError): void => {
    const file = e.location?.file;
    if (e.location && file !== undefined && !path.isAbsolute(file) && !HAS_SCHEME.test(file))
      e.location.file = display(path.resolve(dir, file));
  };
  if (err instanceof ConfigurationErrors) err.errors.forEach(fix);
  else if (err instanceof ConfigurationError) fix(err);
  return err;
}

/** {@link rebaseError} for what `fn` throws. */
async function rebased<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw rebaseError(dir, err);
  }
}

/** {@link rebaseError} for what a read of a source throws, at any of its reads. */
async function* rebasedRead<T>(dir: string, read: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* read;
  } catch (err) {
    throw rebaseError(dir, err);
  }
}

type SourceTag = { id: string; migrate: boolean; label: string };

/**
 * Tags a doc with its source, upgrades pre-1.0 STAC when the source says `migrate: true`, and applies the
 * source's `collection` override (what gets validated is what gets sent).
 */
function adoptDoc(d: LoadedDoc, dir: string, entry: SourceTag, collection: string | undefined, into: Migration[]) {
  if (entry.migrate) {
    const upgraded = migrateDocument(d.doc);
    d.doc = upgraded.doc;
    if (upgraded.migration) into.push(upgraded.migration);
  }
  if (!HAS_SCHEME.test(d.origin.file)) d.origin.file = display(path.resolve(dir, d.origin.file));
  d.origin.sourceId = entry.id;
  if (collection !== undefined && d.doc['type'] === 'Feature') d.doc = withCollection(d.doc, collection);
}

/** {@link adoptDoc} for every doc; returns the plan note on migrations. */
function applySource(
  docs: LoadedDoc[],
  dir: string,
  entry: SourceTag,
  collection: string | undefined,
): string | undefined {
  const migrations: Migration[] = [];
  for (const d of docs) adoptDoc(d, dir, entry, collection, migrations);
  return describeMigrations(entry.label, migrations);
}

/** Refuses a path the manifest names (at `at`) that resolves outside the workspace, located at that manifest line. */
async function contained(abs: string, loaded: LoadedManifest, at: ManifestPath, deps: ResolveDeps): Promise<void> {
  const refused = deps.guard ? await deps.guard(abs) : undefined;
  if (refused !== undefined)
    throw new ConfigurationError(`${formatPath(at)}: ${refused}`, { location: loaded.locationOf(at) });
}

/**
 * The schema folders the manifest names (`validation.schema_mirrors`, read; `schema_cache`, written) outside the
 * workspace.
 */
export async function schemaFolderErrors(loaded: LoadedManifest, guard: PathGuard): Promise<ConfigurationError[]> {
  const v = loaded.manifest.validation;
  const named: [string, ManifestPath][] = [
    ...(v?.schema_mirrors ?? []).map((m, i): [string, ManifestPath] => [m, ['validation', 'schema_mirrors', i]]),
    ...(v?.schema_cache !== undefined
      ? [[v.schema_cache, ['validation', 'schema_cache']] as [string, ManifestPath]]
      : []),
  ];
  const errors: ConfigurationError[] = [];
  for (const [value, at] of named)
    await contained(path.resolve(loaded.dir, value), loaded, at, { guard }).catch((e: ConfigurationError) =>
      errors.push(e),
    );
  return errors;
}

/** What the first read of a streamed source keeps in `into`: items per collection, non-items, first items, bounds. */
export function tallyInto(into: StreamedDocs): { add(d: LoadedDoc): void; end(): void } {
  const bounds = new RangeBounds<LoadedDoc & { collection: string | null }>();
  return {
    add: (d) => {
      if (d.doc['type'] !== 'Feature') return void into.held.push(d);
      const c = d.doc['collection'];
      const cid = typeof c === 'string' ? c : '(no collection)';
      if (!into.counts.has(cid)) (into.firsts ??= []).push(itemStub(d));
      into.counts.set(cid, (into.counts.get(cid) ?? 0) + 1);
      bounds.add({ ...d, collection: typeof c === 'string' ? c : null });
    },
    end: () => {
      for (const { doc, origin } of bounds.items()) into.bounds.push({ doc, origin });
    },
  };
}

/** How a streamed source is counted: by a read of its own in resolve, or (`firstUse`) by the first read using it. */
interface StreamCount {
  /** The source is read once where used (a validate): that read counts it; `empty` fails it when it holds none. */
  firstUse?: { empty: () => ConfigurationError | undefined };
}

/**
 * A source read each time it is used instead of held: read once here to count its items per collection, find the
 * items holding each collection's datetime bounds (and what cannot be read now, as a held source does), then again
 * by validation and by the writer or publisher; or, with `count.firstUse`, counted by its first use (a validate reads
 * it once). Holds no item but those few. `read`: one read of its documents; `units`: one read as units (NDJSON
 * blocks parsed where they are checked), when the source has them.
 */
async function streamedSource(
  source: SourceTag,
  dir: string,
  collection: string | undefined,
  note: Note,
  read: () => AsyncIterable<LoadedDoc>,
  units?: () => AsyncIterable<SourceDoc>,
  count: StreamCount = {},
): Promise<StreamedDocs> {
  const docs = async function* (into: Migration[] = []): AsyncGenerator<LoadedDoc> {
    for await (const d of read()) {
      adoptDoc(d, dir, source, collection, into);
      yield d;
    }
  };
  const stream: StreamedDocs = { counts: new Map(), held: [], firsts: [], bounds: [], items, units: () => docs() };
  let counted = false;
  // the counting read: every document tallied, the migrations noted, an empty source refused at its end
  const counting = async function* (): AsyncGenerator<LoadedDoc> {
    for (const kept of [stream.held, stream.firsts ?? [], stream.bounds]) kept.length = 0;
    stream.counts.clear();
    const tally = tallyInto(stream);
    const migrations: Migration[] = [];
    for await (const d of docs(migrations)) {
      tally.add(d);
      yield d;
    }
    tally.end();
    counted = true;
    note(describeMigrations(source.label, migrations));
    const empty = stream.counts.size + stream.held.length === 0 ? count.firstUse?.empty() : undefined;
    if (empty) throw empty;
  };
  // migrated documents are checked as they are sent: parsed and upgraded here
  async function* items(): AsyncGenerator<LoadedDoc> {
    for await (const d of counted ? docs() : counting()) if (d.doc['type'] === 'Feature') yield d;
  }
  if (count.firstUse) {
    stream.countedByFirstUse = true;
    stream.units = () => (counted ? docs() : counting());
    return stream;
  }
  for await (const _ of counting());
  if (units && !source.migrate) stream.units = units;
  return stream;
}

/**
 * Documents read each time they are used (e.g. the shard bundles publish-shards delivers), counted here by a first
 * read as a streamed source is ({@link streamedSource}); `each` sees every document of that read.
 */
export async function countedStream(
  read: () => AsyncIterable<LoadedDoc>,
  each: (d: LoadedDoc) => void = () => {},
): Promise<StreamedDocs> {
  const items = async function* (): AsyncGenerator<LoadedDoc> {
    for await (const d of read()) if (d.doc['type'] === 'Feature') yield d;
  };
  const stream: StreamedDocs = { counts: new Map(), held: [], firsts: [], bounds: [], items, units: read };
  const tally = tallyInto(stream);
  for await (const d of read()) {
    each(d);
    tally.add(d);
  }
  tally.end();
  return stream;
}

/** A files source read where it is used ({@link streamedSource}), each file checked to be the same at every read. */
function streamedFiles(
  patterns: string[],
  dir: string,
  source: SourceTag,
  collection: string | undefined,
  note: Note,
  check: MatchCheck,
): Promise<StreamedDocs> {
  // the counting read below parses every document on this thread: its young generation stops growing at 32 MB
  // (heap.ts) instead of reaching V8's maximum, for the validation and the delivery that follow too
  capYoungGenerations(RUN_YOUNG_GENERATION_MB);
  const passes = new FilePasses(display);
  const units = async function* (): AsyncGenerator<SourceDoc> {
    for await (const u of itemFilesUnits(patterns, dir, source.label, {}, check, passes)) {
      const origin = { ...u.origin, file: display(path.resolve(dir, u.origin.file)), sourceId: source.id };
      yield { ...u, origin, ...(collection !== undefined ? { collection } : {}) };
    }
  };
  const read = () => itemFilesDocs(patterns, dir, source.label, {}, check, passes);
  return streamedSource(source, dir, collection, note, read, units);
}

/**
 * What reading inputs needs: S3, the fetch policy, the workspace guard (DPS catalogs, asset collections), a logger.
 */
export interface ResolveDeps extends ReadDeps {
  logger?: Logger;
  runner?: ProcessRunner;
  /** Files and catalog sources are counted, not held: their documents are read again where they are used. */
  streamSources?: boolean;
  /** The rows of stactools sources are counted, not held: their ItemRequests are built again where they are used. */
  streamRows?: boolean;
  /** Catalog sources are read once (a validate): counted by that read, not by a walk of their own. */
  countOnFirstUse?: boolean;
}

type CollectionEntry = LoadedManifest['manifest']['collections'][number];
type SourceEntry = LoadedManifest['manifest']['sources'][number];
/** Takes a plan note (pre-1.0 STAC migrated), when there is one. */
type Note = (text: string | undefined) => void;

/** A collection file: read, checked to be one JSON object with the manifest's id. */
async function readCollectionFile(
  loaded: LoadedManifest,
  index: number,
  entry: CollectionEntry & { file: string },
  note: Note,
  deps: ResolveDeps,
): Promise<ResolvedCollection> {
  const label = collectionEntryLabel(index, entry.id);
  const abs = path.resolve(loaded.dir, entry.file);
  await contained(abs, loaded, ['collections', index, 'file'], deps);
  try {
    await access(abs);
  } catch (err) {
    throw new ConfigurationError(`collection file ${entry.file} cannot be read`, {
      location: loaded.locationOf(['collections', index, 'file'], label),
      hint: 'check the path; it is relative to the manifest',
      cause: err,
    });
  }
  const parsed = await readJsonFile(abs, display(abs), label);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`${entry.file} must hold one JSON object (a STAC Collection)`, {
      location: { file: display(abs), entry: label },
    });
  }
  const doc = parsed as StacObject;
  if (doc['id'] !== entry.id) {
    throw new ConfigurationError(
      `collection file ${entry.file} has id '${String(doc['id'])}', but the manifest says '${entry.id}'`,
      {
        location: { file: display(abs), pointer: '/id', entry: label },
        hint: 'make the manifest id and the file id the same',
      },
    );
  }
  const loadedDoc: LoadedDoc = { doc, origin: { file: display(abs), entry: label, sourceId: entry.id } };
  note(applySource([loadedDoc], loaded.dir, { id: entry.id, migrate: entry.migrate, label }, undefined));
  return { kind: 'file', index, entry, doc: loadedDoc };
}

async function resolveCollection(
  loaded: LoadedManifest,
  index: number,
  entry: CollectionEntry,
  note: Note,
  deps: ResolveDeps,
): Promise<ResolvedCollection | undefined> {
  if (entry.file !== undefined) return readCollectionFile(loaded, index, { ...entry, file: entry.file }, note, deps);
  if (!entry.stactools) return undefined;
  const label = collectionEntryLabel(index, entry.id);
  const line = loaded.locate(['collections', index])?.line;
  const [request] = buildRequests(entry.stactools, entry.id, undefined, label, display(loaded.path), line);
  return request ? { kind: 'stactools', index, entry, request } : undefined;
}

/** A stactools source: one ItemRequest per row of its rows file, or one; streamed ({@link streamedRequests}). */
async function stactoolsSource(
  loaded: LoadedManifest,
  index: number,
  entry: SourceEntry,
  deps: ResolveDeps,
): Promise<ResolvedSource> {
  const st = entry.stactools!;
  const label = sourceEntryLabel(index, entry.id);
  const source = { kind: 'stactools' as const, index, entry, mode: st.generate };
  let abs: string | undefined;
  if (st.rows !== undefined) {
    abs = path.resolve(loaded.dir, st.rows);
    await contained(abs, loaded, ['sources', index, 'stactools', 'rows'], deps);
  }
  const file = abs !== undefined ? display(abs) : display(loaded.path);
  const line = abs !== undefined ? undefined : loaded.locate(['sources', index])?.line;
  const one = requestBuilder(st, entry.collection ?? null, label, file, line);
  if (deps.streamRows) return { ...source, requests: [], stream: await streamedRequests(one, abs, label) };
  const rows = abs !== undefined ? await readRows(abs, file) : undefined;
  return { ...source, requests: rows ? rows.map(one) : [one(undefined)] };
}

/**
 * The requests of a stactools source built from its rows file each time they are used, not held: built once here
 * to count them (and to find what cannot be built now, as for held requests), then again by generation or
 * publishing. A rows file that changed between reads is refused.
 */
async function streamedRequests(
  one: (row: Row | undefined) => PlannedRequest,
  abs: string | undefined,
  label: string,
): Promise<StreamedRequests> {
  const passes = new FilePasses(display);
  const requests = async function* (): AsyncGenerator<PlannedRequest> {
    if (abs === undefined) {
      yield one(undefined);
      return;
    }
    await passes.check(abs, label);
    for await (const row of eachRow(abs, display(abs))) yield one(row);
    await passes.check(abs, label);
  };
  let count = 0;
  for await (const r of requests()) if (r) count++;
  return { count, requests };
}

/** How a streamed catalog or DPS source is counted: by its first use when resolving for a validate. */
function streamCount(loaded: LoadedManifest, index: number, entry: SourceEntry, deps: ResolveDeps): StreamCount {
  return deps.countOnFirstUse ? { firstUse: { empty: () => emptySourceError(loaded, entry, index) } } : {};
}

/**
 * A DPS source: its met.json read, its catalog walked, held or (streamed, unless it is uploaded for the DPS
 * generator to publish) walked again where it is used.
 */
async function dpsSource(loaded: LoadedManifest, index: number, entry: SourceEntry, deps: ResolveDeps, note: Note) {
  const { dir } = loaded;
  const label = sourceEntryLabel(index, entry.id);
  const dps = entry.dps!;
  const tag = { id: entry.id, migrate: entry.migrate, label };
  const opened = await rebased(dir, () =>
    openDpsSource(dps, dir, label, deps, deps.logger ? { logger: deps.logger } : {}),
  );
  const upload = dps.upload_to !== undefined;
  const common = { kind: 'dps' as const, index, entry, upload, metFile: opened.metFile };
  const ids = { collectionId: opened.collectionId, rawCollectionId: opened.rawCollectionId };
  if (deps.streamSources && !upload) {
    const passes = new DocumentPasses(label, opened.catalogFile);
    let walks = 0;
    // what is said of the items (refused own collections, how many) is said at the first walk
    const read = () =>
      rebasedRead(dir, opened.items({ pass: passes.begin(), logger: walks++ === 0 ? deps.logger : undefined }));
    const count = streamCount(loaded, index, entry, deps);
    const stream = await streamedSource(tag, dir, undefined, note, read, undefined, count);
    return { ...common, ...ids, docs: [], stream };
  }
  const docs: LoadedDoc[] = [];
  await rebased(dir, async () => {
    for await (const d of opened.items({ logger: deps.logger })) docs.push(d);
  });
  note(applySource(docs, dir, tag, undefined));
  return { ...common, ...ids, docs };
}

async function assetsSource(loaded: LoadedManifest, index: number, entry: SourceEntry, deps: ResolveDeps) {
  const { dir } = loaded;
  const label = sourceEntryLabel(index, entry.id);
  const { payloads } = entry.assets!;
  const at = (j: number): ManifestPath =>
    typeof payloads === 'string'
      ? ['sources', index, 'assets', 'payloads']
      : ['sources', index, 'assets', 'payloads', j];
  const check = (abs: string, j: number) => contained(abs, loaded, at(j), deps);
  const assets = await rebased(dir, () => assetsSourceOf(entry.assets!, dir, label, check));
  const collection = await rebased(dir, () =>
    readAssetsCollection(assets, dir, label, {
      ...deps,
      runner: deps.runner!,
      logger: deps.logger!,
    }),
  );
  const requests = planAssetRequests(assets, collection.id, label);
  const refused = await rebased(dir, () => assetRefusals(assets, dir, deps));
  if (refused.length > 0)
    throw new ConfigurationErrors(
      refused.map((r) => {
        const planned = requests[r.request]!;
        const inline = ['sources', index, 'assets', 'requests', r.request, 'asset_paths', r.asset];
        return refusalError(r, planned.payload ? assetLocation(planned, r.asset) : loaded.locationOf(inline, label));
      }),
    );
  return { kind: 'assets' as const, index, entry, source: assets, collectionId: collection.id, requests };
}

async function resolveSource(
  loaded: LoadedManifest,
  index: number,
  entry: SourceEntry,
  deps: ResolveDeps,
  note: Note,
): Promise<ResolvedSource | undefined> {
  const { dir } = loaded;
  const label = sourceEntryLabel(index, entry.id);
  const source = { id: entry.id, migrate: entry.migrate, label };
  if (entry.stactools) return stactoolsSource(loaded, index, entry, deps);
  if (entry.files !== undefined) {
    const patterns = typeof entry.files === 'string' ? [entry.files] : entry.files;
    const at = (j: number): ManifestPath =>
      typeof entry.files === 'string' ? ['sources', index, 'files'] : ['sources', index, 'files', j];
    const check = (abs: string, j: number) => contained(abs, loaded, at(j), deps);
    if (deps.streamSources) {
      const stream = await rebased(dir, () => streamedFiles(patterns, dir, source, entry.collection, note, check));
      return { kind: 'files', index, entry, docs: [], stream };
    }
    const docs = await rebased(dir, () => readItemFiles(patterns, dir, label, {}, check));
    note(applySource(docs, dir, source, entry.collection));
    return { kind: 'files', index, entry, docs };
  }
  if (entry.dps !== undefined) return dpsSource(loaded, index, entry, deps, note);
  if (entry.assets !== undefined) return assetsSource(loaded, index, entry, deps);
  if (entry.catalog !== undefined) {
    const catalog = entry.catalog;
    const root = toLocation(catalog, dir);
    if (locationKind(root) === 'local') await contained(root, loaded, ['sources', index, 'catalog'], deps);
    if (deps.streamSources) {
      const passes = new DocumentPasses(label, displayLocation(root, dir));
      const read = () => rebasedRead(dir, catalogItems(catalog, dir, label, deps, passes));
      const count = streamCount(loaded, index, entry, deps);
      const stream = await streamedSource(source, dir, entry.collection, note, read, undefined, count);
      return { kind: 'catalog', index, entry, docs: [], stream };
    }
    const docs = await rebased(dir, () => readCatalog(catalog, dir, label, deps));
    note(applySource(docs, dir, source, entry.collection));
    return { kind: 'catalog', index, entry, docs };
  }
  return undefined;
}

/**
 * Reads everything the manifest points at (collection files, rows, item files, catalogs) and expands
 * stactools sources into ItemRequests. Collects every configuration error before throwing.
 */
export async function resolveInputs(loaded: LoadedManifest, deps: ResolveDeps = {}): Promise<ResolvedInputs> {
  const errors: ConfigurationError[] = [];
  const collections: ResolvedCollection[] = [];
  const sources: ResolvedSource[] = [];
  const notes: string[] = [];
  const note: Note = (text) => {
    if (text !== undefined) notes.push(text);
  };
  const capture = async <T>(fn: () => Promise<T | undefined>, into: T[]): Promise<void> => {
    try {
      const resolved = await fn();
      if (resolved !== undefined) into.push(resolved);
    } catch (err) {
      if (err instanceof ConfigurationErrors) errors.push(...err.errors);
      else if (err instanceof ConfigurationError) errors.push(err);
      else throw err;
    }
  };
  for (const [index, entry] of loaded.manifest.collections.entries())
    await capture(() => resolveCollection(loaded, index, entry, note, deps), collections);
  for (const [index, entry] of loaded.manifest.sources.entries())
    await capture(() => resolveSource(loaded, index, entry, deps, note), sources);
  errors.push(...emptinessErrors(loaded, sources));
  if (errors.length) throw new ConfigurationErrors(errors);
  return { collections, sources, notes };
}
