import type { DirectoryFormat, DirectoryOutput } from '../../model/delivery.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { StacObject } from '../../model/stac.js';
import { StageError } from '../../errors.js';
import { mapBounded } from '../../limit.js';
import { openStaging, type OutputPolicy } from './output-dir.js';
import { parseJson, stringifyJson, withMembers } from '../../json.js';

const SAFE = /[^A-Za-z0-9._-]/g;
/** A file-system-safe name for an id (ids may hold ':' or '/'). */
export function safeName(id: string): string {
  const s = id.replace(SAFE, '_');
  return s === '' || s === '.' || s === '..' ? `_${s}` : s;
}

function relLink(fromFile: string, toFile: string): string {
  const rel = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const STRUCTURAL = new Set(['self', 'root', 'parent', 'child', 'item', 'collection']);
function withLinks(doc: StacObject, links: Array<Record<string, unknown>>): StacObject {
  const kept = Array.isArray(doc['links'])
    ? (doc['links'] as unknown[]).filter(
        (l) => !(typeof l === 'object' && l !== null && STRUCTURAL.has(String((l as Record<string, unknown>)['rel']))),
      )
    : [];
  return withMembers(doc, { links: [...links, ...kept] });
}

export interface PlannedFile {
  rel: string;
  doc: StacObject;
}

type Link = Record<string, unknown>;
const CATALOG_FILE = 'catalog.json';

/** Where an item of the static catalog goes, its structural links, and the collection's link to it. */
export function itemPlacement(
  cid: string,
  id: string,
  hasCollection: boolean,
): { rel: string; links: Link[]; link: Link } {
  const collectionFile = `${safeName(cid)}/collection.json`;
  const rel = `${safeName(cid)}/items/${safeName(id)}.json`;
  const links: Link[] = [{ rel: 'root', href: relLink(rel, CATALOG_FILE), type: 'application/json' }];
  if (hasCollection) {
    links.push({ rel: 'parent', href: relLink(rel, collectionFile), type: 'application/json' });
    links.push({ rel: 'collection', href: relLink(rel, collectionFile), type: 'application/json' });
  }
  return { rel, links, link: { rel: 'item', href: relLink(collectionFile, rel), type: 'application/geo+json' } };
}

/** An item as the static catalog holds it: its own links but the structural ones, which are the catalog's. */
export function placedItem(item: StacObject, hasCollection: boolean): PlannedFile {
  const placed = itemPlacement(String(item['collection'] ?? NO_COLLECTION_DIR), String(item['id']), hasCollection);
  return { rel: placed.rel, doc: withLinks(item, placed.links) };
}

/** The collection id an item is filed under. */
export const collectionDirOf = (item: StacObject): string => String(item['collection'] ?? NO_COLLECTION_DIR);
const NO_COLLECTION_DIR = '_no_collection';

/**
 * The files above the items: `catalog.json` and each `<collection>/collection.json` (with a link to each
 * item, `itemIds` sorted) for a catalog, `collections.ndjson` for NDJSON.
 */
export function layoutTop(
  collections: StacObject[],
  itemIds: Map<string, string[]>,
  format: DirectoryFormat,
  title = 'stac-ingest output',
): { json: PlannedFile[]; collectionsNdjson?: StacObject[] } {
  const json: PlannedFile[] = [];
  const collectionIds = new Set([...collections.map((c) => String(c['id'])), ...itemIds.keys()]);
  const children: Link[] = [];
  for (const cid of [...collectionIds].sort()) {
    const collectionFile = `${safeName(cid)}/collection.json`;
    const collection = collections.find((c) => c['id'] === cid);
    if (format === 'ndjson') continue;
    const itemLinks = (itemIds.get(cid) ?? []).map((id) => itemPlacement(cid, id, collection !== undefined).link);
    if (collection) {
      children.push({
        rel: 'child',
        href: relLink(CATALOG_FILE, collectionFile),
        type: 'application/json',
        title: cid,
      });
      const up = [
        { rel: 'root', href: relLink(collectionFile, CATALOG_FILE), type: 'application/json' },
        { rel: 'parent', href: relLink(collectionFile, CATALOG_FILE), type: 'application/json' },
      ];
      json.push({ rel: collectionFile, doc: withLinks(collection, [...up, ...itemLinks]) });
    } else {
      // items without a collection document: link them from the root so they stay reachable
      for (const l of itemLinks)
        children.push({ ...l, href: relLink(CATALOG_FILE, path.posix.join(safeName(cid), String(l['href']))) });
    }
  }
  if (format !== 'ndjson') {
    const root: Link = { rel: 'root', href: './catalog.json', type: 'application/json' };
    const doc = { type: 'Catalog', stac_version: '1.1.0', id: 'stac-ingest-output', description: title };
    json.push({ rel: CATALOG_FILE, doc: { ...doc, links: [root, ...children] } });
  }
  if (format === 'catalog') return { json };
  const cols = collections.slice().sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  return { json, collectionsNdjson: cols };
}

/**
 * Lays collections and items out as a self-contained static STAC catalog
 * (`catalog.json` -> `<collection>/collection.json` -> `<collection>/items/<id>.json`) and/or one
 * `<collection>/items.ndjson` per collection. Pure: returns what to write. `items.ndjson` lists the items in the
 * order given (the order they were read or made), as a run that streams its sources writes it; links and files go
 * by id.
 */
export function layoutStaticCatalog(
  collections: StacObject[],
  items: StacObject[],
  format: DirectoryFormat,
  title = 'stac-ingest output',
): { json: PlannedFile[]; ndjson: Map<string, StacObject[]> } {
  const byCollection = new Map<string, StacObject[]>();
  for (const item of items) {
    const cid = collectionDirOf(item);
    let list = byCollection.get(cid);
    if (!list) byCollection.set(cid, (list = []));
    list.push(item);
  }
  const json: PlannedFile[] = [];
  const ndjson = new Map<string, StacObject[]>();
  const itemIds = new Map<string, string[]>();
  for (const cid of [...byCollection.keys()].sort()) {
    const hasCollection = collections.some((c) => c['id'] === cid);
    const sorted = (byCollection.get(cid) ?? []).slice().sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
    itemIds.set(
      cid,
      sorted.map((i) => String(i['id'])),
    );
    if (format !== 'ndjson') for (const item of sorted) json.push(placedItem(item, hasCollection));
    // items.ndjson in the order the items came, as the stream writer (stream.ts) writes it
    if (format !== 'catalog') ndjson.set(`${safeName(cid)}/items.ndjson`, byCollection.get(cid) ?? []);
  }
  const top = layoutTop(collections, itemIds, format, title);
  if (format !== 'catalog') {
    // collections without items get an empty items.ndjson, as before
    for (const c of collections) {
      const rel = `${safeName(String(c['id']))}/items.ndjson`;
      if (!ndjson.has(rel)) ndjson.set(rel, []);
    }
    ndjson.set('collections.ndjson', top.collectionsNdjson ?? []);
  }
  return { json: [...json, ...top.json], ndjson };
}

async function readNdjson(file: string): Promise<StacObject[]> {
  const out: StacObject[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') out.push(parseJson(line) as StacObject);
  return out;
}

/**
 * Writes the output into a staging folder beside `root`, reads every file back, checking it holds
 * exactly what was meant (so the local path proves itself), then swaps it in for the previous
 * output (src/targets/directory/output-dir.ts): killed at any point, the previous output is intact
 * or the new one complete. Nothing stale survives; nothing the tool did not create is removed.
 */
export async function writeDirectory(
  root: string,
  collections: StacObject[],
  items: StacObject[],
  format: DirectoryFormat,
  policy: OutputPolicy,
): Promise<DirectoryOutput> {
  const { json, ndjson } = layoutStaticCatalog(collections, items, format);
  const staging = await openStaging(root, policy);
  try {
    await writeFiles(staging.dir, json, ndjson);
    await readBack(staging.dir, json, ndjson);
    await staging.commit();
  } catch (err) {
    await staging.discard();
    throw err;
  }
  const collectionIds = new Set(collections.map((c) => c['id']));
  return {
    root,
    format,
    files: [...json.map((f) => f.rel), ...ndjson.keys()].sort(),
    collections: collections.length,
    items: items.length,
    orphanItems: items.filter((i) => !collectionIds.has(i['collection'])).length,
  };
}

/** Files written and read back at once (the file system works in parallel; more gains nothing). */
const IO_CONCURRENCY = 8;

async function writeFiles(dir: string, json: PlannedFile[], ndjson: Map<string, StacObject[]>): Promise<void> {
  const folders = new Set([...json.map((f) => f.rel), ...ndjson.keys()].map((rel) => path.dirname(rel)));
  for (const folder of [...folders].sort()) await mkdir(path.join(dir, folder), { recursive: true });
  await mapBounded(json, IO_CONCURRENCY, (f) => writeFile(path.join(dir, f.rel), stringifyJson(f.doc, 2) + '\n'));
  for (const [rel, docs] of ndjson)
    await writeFile(path.join(dir, rel), docs.map((d) => stringifyJson(d)).join('\n') + (docs.length ? '\n' : ''));
}

/**
 * Reads every written file once, checks it holds what was meant, then checks that every structural
 * link points at a file that was read back (links are resolved against the set, never re-read).
 */
async function readBack(dir: string, json: PlannedFile[], ndjson: Map<string, StacObject[]>): Promise<void> {
  const verified = new Set<string>();
  await mapBounded(json, IO_CONCURRENCY, async (f) => {
    const back = parseJson(await readFile(path.join(dir, f.rel), 'utf8'));
    if (!isDeepStrictEqual(back, f.doc)) throw new StageError('write', `${f.rel} does not read back as written`);
    verified.add(f.rel);
  });
  for (const f of json) {
    for (const link of (f.doc['links'] as Array<Record<string, unknown>>) ?? []) {
      const rel = String(link['rel']);
      if (!STRUCTURAL.has(rel)) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(f.rel), String(link['href'])));
      if (!verified.has(target))
        throw new StageError(
          'write',
          `${f.rel}: link rel=${rel} points to ${String(link['href'])}, which was not written`,
        );
    }
  }
  for (const [rel, docs] of ndjson) {
    const back = await readNdjson(path.join(dir, rel));
    if (!isDeepStrictEqual(back, docs))
      throw new StageError('write', `${rel} does not read back as written (${back.length} of ${docs.length} lines)`);
  }
}
