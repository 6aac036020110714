import type { CollectionEntry, SourceEntry, Target } from './manifest/schema.js';
import type { ItemRequest } from './generate/item-request.js';
import type { LoadedDoc, Origin } from './core/types.js';
import type { PlannedAssetRequest } from './assets/asset-item.js';

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
  | { kind: 'stactools'; index: number; entry: SourceEntry; mode: 'local' | 'remote'; requests: PlannedRequest[] }
  | { kind: 'files' | 'catalog'; index: number; entry: SourceEntry; docs: LoadedDoc[] }
  | {
      kind: 'dps';
      index: number;
      entry: SourceEntry;
      docs: LoadedDoc[];
      /** The collection id the DPS generator derives from the met.json. */
      collectionId: string;
      rawCollectionId: string;
      metFile: string;
      /** `upload_to`: upload the job's outputs and let the DPS generator publish them. */
      upload: boolean;
    }
  | { kind: 'assets'; index: number; entry: SourceEntry; collectionId: string; requests: PlannedAssetRequest[] };

export type ResolvedCollection =
  | { kind: 'file'; index: number; entry: CollectionEntry; doc: LoadedDoc }
  | { kind: 'stactools'; index: number; entry: CollectionEntry; request: PlannedRequest };

export interface ResolvedInputs {
  collections: ResolvedCollection[];
  sources: ResolvedSource[];
}

export type SourceAction = 'generate-local' | 'generate-remote' | 'publish-files' | 'publish-catalog' | 'publish-dps' | 'upload-dps' | 'build-assets';

export interface PlanSource {
  id: string;
  entry: string;
  action: SourceAction;
  /** Items this source yields: exact for files/catalog/local, the expectation for remote. */
  items: number;
  /** Item ids known before running (files, catalog, expected ids). */
  knownIds: string[];
  /** For stactools sources: the package and group. */
  package?: string;
  group?: string;
  /** How many create-item calls (rows). */
  requests: number;
  expect?: { count?: number; ids?: string[]; idTemplate?: string };
  /** DPS: the collection id derived from the met.json (`{username}__{algorithm}__{version}__{tag}`, slugified). */
  derivedCollection?: { id: string; from: string; metFile: string };
}

export interface PlanCollection {
  id: string;
  /** How the collection document itself comes: a file, create-collection, or not in the manifest. */
  definedBy: 'file' | 'stactools' | 'none';
  entry?: string;
  sources: PlanSource[];
  items: number;
}

export interface PlanTarget {
  name: string;
  type: Target['type'];
  description: string;
}

export interface Plan {
  manifest: string;
  target: PlanTarget;
  collections: PlanCollection[];
  totals: { collections: number; sources: number; items: number; requests: number; localRequests: number; remoteRequests: number };
  notes: string[];
}

export function sourceEntryLabel(index: number, id: string): string {
  return `sources[${index}] (${id})`;
}
export function collectionEntryLabel(index: number, id: string): string {
  return `collections[${index}] (${id})`;
}

