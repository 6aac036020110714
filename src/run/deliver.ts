/**
 * Delivery, the one orchestration of every target: what to compare, write, wait for and verify is
 * decided here, once, and done by the shared stages (classify, publish, wait, verify) through the
 * target's port (read existing / write / watch). The adapters in src/targets/ only read and write.
 *
 * - `plan`: compare with the live catalog (new / changed / unchanged / orphan); nothing is written.
 * - `verify`: check that the catalog holds everything as sent (each catalog in turn).
 * - `publish`: compare first where the target skips what is unchanged; write collections first;
 *   wait until what was written landed or settled; verify it in the catalogs.
 */
import { ConfigurationError, StageError } from '../errors.js';
import { originToLocation, type LoadedDoc, type Origin, type StacObject } from '../model/stac.js';
import { detached, itemKey, NO_COLLECTION, requestKey } from '../model/keys.js';
import { StatusTable } from '../model/status-table.js';
import { expectedItem, plannedFromDoc, type ExpectedStac } from '../model/expected.js';
import { requestCount, type PlannedRequest, type StreamedDocs, type StreamedRequests } from '../model/inputs.js';
import {
  DELIVERY_PROBLEMS as BAD,
  type DeliveryOutcome,
  type ObjectState,
  type ObjectStatus,
} from '../model/delivery.js';
import { classifyAgainstCatalog, listOrphans, type CatalogClassification } from '../stages/classify.js';
import { SpilledKeySet } from '../model/key-set.js';
import { publishStage, type PublishStageOptions } from '../stages/publish.js';
import { RangeBounds, SecondKinds } from '../stages/loader-waves.js';
import { waitStage, type WaitResult } from '../stages/wait.js';
import { createVerifier, verifyStage, type Verifier } from '../stages/verify.js';
import { differsAt, type CompareOptions } from '../compare/compare.js';
import type {
  AwaitedObject,
  CatalogReader,
  DeliveryMode,
  Outgoing,
  OutgoingRequest,
  StreamedItems,
  Target,
  TargetContext,
  WaitPolicy,
  Written,
} from '../targets/target.js';

/** Items whose generation happens elsewhere (ItemRequests to the generator topic). */
export interface RemoteSource {
  sourceId: string;
  entry: string;
  collection: string | null;
  requests: PlannedRequest[];
  /** Requests built from the rows as they are read instead of `requests` (sources that stream). */
  stream?: StreamedRequests;
  expect?: { count?: number; ids?: string[] };
}

/**
 * The ItemRequests of a remote source that go in one window: its rows from `offset + 1`. Its last part also
 * carries the items the manifest names without tying them to a request (`ids`, those no request of it made), and
 * says whether none of its items can be awaited (`unawaited`).
 */
interface RemotePart {
  source: RemoteSource;
  requests: PlannedRequest[];
  offset: number;
  ids: readonly string[];
  unawaited?: boolean;
}

/** A held remote source as one part. */
function wholeSource(source: RemoteSource): RemotePart {
  const ids = source.expect?.ids ?? [];
  const unawaited = ids.length === 0 && source.requests.every((q) => q.expectedId === undefined);
  return { source, requests: source.requests, offset: 0, ids, ...(unawaited ? { unawaited } : {}) };
}

/** What a validated run hands to its target. */
export interface DeliveryInput {
  runId: string;
  collections: LoadedDoc[];
  items: LoadedDoc[];
  remote: RemoteSource[];
  /** Publish even what the catalog already holds unchanged. */
  force: boolean;
  /** Default `publish`. */
  mode?: DeliveryMode;
}

/** States the verify stage checks: written, or said to be in place. */
const CHECKABLE: ReadonlySet<ObjectState> = new Set(['published', 'written', 'verified']);

/** One entry per object of the delivery: where it stands, and what the catalog should hold. */
interface Entry {
  status: ObjectStatus;
  expected?: ExpectedStac;
  awaited?: AwaitedObject;
}

/** The delivery's objects, in order: collections, items, then remote items and their ItemRequests. */
class Book {
  readonly entries = new Map<string, Entry>();
  readonly collections: Outgoing[] = [];
  readonly items: Outgoing[] = [];
  readonly requests: OutgoingRequest[] = [];
  /** The catalog's copy of each compared object before anything was sent (copyHash; `null`: absent). */
  readonly before = new Map<string, string | null>();
  /** How documents compare with the catalog: items against their collection's `item_assets`. */
  readonly compare: CompareOptions;

  /** `compareWith`: the collections items are compared against (default: those of `input`). */
  constructor(input: DeliveryInput, mode: DeliveryMode, ctx: TargetContext, compareWith = input.collections) {
    const docs = new Map<string, Outgoing>();
    for (const d of [...input.collections, ...input.items]) {
      const p = plannedFromDoc(d);
      if (docs.has(p.key))
        ctx.logger.warning(`${p.key} appears more than once; the last one is written`, originToLocation(d.origin));
      docs.set(p.key, p);
    }
    for (const p of docs.values()) {
      (p.kind === 'collection' ? this.collections : this.items).push(p);
      const collection = p.kind === 'item' && p.collection === '' ? null : p.collection;
      this.add({ key: p.key, kind: p.kind, collection, id: p.id, origin: p.origin, state: 'planned' }, p);
    }
    for (const r of input.remote) this.addRemote(wholeSource(r), mode, ctx);
    const itemAssets = new Map(compareWith.map((c) => [plannedFromDoc(c).id, c.doc['item_assets']]));
    this.compare = { itemAssetsOf: (collection) => itemAssets.get(collection) };
  }

  add(status: ObjectStatus, expected?: ExpectedStac, awaited?: AwaitedObject): void {
    this.entries.set(status.key, {
      status,
      ...(expected ? { expected } : {}),
      ...(awaited ? { awaited } : {}),
    });
  }

