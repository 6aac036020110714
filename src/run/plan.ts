import type { Target } from '../manifest/schema.js';
import type { LoadedDoc } from '../model/stac.js';
import {
  requestCount,
  type ResolvedInputs,
  type ResolvedSource,
  type StreamedDocs,
  type StreamedRequests,
} from '../model/inputs.js';
import type { Command } from '../model/result.js';
import type { GenerateJob, StreamedJobs } from '../stages/generate/index.js';
import type { EngineName } from '../stages/generate/engine.js';
import type { RemoteSource } from './deliver.js';
import {
  collectionEntryLabel,
  sourceEntryLabel,
  type Plan,
  type PlanCollection,
  type PlanSource,
  type SourceAction,
} from '../model/plan.js';

function describeTarget(target: Target): string {
  switch (target.type) {
    case 'directory': {
      const as = target.format === 'catalog' ? '' : target.format === 'ndjson' ? ' as NDJSON' : ' and NDJSON';
      return `write a static catalog${as} to ${target.path}`;
    }
    case 'maap': {
      const where = target.stack ? `stack ${target.stack}` : (target.loader_topic_arn ?? 'the configured topics');
      return `publish to the MAAP pipeline (${where}${target.region ? `, ${target.region}` : ''})`;
    }
    case 'ingestor':
      return `post to the STAC Ingestor API at ${target.url}`;
    case 'pgstac':
      return `upsert into pgstac (DSN from $${target.dsn_env})`;
  }
}

function itemCollection(doc: LoadedDoc, override: string | undefined): string {
  return (
    override ?? (typeof doc.doc['collection'] === 'string' ? (doc.doc['collection'] as string) : '(no collection)')
  );
}

/** A stactools source in the plan: where it runs, how many requests, what it is expected to make. */
function stactoolsPlan(s: SourceOf<'stactools'>, entry: string, runsLocally: boolean): PlanSource {
  const st = s.entry.stactools;
  // streamed requests are counted, their ids not listed
  const knownIds = s.requests.flatMap((r) => (r.expectedId !== undefined ? [r.expectedId] : []));
  const expect = st?.expect;
  const planned: PlanSource = {
    id: s.entry.id,
    entry,
    action: runsLocally ? 'generate-local' : 'generate-remote',
    items: expect?.count ?? expect?.ids?.length ?? requestCount(s),
    knownIds: expect?.ids ?? knownIds,
    requests: requestCount(s),
  };
  if (st) {
    planned.package = st.package;
    planned.group = st.group;
  }
  if (expect) {
    planned.expect = {};
    if (expect.count !== undefined) planned.expect.count = expect.count;
    if (expect.ids !== undefined) planned.expect.ids = expect.ids;
    if (expect.id_template !== undefined) planned.expect.idTemplate = expect.id_template;
  }
  return planned;
}

/** A source of documents in the plan, split per collection (files and catalogs may hold several). */
function documentsPlan(s: SourceOf<'files' | 'catalog' | 'dps'>, entry: string): Map<string, PlanSource> {
  // a streamed source is counted, its ids not listed
  const perCollection = new Map<string, { n: number; ids: string[] }>();
  for (const [cid, n] of 'stream' in s && s.stream ? s.stream.counts : []) perCollection.set(cid, { n, ids: [] });
  for (const d of s.docs) {
    if (d.doc['type'] !== 'Feature') continue;
    const cid = itemCollection(d, s.entry.collection);
    let list = perCollection.get(cid);
    if (!list) perCollection.set(cid, (list = { n: 0, ids: [] }));
    list.n++;
    list.ids.push(String(d.doc['id']));
  }
  const action: SourceAction =
    s.kind === 'files'
      ? 'publish-files'
      : s.kind === 'catalog'
        ? 'publish-catalog'
        : s.kind === 'dps' && s.upload
          ? 'upload-dps'
          : 'publish-dps';
  const out = new Map<string, PlanSource>();
  for (const [cid, { n, ids }] of perCollection) {
    const planned: PlanSource = { id: s.entry.id, entry, action, items: n, knownIds: ids, requests: 0 };
    if (s.kind === 'dps')
      planned.derivedCollection = { id: s.collectionId, from: s.rawCollectionId, metFile: s.metFile };
    out.set(cid, planned);
  }
  return out;
}