function describeTarget(target: Target): string {
  switch (target.type) {
    case 'directory':
      return `write a static catalog${target.format === 'catalog' ? '' : target.format === 'ndjson' ? ' as NDJSON' : ' and NDJSON'} to ${target.path}`;
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
  return override ?? (typeof doc.doc['collection'] === 'string' ? (doc.doc['collection'] as string) : '(no collection)');
}

/**
 * Pure: what would be generated and published, per collection. Powers `plan` and dry runs.
 * `target` is the resolved target (name + settings).
 */
export function buildPlan(manifestPath: string, inputs: ResolvedInputs, targetName: string, target: Target): Plan {
  const notes: string[] = [];
  const collections = new Map<string, PlanCollection>();
  const ensure = (id: string): PlanCollection => {
    let c = collections.get(id);
    if (!c) collections.set(id, (c = { id, definedBy: 'none', sources: [], items: 0 }));
    return c;
  };
  for (const c of inputs.collections) {
    const pc = ensure(c.entry.id);
    pc.definedBy = c.kind;
    pc.entry = collectionEntryLabel(c.index, c.entry.id);
  }
  let localRequests = 0;
  let remoteRequests = 0;
  for (const s of inputs.sources) {
    const entry = sourceEntryLabel(s.index, s.entry.id);
    if (s.kind === 'stactools') {
      const st = s.entry.stactools;
      const runsLocally = s.mode === 'local' || target.type === 'directory';
      if (s.mode === 'remote' && target.type === 'directory') {
        notes.push(`${entry}: marked remote, generated locally with the same command because target '${targetName}' is a directory`);
      }
      if (runsLocally) localRequests += s.requests.length;
      else remoteRequests += s.requests.length;
      const knownIds = s.requests.flatMap((r) => (r.expectedId !== undefined ? [r.expectedId] : []));
      const expect = st?.expect;
      const planned: PlanSource = {
        id: s.entry.id,
        entry,
        action: runsLocally ? 'generate-local' : 'generate-remote',
        items: expect?.count ?? expect?.ids?.length ?? s.requests.length,
        knownIds: expect?.ids ?? knownIds,
        requests: s.requests.length,
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
      const pc = ensure(s.entry.collection ?? '(no collection)');
      pc.sources.push(planned);
      pc.items += planned.items;
    } else if (s.kind === 'assets') {
      const pc = ensure(s.collectionId);
      pc.sources.push({ id: s.entry.id, entry, action: 'build-assets', items: s.requests.length, knownIds: s.requests.map((r) => r.itemId), requests: s.requests.length });
      pc.items += s.requests.length;
    } else {
      // files and catalogs may hold items of several collections: split per collection
      const perCollection = new Map<string, LoadedDoc[]>();
      for (const d of s.docs) {
        if (d.doc['type'] !== 'Feature') continue;
        const cid = itemCollection(d, s.entry.collection);
        let list = perCollection.get(cid);
        if (!list) perCollection.set(cid, (list = []));
        list.push(d);
      }
      if (perCollection.size === 0) notes.push(`${entry}: no items found`);
      for (const [cid, docs] of perCollection) {
        const pc = ensure(cid);
        const planned: PlanSource = {
          id: s.entry.id,
          entry,
          action: s.kind === 'files' ? 'publish-files' : s.kind === 'catalog' ? 'publish-catalog' : s.kind === 'dps' && s.upload ? 'upload-dps' : 'publish-dps',
          items: docs.length,
          knownIds: docs.map((d) => String(d.doc['id'])),
          requests: 0,
        };
        if (s.kind === 'dps') planned.derivedCollection = { id: s.collectionId, from: s.rawCollectionId, metFile: s.metFile };
        pc.sources.push(planned);
        pc.items += docs.length;
      }
    }
  }
  for (const c of collections.values()) {
    if (c.definedBy === 'none' && c.id !== '(no collection)') {
      notes.push(`collection '${c.id}' is not defined in the manifest: it must already exist in the catalog (or the loader creates a placeholder when CREATE_COLLECTIONS_IF_MISSING is set)`);
    }
  }
  const list = [...collections.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    manifest: manifestPath,
    target: { name: targetName, type: target.type, description: describeTarget(target) },
    collections: list,
    totals: {
      collections: inputs.collections.length,
      sources: inputs.sources.length,
      items: list.reduce((n, c) => n + c.items, 0),
      requests: localRequests + remoteRequests,
      localRequests,
      remoteRequests,
    },
    notes,
  };
}

const ACTION_TEXT: Record<SourceAction, string> = {
  'generate-local': 'generate locally with uvx',
  'generate-remote': 'send ItemRequests to the generator topic',
  'publish-files': 'publish pre-made STAC files',
  'publish-catalog': 'publish the items of a catalog.json',
  'publish-dps': 'publish the items of a DPS job',
  'upload-dps': "upload a DPS job's outputs for the DPS generator",
  'build-assets': 'build items from asset and metadata files (rio-stac)',
};

/** The plan as text for people. */
export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  lines.push(`Plan for ${plan.manifest}`);
  lines.push(`Target '${plan.target.name}': ${plan.target.description}`);
  lines.push(
    `${plan.totals.collections} collection document(s), ${plan.totals.items} item(s) from ${plan.totals.sources} source(s)` +
      (plan.totals.requests ? `; ${plan.totals.localRequests} local and ${plan.totals.remoteRequests} remote create-item call(s)` : ''),
  );
  for (const c of plan.collections) {
    lines.push('');
    const def = c.definedBy === 'file' ? 'from a JSON file' : c.definedBy === 'stactools' ? 'from create-collection' : 'not in the manifest';
    lines.push(`collection ${c.id} (${def}${c.entry ? `, ${c.entry}` : ''}): ${c.items} item(s)`);
    for (const s of c.sources) {
      const pkg = s.package ? ` ${s.package} ${s.group}` : '';
      const exp = s.expect ? ` expecting ${s.expect.count ?? s.expect.ids?.length ?? `ids like ${s.expect.idTemplate}`}` : '';
      const derived = s.derivedCollection ? ` (collection id from ${s.derivedCollection.metFile}: '${s.derivedCollection.from}' -> '${s.derivedCollection.id}')` : '';
      lines.push(`  - ${s.entry}: ${ACTION_TEXT[s.action]}${pkg}: ${s.items} item(s)${s.requests ? ` from ${s.requests} call(s)` : ''}${exp}${derived}`);
    }
  }
  if (plan.notes.length) {
    lines.push('');
    for (const n of plan.notes) lines.push(`note: ${n}`);
  }
  return lines.join('\n');
}