  /**
   * ItemRequests (to send, or planned), and the items the manifest says they make (awaited when
   * publishing, checked by presence when verifying): of one part of a remote source.
   */
  addRemote(part: RemotePart, mode: DeliveryMode, ctx: TargetContext): void {
    const r = part.source;
    const collection = r.collection ?? '';
    const made: AwaitedObject[] = [];
    const requests = part.requests.map((req, i): OutgoingRequest => {
      const origin: Origin = { ...req.origin, sourceId: r.sourceId };
      const row = part.offset + i + 1;
      const key = requestKey(r.sourceId, row);
      if (req.expectedId !== undefined)
        made.push({ key: itemKey(collection, detached(req.expectedId)), origin, requestKey: key });
      return { key, sourceId: r.sourceId, row, request: req.request, origin, collection: r.collection };
    });
    if (mode === 'plan') {
      for (const q of requests)
        this.add({
          key: q.key,
          kind: 'request',
          collection: r.collection,
          id: null,
          origin: q.origin,
          state: 'planned',
        });
      return;
    }
    // explicit ids are not tied to one request: a dead-lettered request cannot be blamed on one of them
    for (const id of part.ids)
      if (!made.some((m) => m.key === itemKey(collection, id))) made.push({ key: itemKey(collection, id) });
    if (part.unawaited)
      ctx.logger.warning(
        `${r.entry}: remote generation without expect.ids or expect.id_template: ` +
          'its items cannot be waited for one by one',
      );
    const state: ObjectState = mode === 'publish' ? 'planned' : 'missing';
    for (const m of made) {
      const id = m.key.slice(`item:${collection}/`.length);
      const origin = m.origin ?? { file: '' };
      this.add({ key: m.key, kind: 'item', collection, id, origin, state }, expectedItem(collection, id, m.origin), m);
    }
    if (mode !== 'publish') return;
    for (const q of requests) {
      this.requests.push(q);
      this.add({ key: q.key, kind: 'request', collection, id: null, origin: q.origin, state: 'planned' });
    }
  }

  status(key: string): ObjectStatus | undefined {
    return this.entries.get(key)?.status;
  }

  /** Sets a state, with its reason (or none), and a more precise origin when given. */
  set(key: string, state: ObjectState, reason?: string, origin?: Origin): void {
    const s = this.status(key);
    if (s === undefined) return;
    s.state = state;
    if (reason === undefined) delete s.reason;
    else s.reason = reason;
    if (origin !== undefined) s.origin = origin;
  }

  list(): ObjectStatus[] {
    return [...this.entries.values()].map((e) => e.status);
  }

  /** Entries the catalog should hold now (in `states`), with what it should hold. */
  expected(states: ReadonlySet<ObjectState>): Array<{ status: ObjectStatus; expected: ExpectedStac }> {
    return [...this.entries.values()].flatMap((e) =>
      e.expected !== undefined && states.has(e.status.state) ? [{ status: e.status, expected: e.expected }] : [],
    );
  }
}

/** Targets that write documents themselves cannot ask a generator to make items remotely. */
function remoteNotSupported(first: RemoteSource, target: string): ConfigurationError {
  return new ConfigurationError(
    `source '${first.sourceId}' generates its items remotely (stactools generate: remote), which only the maap ` +
      `target can do; the ${target} target writes documents it has`,
    {
      location: { entry: first.entry },
      hint: 'use `generate: local` for this source, or deliver it to a maap target',
    },
  );
}

/**
 * Delivers documents that are not held (sources read as they are used, src/stages/resolve.ts): to a snapshot
 * target in one go, to a target that publishes in bounded windows ({@link deliverInWindows}); a plan or verify
 * against a live catalog goes window by window too ({@link checkInWindows}).
 */
export async function deliverStreamed(
  target: Target,
  input: DeliveryInput,
  streams: StreamedDocs[],
  ctx: TargetContext,
  limits: WindowLimits = STREAM_WINDOW,
): Promise<DeliveryOutcome> {
  if (target.writeStream) return deliverSnapshot(target, input, streams, ctx);
  if (target.snapshot) throw new StageError('deliver', `the ${target.type} target writes only documents it holds`);
  if ((input.mode ?? 'publish') !== 'publish') return checkInWindows(target, input, streams, ctx, limits);
  return deliverInWindows(target, input, streams, ctx, limits);
}

/**
 * A snapshot target (a directory) writes streamed documents in one go: there is nothing to compare, wait for or
 * verify. The outcome lists the collections and counts the items per collection.
 */
async function deliverSnapshot(
  target: Target,
  input: DeliveryInput,
  streams: StreamedDocs[],
  ctx: TargetContext,
): Promise<DeliveryOutcome> {
  const first = input.remote[0];
  if (first !== undefined) throw remoteNotSupported(first, target.type);
  if (!target.writeStream) throw new StageError('deliver', `the ${target.type} target writes only documents it holds`);
  const collections = input.collections.map(plannedFromDoc);
  const items = async function* (): AsyncGenerator<StacObject> {
    for (const d of input.items) yield d.doc;
    for (const s of streams) for await (const d of s.items()) yield d.doc;
  };
  const perCollection = await ctx.stage('write', () => target.writeStream!(collections, items(), ctx));
  const objects = collections.map((c): ObjectStatus => ({
    key: c.key,
    kind: 'collection',
    collection: c.id,
    id: c.id,
    origin: c.origin,
    state: 'written',
    sent: true,
  }));
  const written: Record<string, number> = {};
  for (const [cid, n] of perCollection) written[cid === '_no_collection' ? NO_COLLECTION : cid] = n;
  const total = collections.length + [...perCollection.values()].reduce((a, b) => a + b, 0);
  const summary = `delivered ${total} object(s) to ${target.describe()}: ${total} written`;
  ctx.logger.info(summary);
  return { ok: true, summary, objects, written, details: { ...target.details?.() } };
}

/**
 * A window of a streamed delivery to a target that publishes: at most this many items, or items whose JSON holds
 * this many bytes, whichever comes first. 6 MiB is about one StacLoader invocation's payload (Lambda's 6 MB
 * event): a window of large items does not pile up more than the loader's event source takes at once (the twin's
 * poller, as Lambda's, hands back what does not fit, and a message handed back twice is dead-lettered).
 */
