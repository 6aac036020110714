import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { DirectoryFormat, DirectoryOutput } from '../../model/delivery.js';
import type { StacObject } from '../../model/stac.js';
import { detached } from '../../model/keys.js';
import { StageError } from '../../errors.js';
import { mapBounded } from '../../limit.js';
import { stringifyJson } from '../../json.js';
import { openStaging, type OutputPolicy } from './output-dir.js';
import { collectionDirOf, layoutTop, placedItem, safeName, type PlannedFile } from './write.js';

/** Item files written (and read back) at once, and how many items are taken before they are written. */
const IO_CONCURRENCY = 8;
const WINDOW = 256;
/** NDJSON text gathered before it is written. */
const FLUSH_BYTES = 1 << 20;

/** One collection's `items.ndjson` in the staging folder: appended to, hashed as written, read back at the end. */
class NdjsonFile {
  private handle: FileHandle | undefined;
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private bytes = 0;
  lines = 0;

  constructor(readonly abs: string) {}

  async add(doc: StacObject): Promise<void> {
    const line = stringifyJson(doc) + '\n';
    this.pending.push(line);
    this.bytes += line.length;
    this.lines++;
    if (this.bytes >= FLUSH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.handle) {
      await mkdir(path.dirname(this.abs), { recursive: true });
      this.handle = await open(this.abs, 'w');
    }
    const text = this.pending.join('');
    this.pending = [];
    this.bytes = 0;
    this.hash.update(text);
    await this.handle.write(text);
  }

  /** Closes the file and checks that it reads back byte for byte as written. */
  async close(rel: string): Promise<void> {
    await this.flush();
    await this.handle?.close();
    const back = createHash('sha256');
    for await (const chunk of createReadStream(this.abs)) back.update(chunk as Buffer);
    if (back.digest('hex') !== this.hash.digest('hex'))
      throw new StageError('write', `${rel} does not read back as written (${this.lines} lines)`);
  }
}

async function writeChecked(dir: string, f: PlannedFile, indent?: number): Promise<void> {
  const text = stringifyJson(f.doc, indent) + '\n';
  await writeFile(path.join(dir, f.rel), text);
  if ((await readFile(path.join(dir, f.rel), 'utf8')) !== text)
    throw new StageError('write', `${f.rel} does not read back as written`);
}

/** What the stream writer keeps across items: per collection the item ids (a catalog links each) and files. */
interface Progress {
  dir: string;
  format: DirectoryFormat;
  withCollection: Set<string>;
  ids: Map<string, string[]>;
  counts: Map<string, number>;
  ndjson: Map<string, NdjsonFile>;
  folders: Set<string>;
  files: string[];
}

async function writeWindow(p: Progress, items: StacObject[]): Promise<void> {
  const placed: PlannedFile[] = [];
  for (const item of items) {
    const cid = collectionDirOf(item);
    p.counts.set(cid, (p.counts.get(cid) ?? 0) + 1);
    if (p.format !== 'ndjson') {
      let ids = p.ids.get(cid);
      if (!ids) p.ids.set(cid, (ids = []));
      ids.push(detached(String(item['id'])));
      const file = placedItem(item, p.withCollection.has(cid));
      placed.push(file);
      p.files.push(file.rel);
      const folder = path.dirname(file.rel);
      if (!p.folders.has(folder)) {
        await mkdir(path.join(p.dir, folder), { recursive: true });
        p.folders.add(folder);
      }
    }
    if (p.format !== 'catalog') await ndjsonOf(p, `${safeName(cid)}/items.ndjson`).add(item);
  }
  await mapBounded(placed, IO_CONCURRENCY, (f) => writeChecked(p.dir, f, 2));
}

function ndjsonOf(p: Progress, rel: string): NdjsonFile {
  let file = p.ndjson.get(rel);
  if (!file) {
    p.ndjson.set(rel, (file = new NdjsonFile(path.join(p.dir, rel))));
    p.files.push(rel);
  }
  return file;
}

/** The files above the items (collections, the root catalog, collections.ndjson), written and read back. */
async function writeTop(p: Progress, collections: StacObject[]): Promise<void> {
  for (const c of collections) {
    const folder = safeName(String(c['id']));
    await mkdir(path.join(p.dir, folder), { recursive: true });
    if (p.format !== 'catalog') ndjsonOf(p, `${folder}/items.ndjson`);
  }
  for (const ids of p.ids.values()) ids.sort((a, b) => a.localeCompare(b));
  const top = layoutTop(collections, p.ids, p.format);
  for (const f of top.json) {
    await writeChecked(p.dir, f, 2);
    p.files.push(f.rel);
  }
  if (top.collectionsNdjson) {
    const file = ndjsonOf(p, 'collections.ndjson');
    for (const c of top.collectionsNdjson) await file.add(c);
  }
  for (const [rel, file] of p.ndjson) await file.close(rel);
}

/**
 * The directory target for items that are not held (a streamed source): items are written into the staging
 * folder as they come, in windows (each item file read back at once, each NDJSON file hashed as it is written
 * and re-read at the end), then the files above them, then the swap (output-dir.ts): killed at any point, the
 * previous output is intact or the new one complete. Remembered per item: its id, for a catalog's
 * collection.json. NDJSON lines keep the order they were read in (the held writer sorts them by id).
 */
export async function writeDirectoryStream(
  root: string,
  collections: StacObject[],
  items: AsyncIterable<StacObject>,
  format: DirectoryFormat,
  policy: OutputPolicy,
): Promise<DirectoryOutput & { itemsPerCollection: Map<string, number> }> {
  const staging = await openStaging(root, policy);
  const withCollection = new Set(collections.map((c) => String(c['id'])));
  const p: Progress = {
    dir: staging.dir,
    format,
    withCollection,
    ids: new Map(),
    counts: new Map(),
    ndjson: new Map(),
    folders: new Set(),
    files: [],
  };
  try {
    let window: StacObject[] = [];
    for await (const item of items) {
      window.push(item);
      if (window.length < WINDOW) continue;
      await writeWindow(p, window);
      window = [];
    }
    await writeWindow(p, window);
    await writeTop(p, collections);
    await staging.commit();
  } catch (err) {
    await staging.discard();
    throw err;
  }
  const total = [...p.counts.values()].reduce((a, b) => a + b, 0);
  const orphans = [...p.counts].reduce((n, [cid, k]) => n + (withCollection.has(cid) ? 0 : k), 0);
  return {
    root,
    format,
    files: p.files.sort(),
    collections: collections.length,
    items: total,
    orphanItems: orphans,
    itemsPerCollection: p.counts,
  };
}