/**
 * Pure: what would be generated and published, per collection. Powers `plan` and dry runs.
 * `target` is the resolved target (name + settings).
 */
export function buildPlan(manifestPath: string, inputs: ResolvedInputs, targetName: string, target: Target): Plan {
  const notes: string[] = [...(inputs.notes ?? [])];
  const collections = new Map<string, PlanCollection>();
  const add = (id: string, planned?: PlanSource): PlanCollection => {
    let c = collections.get(id);
    if (!c) collections.set(id, (c = { id, definedBy: 'none', sources: [], items: 0 }));
    if (planned) {
      c.sources.push(planned);
      c.items += planned.items;
    }
    return c;
  };
  for (const c of inputs.collections) {
    const pc = add(c.entry.id);
    pc.definedBy = c.kind;
    pc.entry = collectionEntryLabel(c.index, c.entry.id);
  }
  const requests = { local: 0, remote: 0 };
  for (const s of inputs.sources) {
    const entry = sourceEntryLabel(s.index, s.entry.id);
    if (s.kind === 'stactools') {
      const runsLocally = generatedHere(s.mode, target);
      if (s.mode === 'remote' && target.type === 'directory')
        notes.push(
          `${entry}: marked remote, generated locally with the same command because target '${targetName}' ` +
            'is a directory',
        );
      requests[runsLocally ? 'local' : 'remote'] += requestCount(s);
      if (runsLocally && s.entry.collection)
        notes.push(
          `${entry}: generated items get \`collection: ${s.entry.collection}\`, and a link rel="collection" ` +
            '(../collection.json) when the package wrote none, as items of files and catalogs do',
        );
      add(s.entry.collection ?? '(no collection)', stactoolsPlan(s, entry, runsLocally));
    } else if (s.kind === 'assets') {
      const ids = s.requests.map((r) => r.itemId);
      const n = s.requests.length;
      add(s.collectionId, { id: s.entry.id, entry, action: 'build-assets', items: n, knownIds: ids, requests: n });
    } else {
      const perCollection = documentsPlan(s, entry);
      if (perCollection.size === 0) notes.push(`${entry}: no items found`);
      for (const [cid, planned] of perCollection) add(cid, planned);
    }
  }
  for (const c of collections.values())
    if (c.definedBy === 'none' && c.id !== '(no collection)')
      notes.push(
        `collection '${c.id}' is not defined in the manifest: it must already exist in the catalog ` +
          '(or the loader creates a placeholder when CREATE_COLLECTIONS_IF_MISSING is set)',
      );
  const list = [...collections.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    manifest: manifestPath,
    target: { name: targetName, type: target.type, description: describeTarget(target) },
    collections: list,
    totals: {
      collections: inputs.collections.length,
      sources: inputs.sources.length,
      items: list.reduce((n, c) => n + c.items, 0),
      requests: requests.local + requests.remote,
      localRequests: requests.local,
      remoteRequests: requests.remote,
    },
    notes,
    skipped: [],
  };
}

/**
 * Where a stactools source's items are made: here (uvx), or by the target's generator from
 * ItemRequests. A directory target has no generator; `validate --generate` makes them here to check them.
 */
export function generatedHere(mode: 'local' | 'remote', target: Target, command?: Command): boolean {
  return mode === 'local' || target.type === 'directory' || command === 'validate';
}

type SourceOf<K extends ResolvedSource['kind']> = Extract<ResolvedSource, { kind: K }>;