export interface WindowLimits {
  items: number;
  bytes: number;
  /**
   * Windows sent and not yet settled at a time (default 1): window k+1 is compared and published while window k
   * is awaited and verified, so the loader always has work. Each in flight holds its documents.
   */
  inFlight?: number;
}

export const STREAM_WINDOW: WindowLimits = { items: 2000, bytes: 6 * 2 ** 20, inFlight: 2 };

/**
 * What a message weighs in the event of the queue's consumer (an item in the loader's, an ItemRequest in the
 * generator's): its JSON as a string inside the SNS envelope (quotes escaped), the envelope's other fields and the
 * record's (about 2 KiB).
 */
const snsRecordBytes = (message: object): number => Buffer.byteLength(JSON.stringify(JSON.stringify(message))) + 2048;

/**
 * The items in windows; the first window is yielded even when there is no item (the collections go with it). The
 * windows in flight share `limits.bytes`: what is queued for the loader at once stays within one event of it (its
 * event source hands back what does not fit, and a record handed back twice is dead-lettered: with two windows of
 * 6 MiB of 221 KB items in flight, the twin's loader dead-lettered items of the source).
 */
async function* windowsOf(docs: AsyncIterable<LoadedDoc>, limits: WindowLimits): AsyncGenerator<LoadedDoc[]> {
  const budget = limits.bytes / Math.max(1, limits.inFlight ?? 1);
  let window: LoadedDoc[] = [];
  let bytes = 0;
  let yielded = false;
  for await (const d of docs) {
    // what is kept of an item after its window (its status, the ledger's record) must not keep its text alive
    for (const field of ['id', 'collection'])
      if (typeof d.doc[field] === 'string') d.doc[field] = detached(d.doc[field] as string);
    const weight = snsRecordBytes(d.doc);
    if (window.length > 0 && (window.length >= limits.items || bytes + weight > budget)) {
      yield window;
      yielded = true;
      window = [];
      bytes = 0;
    }
    window.push(d);
    bytes += weight;
  }
  if (window.length > 0 || !yielded) yield window;
}

/**
 * The remote sources' ItemRequests in windows, as {@link windowsOf} cuts items (built as the rows are read, for a
 * source that streams them): a window holds parts of one or more sources, each part numbered from its row.
 */
async function* remoteWindows(remote: readonly RemoteSource[], limits: WindowLimits): AsyncGenerator<RemotePart[]> {
  const budget = limits.bytes / Math.max(1, limits.inFlight ?? 1);
  let window: RemotePart[] = [];
  let count = 0;
  let bytes = 0;
  for (const source of remote) {
    const explicit = new Set(source.expect?.ids ?? []);
    // of the explicit ids, those a request made: they are not awaited a second time, untied
    const madeExplicit = new Set<string>();
    let awaited = explicit.size > 0;
    let part: RemotePart = { source, requests: [], offset: 0, ids: [] };
    for await (const q of source.stream?.requests() ?? source.requests) {
      const weight = snsRecordBytes(q.request);
      if (count > 0 && (count >= limits.items || bytes + weight > budget)) {
        if (part.requests.length > 0) window.push(part);
        yield window;
        [window, count, bytes] = [[], 0, 0];
        part = { source, requests: [], offset: part.offset + part.requests.length, ids: [] };
      }
      part.requests.push(q);
      count++;
      bytes += weight;
      if (q.expectedId === undefined) continue;
      awaited = true;
      if (explicit.has(q.expectedId)) madeExplicit.add(q.expectedId);
    }
    part.ids = (source.expect?.ids ?? []).filter((id) => !madeExplicit.has(id));
    if (!awaited) part.unawaited = true;
    window.push(part);
  }
  if (window.length > 0) yield window;
}

/** What the windows of a streamed delivery add up to. */
class WindowTotals {
  /** Every object's status, compactly: a window's objects are garbage once it settled. */
  readonly objects = new StatusTable();
  readonly progress: NonNullable<DeliveryOutcome['progress']> = [];
  readonly classification = { new: 0, changed: 0, unchanged: 0, orphan: 0 };
  readonly wait = { state: 'none', polls: 0, elapsedMs: 0 };
  windows = 0;
  private verified = 0;

  add(o: DeliveryOutcome, expected: number): void {
    this.windows++;
    for (const x of o.objects) this.objects.push(x);
    const c = o.details?.['classification'] as Record<keyof WindowTotals['classification'], number> | undefined;
    if (c) for (const k of Object.keys(this.classification) as (keyof typeof c)[]) this.classification[k] += c[k];
    const w = o.details?.['wait'] as { state: string; polls: number; elapsedMs: number } | undefined;
    const at = this.wait.elapsedMs;
    // the wait's state over all windows: the first that did not complete, else complete
    const state = ['none', 'complete'].includes(this.wait.state) ? w?.state : this.wait.state;
    if (w) Object.assign(this.wait, { state, polls: this.wait.polls + w.polls, elapsedMs: at + w.elapsedMs });
    for (const p of o.progress ?? [])
      this.progress.push({ atMs: at + p.atMs, verified: this.verified + p.verified, expected });
    this.verified += o.objects.filter((x) => x.state === 'verified' && x.kind !== 'request').length;
  }

  /** The orphans found once every window went. */
  addOrphans(orphans: readonly ObjectStatus[]): void {
    for (const o of orphans) this.objects.push(o);
    this.classification.orphan += orphans.length;
  }
}

/**
 * Streamed documents to a target that publishes (the maap target), in bounded windows: each window's items are
 * compared with the catalog and published, then awaited and verified; the next window is read and published while
 * the one before is awaited ({@link WindowPipeline}), so at most `limits.inFlight` windows' documents are in
 * memory; what stays is each object's status. The first window (the collections, and the items holding each
 * collection's datetime bounds) is settled before any other is sent; items of a collection that did not land are
 * not sent. The remote sources' ItemRequests follow the items in windows of their own, as they are read, each
 * window's requests sent, then the items they make awaited and verified. The target is opened once (one run ledger).
 */
async function deliverInWindows(
  target: Target,
  input: DeliveryInput,
  streams: StreamedDocs[],
  ctx: TargetContext,
  limits: WindowLimits = STREAM_WINDOW,
): Promise<DeliveryOutcome> {
  const first = input.remote[0];
  if (first !== undefined && !target.generatesRemotely) throw remoteNotSupported(first, target.type);
  const made = input.remote.reduce((n, r) => n + Math.max(requestCount(r), r.expect?.ids?.length ?? 0), 0);
  const expected =
    input.items.length + made + streams.reduce((n, s) => n + [...s.counts.values()].reduce((a, b) => a + b, 0), 0);
  const bounds = target.datetimeTextRanges ? boundItems(input.items, streams) : [];
  const boundKeys = new Set(bounds.map((d) => plannedFromDoc(d).key));
  const items = async function* (): AsyncGenerator<LoadedDoc> {
    yield* bounds;
    for await (const d of itemsOf(input, streams)) if (!boundKeys.has(plannedFromDoc(d).key)) yield d;
  };
  const run = new WindowSender(target, input, ctx, expected, limits.inFlight ?? 1);
  const owned = target.ownsCollections ? new OwnedKeys() : undefined;
  try {
    for await (const window of windowsOf(items(), limits)) {
      if (run.windows === 0) {
        await run.open(window, owned, streamedItems(input, streams));
        continue;
      }
      const book = run.book(window);
      refuseIn(target, book);
      owned?.add(book);
      await run.send(book, `${window.length} item(s)`);
    }
    for await (const parts of remoteWindows(input.remote, limits)) {
      const book = run.book();
      for (const part of parts) book.addRemote(part, 'publish', ctx);
      await run.send(book, `${book.requests.length} ItemRequest(s)`);
    }
    await run.pipeline.drain();
    if (owned && run.catalogs[0]) run.totals.addOrphans(await owned.orphans(run.catalogs[0], ctx));
  } catch (err) {
    await run.pipeline.stop();
    throw err;
  } finally {
    owned?.close();
  }
  return windowsOutcome(target, run.totals, 'publish', ctx);
}

/**
 * The windows of a publish in windows: opened with the first (the collections, settled before any other is sent),
 * then each sent while those before it settle.
 */
class WindowSender {
  readonly totals = new WindowTotals();
  readonly pipeline: WindowPipeline;
  /** Collections that did not land, with why: their items and ItemRequests are not sent. */
  private readonly absent = new Map<string, string>();
  catalogs: CatalogReader[] = [];
  windows = 0;

  constructor(
    private readonly target: Target,
    private readonly input: DeliveryInput,
    private readonly ctx: TargetContext,
    private readonly expected: number,
    inFlight: number,
  ) {
    this.pipeline = new WindowPipeline(inFlight);
  }

  /** The first window: opens the target (one run ledger), publishes the collections with it, settles it. */
  async open(window: LoadedDoc[], owned: OwnedKeys | undefined, streamed: StreamedItems): Promise<void> {
    this.windows++;
    const { target, input, ctx } = this;
    const book = new Book({ ...input, items: window, remote: [] }, 'publish', ctx, input.collections);
    this.catalogs = await openBook(target, book, input.runId, 'publish', ctx, streamed);
    owned?.add(book);
    const settled = await publishDelivery(target, book, this.catalogs, input.force, ctx, owned === undefined);
    this.totals.add(settled, this.expected);
    for (const c of book.collections) {
      const state = book.status(c.key)?.state;
      if (state !== undefined && BAD.has(state)) this.absent.set(c.id, `is ${state}`);
    }
  }

  /** The book of a later window (its items compared against the delivery's collections). */
  book(items: LoadedDoc[] = []): Book {
    const { input } = this;
    return new Book({ ...input, collections: [], items, remote: [] }, 'publish', this.ctx, input.collections);
  }

  /** Sends a later window once the pipeline admits it, and has it settled after those before it. */
  async send(book: Book, what: string): Promise<void> {
    const { target, ctx } = this;
    for (const o of [...book.items, ...book.requests]) {
      const why = o.collection === null ? undefined : this.absent.get(o.collection);
      if (why !== undefined) book.set(o.key, 'failed', `not sent: collection '${o.collection}' ${why}`);
    }
    const kinds = new SecondKinds().add(target.datetimeTextRanges ? book.items : []);
    await this.pipeline.admit(kinds);
    ctx.logger.info(`window ${++this.windows}: ${what}`);
    // the first window stored each collection's earliest and latest items
    const sent = await sendDelivery(target, book, this.catalogs, this.input.force, ctx, {
      boundsStored: true,
      listOwned: false,
    });
    const settle = async () => this.totals.add(await settleDelivery(target, book, sent, ctx), this.expected);
    this.pipeline.launch(settle, kinds);
  }
}

/** The items of a delivery: those held, then each stream's, read again. */
async function* itemsOf(input: DeliveryInput, streams: readonly StreamedDocs[]): AsyncGenerator<LoadedDoc> {
  yield* input.items;
  for (const s of streams) yield* s.items();
}

/** The items of a delivery in windows, for the checks the target makes of them all when it opens. */
function streamedItems(input: DeliveryInput, streams: readonly StreamedDocs[]): StreamedItems {
  const counts = new Map<string, number>();
  const firsts = new Map<string, Origin>();
  const collectionOf = (d: LoadedDoc) =>
    typeof d.doc['collection'] === 'string' ? d.doc['collection'] : NO_COLLECTION;
  const count = (collection: string, n: number, origin: Origin | undefined) => {
    counts.set(collection, (counts.get(collection) ?? 0) + n);
    if (origin !== undefined && !firsts.has(collection)) firsts.set(collection, origin);
  };
  for (const d of input.items) count(collectionOf(d), 1, d.origin);
  for (const s of streams) {
    const first = new Map((s.firsts ?? []).map((d) => [collectionOf(d), d.origin]));
    for (const [collection, n] of s.counts) count(collection, n, first.get(collection));
  }
  const items = async function* (): AsyncGenerator<Outgoing> {
    for await (const d of itemsOf(input, streams)) yield plannedFromDoc(d);
  };
  return { counts, firsts, items };
}