/** What a command runs, read once from the inputs: the plan the stages execute. */
export interface RunWork {
  /** Documents the manifest gives as they are: collection files, item files, catalogs, DPS outputs. */
  docs: LoadedDoc[];
  /** Sources whose documents are read where they are used, not held (after `docs`, in manifest order). */
  streams?: StreamedDocs[];
  /** Of those, the DPS outputs uploaded for the DPS generator: validated here, published by it. */
  uploaded: Set<LoadedDoc>;
  /** create-item and create-collection calls made here. */
  generate: GenerateJob[];
  /** When sources stream: the create-item calls made here, built from their rows as they run (after `generate`). */
  generateStreamed?: StreamedJobs;
  /** Asset sources whose items are built here. */
  assets: Array<SourceOf<'assets'>>;
  /** DPS sources whose outputs are uploaded (`upload_to`, run on a MAAP target). */
  uploads: Array<SourceOf<'dps'>>;
  /** Generation asked of the target (ItemRequests). */
  remote: RemoteSource[];
}

/** The ItemRequests of a remote stactools source, and the items the manifest says they make. */
function remoteOf(s: SourceOf<'stactools'>): RemoteSource {
  const expect = s.entry.stactools?.expect;
  const r: RemoteSource = {
    sourceId: s.entry.id,
    entry: sourceEntryLabel(s.index, s.entry.id),
    collection: s.entry.collection ?? null,
    requests: s.requests,
    ...(s.stream ? { stream: s.stream } : {}),
  };
  if (expect)
    r.expect = {
      ...(expect.count !== undefined ? { count: expect.count } : {}),
      ...(expect.ids !== undefined ? { ids: expect.ids } : {}),
    };
  return r;
}

/**
 * Pure: what `command` runs for these inputs and this target. `generate`: make items here at all
 * (`validate` only does with --generate); `engine`: the local engine for every entry (default:
 * each entry's own).
 */
export function planWork(
  inputs: ResolvedInputs,
  target: Target,
  command: Command,
  options: { generate: boolean; engine?: EngineName },
): RunWork {
  const { generate } = options;
  const engineOf = (entry: EngineName | undefined): { engine?: EngineName } => {
    const engine = options.engine ?? entry;
    return engine ? { engine } : {};
  };
  const work: RunWork = { docs: [], uploaded: new Set(), generate: [], assets: [], uploads: [], remote: [] };
  const streamed: StreamedSource[] = [];
  for (const c of inputs.collections) {
    if (c.kind === 'file') work.docs.push(c.doc);
    else if (generate) {
      const { request, origin, timeoutMs } = c.request;
      work.generate.push({ request, origin, timeoutMs, kind: 'collection', ...engineOf(c.entry.stactools?.engine) });
    }
  }
  for (const s of inputs.sources) {
    if (s.kind === 'stactools') {
      const engine = engineOf(s.entry.stactools?.engine);
      const sourceId = s.entry.id;
      if (!generatedHere(s.mode, target, command)) work.remote.push(remoteOf(s));
      else if (generate && s.stream) streamed.push({ stream: s.stream, sourceId, engine });
      else if (generate)
        for (const r of s.requests)
          work.generate.push({
            request: r.request,
            origin: { ...r.origin, sourceId },
            timeoutMs: r.timeoutMs,
            ...engine,
          });
    } else if (s.kind === 'assets') {
      if (generate) work.assets.push(s);
    } else {
      if ('stream' in s && s.stream) (work.streams ??= []).push(s.stream);
      for (const d of s.docs) work.docs.push(d);
      if (s.kind === 'dps' && s.upload && target.type === 'maap' && command === 'run') {
        work.uploads.push(s);
        for (const d of s.docs) work.uploaded.add(d);
      }
    }
  }
  if (streamed.length > 0) work.generateStreamed = streamedJobs(streamed);
  return work;
}

type StreamedSource = { stream: StreamedRequests; sourceId: string; engine: { engine?: EngineName } };

/** The create-item calls of streamed stactools sources, one source after the other. */
function streamedJobs(sources: StreamedSource[]): StreamedJobs {
  return {
    count: sources.reduce((n, s) => n + s.stream.count, 0),
    jobs: async function* () {
      for (const { stream, sourceId, engine } of sources)
        for await (const r of stream.requests())
          yield { request: r.request, origin: { ...r.origin, sourceId }, timeoutMs: r.timeoutMs, ...engine };
    },
  };
}