/** A later window's items the target cannot take at all (the first window's are refused when it opens). */
function refuseIn(target: Target, book: Book): void {
  for (const refused of target.refuses?.(book.items) ?? []) book.add(refused);
}

/**
 * `plan` or `verify` of documents that are not held, window by window: each window's items are compared with the
 * live catalog (plan) or checked in it (verify), and what stays is each object's status. The first window carries
 * the collections; the remote sources' ItemRequests follow in windows of their own (planned; verify checks the
 * items they make). The orphans of a target that owns its collections are found at the end, against every item
 * key of the run, kept compactly ({@link OwnedKeys}).
 */
async function checkInWindows(
  target: Target,
  input: DeliveryInput,
  streams: StreamedDocs[],
  ctx: TargetContext,
  limits: WindowLimits,
): Promise<DeliveryOutcome> {
  const mode = input.mode === 'verify' ? 'verify' : 'plan';
  const totals = new WindowTotals();
  const owned = target.ownsCollections && mode === 'plan' ? new OwnedKeys() : undefined;
  let catalogs: CatalogReader[] | undefined;
  try {
    for await (const window of windowsOf(itemsOf(input, streams), limits)) {
      const book =
        catalogs === undefined
          ? new Book({ ...input, items: window, remote: [] }, mode, ctx)
          : new Book({ ...input, collections: [], items: window, remote: [] }, mode, ctx, input.collections);
      if (catalogs === undefined) {
        catalogs = await openBook(target, book, input.runId, mode, ctx, streamedItems(input, streams));
        if (catalogs.length === 0) return noLiveCatalog(target, mode);
      } else refuseIn(target, book);
      owned?.add(book);
      totals.add(await checkBook(target, book, mode, catalogs, input.force, ctx, owned === undefined), 0);
    }
    for await (const parts of remoteWindows(input.remote, limits)) {
      const book = new Book({ ...input, collections: [], items: [], remote: [] }, mode, ctx, input.collections);
      for (const part of parts) book.addRemote(part, mode, ctx);
      const requests = parts.reduce((n, part) => n + part.requests.length, 0);
      ctx.logger.info(`window ${totals.windows + 1}: ${requests} ItemRequest(s)`);
      // a plan has nothing of them to compare: they are planned
      const objects = book.list();
      const checked = mode === 'plan' ? { ok: true, summary: '', objects } : undefined;
      totals.add(checked ?? (await checkBook(target, book, mode, catalogs ?? [], input.force, ctx, false)), 0);
    }
    if (owned && catalogs?.[0]) totals.addOrphans(await owned.orphans(catalogs[0], ctx));
  } finally {
    owned?.close();
  }
  return windowsOutcome(target, totals, mode, ctx);
}

/**
 * The item keys (and the collections) of a delivery in windows to a target that owns its collections, kept
 * compactly (src/model/key-set.ts: 20 bytes or less per key in memory, the keys on disk): once every
 * window went, the catalog items of those collections that are not among them are the orphans, as when every item
 * is held (src/stages/classify.ts).
 */
class OwnedKeys {
  private readonly keys = new SpilledKeySet();
  private readonly collections = new Set<string>();

  add(book: Book): void {
    for (const c of book.collections) this.collections.add(c.collection);
    for (const i of book.items) {
      this.collections.add(i.collection);
      this.keys.addOrGet(i.key, '');
    }
  }

  async orphans(catalog: CatalogReader, ctx: TargetContext): Promise<ObjectStatus[]> {
    const owned = [...this.collections];
    const found = await ctx.stage('find orphans', () => listOrphans(catalog, owned, this.keys));
    ctx.logger.info(`${found.length} orphan(s) in the ${owned.length} collection(s) the target owns`);
    const reason = 'in the catalog but not in the manifest';
    return found.map(({ key, collection, id }) => ({
      key,
      kind: 'item',
      collection,
      id,
      origin: { file: '' },
      state: 'orphan',
      reason,
    }));
  }

  close(): void {
    this.keys.close();
  }
}

/**
 * The windows after the first: each is sent (compared, published) while those before it settle (awaited,
 * verified: one at a time, in order); at most `max` windows are sent and not settled. A window with items of a
 * second whose other kind (whole, fraction) is in a window still in flight waits until that one settled: the loader
 * could take both in one batch (src/stages/loader-waves.ts).
 */
class WindowPipeline {
  private readonly flight: Array<{ settled: Promise<void>; kinds: SecondKinds }> = [];
  private chain: Promise<void> = Promise.resolve();
  private failure: { err: unknown } | undefined;

  constructor(private readonly max: number) {}

  /** Resolves once a window with these datetime kinds may be sent; throws what a settle threw. */
  async admit(kinds: SecondKinds): Promise<void> {
    while (this.flight.length > 0 && (this.flight.length >= this.max || this.flight.some((f) => f.kinds.meets(kinds))))
      await this.flight.shift()!.settled;
    this.check();
  }

  /** Settles a sent window after those before it. */
  launch(settle: () => Promise<void>, kinds: SecondKinds): void {
    const settled = this.chain
      .then(() => (this.failure === undefined ? settle() : undefined))
      .catch((err: unknown) => void (this.failure ??= { err }));
    this.chain = settled;
    this.flight.push({ settled, kinds });
  }

  /** Every window settled; throws what a settle threw. */
  async drain(): Promise<void> {
    await this.chain;
    this.check();
  }

  /** After a failure elsewhere: lets what is settling end (no later window starts settling). */
  async stop(): Promise<void> {
    this.failure ??= { err: new Error('stopped') };
    await this.chain;
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure.err;
  }
}

/**
 * The items holding each collection's datetime bounds: of the held items, and of each stream's (found by its first
 * read). They go first in the first window (where the publish stage sends them in a wave of their own), so that the
 * partition constraints pgstac derives from stored rows cover the items of every later window
 * (src/stages/loader-waves.ts): bounds taken window by window would leave each window's items outside the range
 * stored before it.
 */
function boundItems(held: readonly LoadedDoc[], streams: readonly StreamedDocs[]): LoadedDoc[] {
  const bounds = new RangeBounds<LoadedDoc & { collection: string | null }>();
  for (const d of [...held, ...streams.flatMap((s) => s.bounds)]) {
    const c = d.doc['collection'];
    bounds.add({ ...d, collection: typeof c === 'string' ? c : null });
  }
  return [...bounds.items()].map(({ doc, origin }) => ({ doc, origin }));
}

/** The outcome of a delivery in windows: every object's status, the classification and waits added up. */
function windowsOutcome(target: Target, totals: WindowTotals, mode: DeliveryMode, ctx: TargetContext): DeliveryOutcome {
  const objects = totals.objects.toArray();
  const sent = objects.filter((o) => o.sent).length;
  const windows = `in ${totals.windows} window(s)`;
  const summary =
    mode === 'plan'
      ? `against ${target.describe()} ${windows}: ${summarizePlan(objects)}`
      : mode === 'verify'
        ? `checked ${objects.length} object(s) in ${target.describe()} ${windows}: ${summarizeStates(objects)}`
        : `delivered ${sent} object(s) to ${target.describe()} ${windows}: ${summarizeStates(objects)}`;
  ctx.logger.info(summary);
  const details: Record<string, unknown> = {
    ...target.details?.(),
    classification: totals.classification,
    windows: totals.windows,
  };
  if (totals.wait.polls > 0) details['wait'] = totals.wait;
  const ok = mode === 'plan' ? objects.every((o) => o.state !== 'failed') : objects.every((o) => !BAD.has(o.state));
  const result: DeliveryOutcome = { ok, summary, objects, details };
  if (totals.progress.length > 0) result.progress = totals.progress;
  return result;
}

/** Delivers `input` to `target`; throws for configuration errors and stage failures. */
export async function deliver(target: Target, input: DeliveryInput, ctx: TargetContext): Promise<DeliveryOutcome> {
  const mode = input.mode ?? 'publish';
  const first = input.remote[0];
  if (first !== undefined && !target.generatesRemotely) throw remoteNotSupported(first, target.type);
  // ItemRequests built as their rows are read go in windows, not held
  if (input.remote.some((r) => r.stream !== undefined)) return deliverStreamed(target, input, [], ctx);
  const book = new Book(input, mode, ctx);
  const catalogs = await openBook(target, book, input.runId, mode, ctx);
  if (mode === 'publish') return publishDelivery(target, book, catalogs, input.force, ctx);
  if (catalogs.length === 0) return noLiveCatalog(target, mode);
  return checkBook(target, book, mode, catalogs, input.force, ctx);
}

/**
 * Opens the target for the book's work (what it refuses is added to the book); the live catalogs of `mode`.
 * `streamed`: the book is the first window of a delivery in windows, these are all its items.
 */
async function openBook(
  target: Target,
  book: Book,
  runId: string,
  mode: DeliveryMode,
  ctx: TargetContext,
  streamed?: StreamedItems,
): Promise<CatalogReader[]> {
  const work = {
    mode,
    runId,
    collections: book.collections,
    items: book.items,
    requests: book.requests,
    ...(streamed ? { streamed } : {}),
  };
  for (const refused of await target.open(work, ctx)) book.add(refused);
  return target.catalogs(mode, ctx);
}

function noLiveCatalog(target: Target, mode: DeliveryMode): DeliveryOutcome {
  return { ok: true, summary: `${target.describe()} has no live catalog to ${mode} against`, objects: [] };
}

/**
 * `plan`: compares the book with the catalog; `verify`: checks it in each catalog. `listOwned`: a plan lists the
 * collections the target owns to find orphans (not when that is done once for every window).
 */
async function checkBook(
  target: Target,
  book: Book,
  mode: 'plan' | 'verify',
  catalogs: CatalogReader[],
  force: boolean,
  ctx: TargetContext,
  listOwned = true,
): Promise<DeliveryOutcome> {
  if (mode === 'plan') return planDelivery(target, book, catalogs[0]!, force, ctx, listOwned);
  await verifyStage(book.expected(new Set(['planned', 'missing'])), catalogs, ctx, { compare: book.compare });
  return outcome(target, book, `checked ${book.entries.size} object(s) in ${target.describe()}`, ctx);
}

/** Compares with the catalog; `change` and, for plan, `planned` or `unchanged` on every object. */
async function classifyStage(
  target: Target,
  book: Book,
  catalog: CatalogReader,
  force: boolean,
  ctx: TargetContext,
  listOwned = true,
): Promise<CatalogClassification> {
  const planned = [...book.collections, ...book.items].filter((p) => book.status(p.key)?.state === 'planned');
  const owned = target.ownsCollections && listOwned ? [...new Set(planned.map((p) => p.collection))] : [];
  const c = await ctx.stage('compare with the catalog', () =>
    classifyAgainstCatalog(
      planned,
      { catalog, logger: ctx.logger },
      { force, ownedCollections: owned, compare: book.compare },
    ),
  );
  for (const o of c.objects) {
    book.before.set(o.key, o.copyHash ?? null);
    const s = book.status(o.key);
    if (s === undefined) continue;
    s.change = o.status;
    if (o.status === 'unchanged' && !force) s.state = 'unchanged';
    if (o.status === 'changed') s.reason = differsAt(catalog.copy, o.differences);
  }
  for (const orphan of c.orphans) {
    const { key, collection, id } = orphan;
    const reason = 'in the catalog but not in the manifest';
    book.add({ key, kind: 'item', collection, id, origin: { file: '' }, state: 'orphan', reason });
  }
  const n = c.counts;
  ctx.logger.info(
    `against the catalog: ${n.new} new, ${n.changed} changed, ${n.unchanged} unchanged, ${n.orphan} orphan(s)`,
  );
  return c;
}

async function planDelivery(
  target: Target,
  book: Book,
  catalog: CatalogReader,
  force: boolean,
  ctx: TargetContext,
  listOwned = true,
): Promise<DeliveryOutcome> {
  const c = await classifyStage(target, book, catalog, force, ctx, listOwned);
  const summary = `against ${target.describe()}: ${summarizePlan(book.list())}`;
  ctx.logger.info(summary);
  const objects = book.list();
  return {
    ok: objects.every((o) => o.state !== 'failed'),
    summary,
    objects,
    details: { ...target.details?.(), classification: c.counts },
  };
}

async function publishDelivery(
  target: Target,
  book: Book,
  catalogs: CatalogReader[],
  force: boolean,
  ctx: TargetContext,
  listOwned = true,
): Promise<DeliveryOutcome> {
  return settleDelivery(target, book, await sendDelivery(target, book, catalogs, force, ctx, { listOwned }), ctx);
}

/** What a publish sent, for {@link settleDelivery} to wait for and verify. */
interface Sent {
  catalogs: CatalogReader[];
  written: Written[];
  classification: CatalogClassification | undefined;
  /** The target's objects land later, and can be seen landing. */
  waits: boolean;
}

/**
 * The first part of a publish: compared with the catalog (where the target skips what is unchanged) and written,
 * collections first and items in waves (src/stages/publish.ts). `boundsStored`: see {@link PublishStageOptions}.
 */
async function sendDelivery(
  target: Target,
  book: Book,
  catalogs: CatalogReader[],
  force: boolean,
  ctx: TargetContext,
  { boundsStored = false, listOwned = true }: { boundsStored?: boolean; listOwned?: boolean } = {},
): Promise<Sent> {
  const catalog = catalogs[0];
  const classification =
    target.skipsUnchanged && catalog ? await classifyStage(target, book, catalog, force, ctx, listOwned) : undefined;
  const policy = target.wait;
  const waits = policy !== undefined && policy.timeoutMs > 0 && (policy.landing === 'target' || catalog !== undefined);
  const planned = (o: { key: string }) => book.status(o.key)?.state === 'planned';
  const batch = {
    collections: book.collections.filter(planned),
    items: book.items.filter(planned),
    requests: book.requests.filter(planned),
  };
  const phases: PublishStageOptions =
    waits && policy.landing === 'catalog'
      ? {
          awaitCollections: (keys: string[]) => awaitCollectionsIn(target, book, catalog, policy, keys, ctx),
          awaitItems: async (keys: string[]) => {
            await awaitPhase(target, book, catalog, policy, keys, ctx);
          },
        }
      : {};
  if (boundsStored) phases.boundsStored = true;
  const landed = catalog ? { landed: (keys: readonly string[]) => landedAsSent(book, catalog, keys, ctx) } : {};
  const written = await publishStage(target, batch, { ...ctx, ...landed }, phases);
  applyWritten(book, written);
  return { catalogs, written, classification, waits };
}

/** The second part of a publish: waits until what was sent landed or settled, verifies it, and tells the outcome. */
async function settleDelivery(target: Target, book: Book, sent: Sent, ctx: TargetContext): Promise<DeliveryOutcome> {
  const { catalogs, written, classification, waits } = sent;
  const catalog = catalogs[0];
  const policy = target.wait;
  let wait: WaitResult | undefined;
  if (waits && policy) wait = await waitForLanding(target, book, catalog, policy, ctx);
  if (catalogs.length > 0 && (policy === undefined || waits))
    await verifyStage(book.expected(CHECKABLE), catalogs, ctx, { compare: book.compare });
  // ItemRequests whose items all landed count as verified
  const made = new Map<string, ObjectStatus[]>();
  for (const e of book.entries.values()) {
    const request = e.awaited?.requestKey;
    if (request !== undefined) made.set(request, [...(made.get(request) ?? []), e.status]);
  }
  for (const [request, items] of made) {
    const s = book.status(request);
    if (s?.state === 'published' && items.every((i) => i.state === 'verified')) s.state = 'verified';
  }
  const details: Record<string, unknown> = { ...target.details?.() };
  if (wait) details['wait'] = { state: wait.state, polls: wait.polls, elapsedMs: wait.elapsedMs };
  if (classification) details['classification'] = classification.counts;
  const n = written.filter((w) => w.state !== 'failed').length;
  const result = outcome(target, book, `delivered ${n} object(s) to ${target.describe()}`, ctx, details);
  if (wait && wait.progress.length > 0) result.progress = wait.progress;
  return result;
}

function applyWritten(book: Book, written: readonly Written[]): void {
  for (const w of written) {
    // a collection the publish stage already awaited keeps what the wait found (it is not awaited twice)
    const settled = w.state === 'published' && book.status(w.key)?.state !== 'planned';
    if (!settled) book.set(w.key, w.state, w.reason, w.origin);
    const s = book.status(w.key);
    if (s && w.ref !== undefined) s.ref = w.ref;
    if (s && w.state !== 'failed') s.sent = true;
  }
  // remote items follow their ItemRequest
  for (const e of book.entries.values()) {
    if (e.awaited === undefined || e.status.state !== 'planned') continue;
    const request = e.awaited.requestKey === undefined ? undefined : book.status(e.awaited.requestKey);
    if (request === undefined || request.state === 'published')
      Object.assign(e.status, { state: 'published', sent: true });
    else book.set(e.status.key, 'failed', `not made: its ItemRequest is ${request.state}`);
  }
}

/**
 * One wait phase for `keys` (of the book): polls until each arrived in the catalog (verified, or stale in a
 * copy other than the one it held before: the loader wrote it, differently), settled otherwise, or the
 * deadline passed, and sets their states; nothing is waited for twice. Landing is read in `catalog` or told
 * by the target.
 */
async function awaitPhase(
  target: Target,
  book: Book,
  catalog: CatalogReader | undefined,
  policy: WaitPolicy,
  keys: readonly string[],
  ctx: TargetContext,
  pollIntervalMs = Math.min(policy.pollIntervalMs, 5000),
): Promise<WaitResult> {
  const entries = keys.flatMap((k) => {
    const e = book.entries.get(k);
    return e ? [e] : [];
  });
  const awaited = entries.map((e) => e.awaited ?? { key: e.status.key, origin: e.status.origin });
  const watch = target.watch?.(awaited, ctx);
  const verifier =
    policy.landing === 'catalog' && catalog !== undefined
      ? createVerifier(
          entries.flatMap((e) => (e.expected ? [e.expected] : [])),
          { catalog, logger: ctx.logger, now: ctx.now },
          { compare: book.compare },
        )
      : undefined;
  const wait = await waitStage(
    {
      awaited,
      ...(watch ? { watch } : {}),
      ...(verifier ? { landed: (k) => verifier.checkArrived(k, book.before) } : {}),
    },
    { logger: ctx.logger, sleep: ctx.sleep, now: ctx.now },
    {
      timeoutMs: policy.timeoutMs,
      pollIntervalMs,
      ...(policy.maxPollIntervalMs !== undefined ? { maxPollIntervalMs: policy.maxPollIntervalMs } : {}),
    },
  );
  for (const k of wait.landed) settleArrived(book, k, verifier, catalog);
  for (const st of wait.settled) book.set(st.key, st.state, st.reason, st.origin);
  const timeout = (key: string) => watch?.timeoutReason(key) ?? 'not there when the wait ended';
  for (const k of wait.pending) {
    const e = verifier?.report().entries.find((x) => x.key === k);
    if (e?.status !== 'stale') book.set(k, 'missing', timeout(k));
    else {
      const copy = catalog?.copy ?? 'the catalog';
      book.set(k, 'stale', `${differsAt(copy, e.differences, e.truncated)} (not updated when the wait ended)`);
    }
  }
  return wait;
}

/** Which of `keys` the catalog holds as sent, or in a copy other than the one it held before the run. */
async function landedAsSent(
  book: Book,
  catalog: CatalogReader,
  keys: readonly string[],
  ctx: TargetContext,
): Promise<Set<string>> {
  const expected = keys.flatMap((k) => {
    const e = book.entries.get(k)?.expected;
    return e ? [e] : [];
  });
  const verifier = createVerifier(expected, { catalog, logger: ctx.logger, now: ctx.now }, { compare: book.compare });
  return verifier.checkArrived(
    expected.map((e) => e.key),
    book.before,
  );
}

/** An arrived object is verified, or stale (with where the catalog's copy differs). */
function settleArrived(book: Book, key: string, verifier: Verifier | undefined, catalog: CatalogReader | undefined) {
  const e = verifier?.report().entries.find((x) => x.key === key);
  if (e?.status === 'stale')
    book.set(key, 'stale', differsAt(catalog?.copy ?? 'the catalog', e.differences, e.truncated));
  else book.set(key, 'verified');
}

/**
 * For the publish stage: waits until the written collections that were not in the catalog are there (a
 * loader handling items of a collection it cannot see writes a placeholder). A collection that is there,
 * even differing (stale), does not hold its items back; one that did not come does. Collections the
 * catalog held already are not waited for here (the final wait sees them change).
 */
async function awaitCollectionsIn(
  target: Target,
  book: Book,
  catalog: CatalogReader | undefined,
  policy: WaitPolicy,
  keys: string[],
  ctx: TargetContext,
): Promise<Map<string, string>> {
  const absent = keys.filter((k) => (book.before.get(k) !== undefined ? book.before.get(k) === null : true));
  const gone = new Map<string, string>();
  if (absent.length === 0) return gone;
  const wait = await awaitPhase(target, book, catalog, policy, absent, ctx);
  for (const s of wait.settled) gone.set(s.key, `was ${s.state}`);
  for (const k of wait.pending) gone.set(k, `did not appear in ${catalog?.name ?? 'the catalog'} in time`);
  if (gone.size > 0)
    ctx.logger.error(`collections did not appear in the catalog (${wait.state}); not publishing their items`);
  return gone;
}

/** The final wait: every published object (remote items too) until it arrived, settled or the deadline passed. */
async function waitForLanding(
  target: Target,
  book: Book,
  catalog: CatalogReader | undefined,
  policy: WaitPolicy,
  ctx: TargetContext,
): Promise<WaitResult | undefined> {
  const keys = book
    .list()
    .filter((o) => o.kind !== 'request' && o.state === 'published')
    .map((o) => o.key);
  if (keys.length === 0) return undefined;
  return ctx.stage('wait', () => awaitPhase(target, book, catalog, policy, keys, ctx, policy.pollIntervalMs));
}

/** `2 new, 1 changed, 3 unchanged` for a plan. */
export function summarizePlan(objects: readonly ObjectStatus[]): string {
  const n = (c: 'new' | 'changed' | 'unchanged') => objects.filter((o) => o.change === c).length;
  const failed = objects.filter((o) => o.state === 'failed').length;
  const orphans = objects.filter((o) => o.state === 'orphan').length;
  return (
    `${n('new')} new, ${n('changed')} changed, ${n('unchanged')} unchanged` +
    `${orphans ? `, ${orphans} orphan(s)` : ''}${failed ? `, ${failed} that cannot be sent` : ''}`
  );
}

/** `3 verified, 1 failed` (non-zero states only, in a fixed order). */
export function summarizeStates(objects: readonly ObjectStatus[]): string {
  const order: ObjectState[] = [
    'verified',
    'written',
    'unchanged',
    'published',
    'stale',
    'missing',
    'unverified',
    'dead-lettered',
  ];
  const counts = new Map<ObjectState, number>();
  for (const o of objects) counts.set(o.state, (counts.get(o.state) ?? 0) + 1);
  const parts = [...order, 'failed' as const].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to deliver';
}

/** The outcome of a verify or publish: ok when nothing ended in a bad state; each one that did is logged. */
function outcome(
  target: Target,
  book: Book,
  what: string,
  ctx: TargetContext,
  details: Record<string, unknown> = { ...target.details?.() },
): DeliveryOutcome {
  const objects = book.list();
  for (const o of objects)
    if (BAD.has(o.state))
      ctx.logger.error(`${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`, originToLocation(o.origin));
  const summary = `${what}: ${summarizeStates(objects)}`;
  ctx.logger.info(summary);
  return { ok: objects.every((o) => !BAD.has(o.state)), summary, objects, details };
}
