/**
 * Sharding a run across machines (GitHub Actions matrix jobs): `run --shard k/n` generates and validates the
 * k-th of n deterministic parts of the plan and writes a shard bundle; `publish-shards` checks that the n bundles
 * account for every planned object exactly once and delivers them as one run.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { leftovers } from '../cancel.js';
import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import { parseJson, stringifyJson } from '../json.js';
import { keyOfDocument } from '../model/keys.js';
import type { StreamedDocs } from '../model/inputs.js';
import { SpilledKeySet } from '../model/key-set.js';
import { readLines } from '../sources/lines.js';
import { DocumentPasses } from '../sources/read-passes.js';
import type { ReadPass } from '../sources/catalog-walker.js';
import { countedStream } from '../stages/resolve.js';
import type { LoadedDoc, StacObject } from '../model/stac.js';
import type { GenerateJob } from '../stages/generate/index.js';
import type { RunWork } from './plan.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `2/3` -> { index: 2, count: 3 }; `what` names the flag or input in the error. */
export function parseShard(text: string, what: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`${what} takes k/n with 1 <= k <= n (shard k of n), got '${text}'`);
  return { index, count };
}

/** Which shard a planned object belongs to: a hash of its key, so every job of a matrix agrees without talking. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

function docKey(d: LoadedDoc): string {
  const o = d.origin;
  return keyOfDocument(d.doc) ?? `document:${o.file}:${o.line ?? ''}:${o.pointer ?? ''}`;
}

function jobKey(j: GenerateJob): string {
  const o = j.origin;
  return `generate:${j.kind ?? 'item'}:${o.entry ?? ''}:${o.file}:${o.line ?? ''}`;
}

/**
 * Every planned object of the work, by key: documents read from the repository, create-item/create-collection
 * calls and asset requests. DPS uploads and remote generation are left to the publishing job.
 */
export function plannedKeys(work: RunWork): string[] {
  const keys = work.docs.filter((d) => !work.uploaded.has(d)).map(docKey);
  for (const j of work.generate) keys.push(jobKey(j));
  for (const s of work.assets) for (const r of s.requests) keys.push(`asset:${s.entry.id}/${r.requestId}`);
  return keys;
}

/**
 * The part of a streamed source that a shard does: its documents (`mine`) as they are read, the held ones (not
 * items) first. Nothing is counted: the plan was made of the whole source.
 */
function shardStream(s: StreamedDocs, mine: (d: LoadedDoc) => boolean): StreamedDocs {
  const held = s.held.filter(mine);
  const items = async function* (): AsyncGenerator<LoadedDoc> {
    for await (const d of s.items()) if (mine(d)) yield d;
  };
  const units = async function* (): AsyncGenerator<LoadedDoc> {
    yield* held;
    yield* items();
  };
  return { counts: new Map(), held, bounds: s.bounds.filter(mine), items, units };
}

/** The part of the work that shard `shard` does: its documents, calls and asset requests; nothing delivered. */
export function shardWork(work: RunWork, shard: Shard): RunWork {
  const mine = (key: string) => shardOf(key, shard.count) === shard.index;
  const streams = work.streams?.map((s) => shardStream(s, (d) => mine(docKey(d))));
  return {
    ...(streams ? { streams } : {}),
    docs: work.docs.filter((d) => !work.uploaded.has(d) && mine(docKey(d))),
    uploaded: new Set(),
    generate: work.generate.filter((j) => mine(jobKey(j))),
    assets: work.assets.map((s) => ({
      ...s,
      requests: s.requests.filter((r) => mine(`asset:${s.entry.id}/${r.requestId}`)),
    })),
    uploads: [],
    remote: [],
  };
}

const BUNDLE_FILE = 'shard.json';
const DOCUMENTS_FILE = 'documents.ndjson';

/** What a shard job hands to the publishing job (next to its documents, one `{origin, doc}` per line). */
export interface ShardBundle {
  version: 1;
  shard: Shard;
  /** sha256 of the manifest text: every job must have run the same manifest. */
  manifestSha256: string;
  /** The keys of the planned objects this shard did (plannedKeys of its part). */
  planned: string[];
  documents: number;
}

async function manifestDigest(manifestPath: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(manifestPath))
    .digest('hex');
}

/** Writes `docs`, one `{origin, doc}` per line, to `file`; `each` sees each document written. Returns how many. */
async function writeDocuments(file: string, docs: AsyncIterable<LoadedDoc>, each: (d: LoadedDoc) => void) {
  const handle = await open(file, 'wx');
  let n = 0;
  try {
    let chunk = '';
    for await (const d of docs) {
      each(d);
      n++;
      chunk += stringifyJson({ origin: d.origin, doc: d.doc }) + '\n';
      if (chunk.length < 1 << 20) continue;
      await handle.write(chunk);
      chunk = '';
    }
    if (chunk !== '') await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return n;
}

/**
 * Writes the bundle of a shard that succeeded, `work` being its part of the plan, as its documents come (`docs`:
 * what it made and read, held; then its streamed sources' documents, read now), into `<dir>/shard-k-of-n/`
 * (replacing an older one); returns that folder. Written beside it and swapped in by rename: a bundle is complete
 * or absent, never half-written.
 */
export async function writeShardBundle(
  dir: string,
  manifestPath: string,
  shard: Shard,
  work: RunWork,
  docs: LoadedDoc[],
): Promise<{ dir: string; documents: number }> {
  const planned = plannedKeys(work);
  const manifestSha256 = await manifestDigest(manifestPath);
  const out = path.join(dir, `shard-${shard.index}-of-${shard.count}`);
  await mkdir(dir, { recursive: true });
  const prefix = `.${path.basename(out)}.stac-ingest-new-`;
  await removeKilledWrites(dir, prefix);
  // removed at exit too, should the process end while writing it (renamed away once complete)
  const temp = await leftovers.tempDir(prefix, dir);
  try {
    const all = async function* (): AsyncGenerator<LoadedDoc> {
      yield* docs;
      for (const s of work.streams ?? []) {
        yield* s.held;
        yield* s.items();
      }
    };
    const held = new Set(docs);
    const documents = await writeDocuments(path.join(temp, DOCUMENTS_FILE), all(), (d) => {
      if (!held.has(d)) planned.push(docKey(d));
    });
    const bundle: ShardBundle = { version: 1, shard, manifestSha256, planned, documents };
    await writeFile(path.join(temp, BUNDLE_FILE), JSON.stringify(bundle, null, 2) + '\n');
    await swapIn(temp, out);
    return { dir: out, documents };
  } finally {
    await leftovers.removeDir(temp);
  }
}

/**
 * Removes what a run of this shard killed by SIGKILL left in `dir`: its folder being written (`<prefix>XXXXXX`, a
 * partial copy of the documents) and an older bundle renamed aside by a swap cut between its two renames.
 */
async function removeKilledWrites(dir: string, prefix: string): Promise<void> {
  const ours = new RegExp(`^${prefix.replaceAll('.', '\\.')}[A-Za-z0-9]{6}(?:-old)?$`);
  for (const e of await readdir(dir, { withFileTypes: true }))
    if (e.isDirectory() && ours.test(e.name)) await rm(path.join(dir, e.name), { recursive: true, force: true });
}

/** Replaces folder `out` (if any) by `temp`: the old one is renamed aside first, then removed. */
async function swapIn(temp: string, out: string): Promise<void> {
  const old = `${temp}-old`;
  const moved = await rename(out, old).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false;
      throw err;
    },
  );
  await rename(temp, out);
  if (moved) await rm(old, { recursive: true, force: true });
}

/** Every `shard.json` at most three folders below `dir` (artifacts download into a folder each). */
async function bundleFiles(dir: string, depth = 3): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found = entries.filter((e) => e.isFile() && e.name === BUNDLE_FILE).map((e) => path.join(dir, e.name));
  if (depth === 0) return found;
  // a folder whose name starts with a dot is a bundle being written (or left by a run that was killed)
  for (const e of entries)
    if (e.isDirectory() && !e.name.startsWith('.'))
      found.push(...(await bundleFiles(path.join(dir, e.name), depth - 1)));
  return found;
}

export interface ReadBundle {
  bundle: ShardBundle;
  /** The folder holding it, for messages. */
  dir: string;
}

async function readBundle(file: string): Promise<ReadBundle> {
  const dir = path.dirname(file);
  const bundle = JSON.parse(await readFile(file, 'utf8')) as ShardBundle;
  if (bundle.version !== 1 || !bundle.shard || !Array.isArray(bundle.planned))
    throw new ConfigurationError(`${file} is not a stac-ingest shard bundle (version 1)`);
  if (!(await stat(path.join(dir, DOCUMENTS_FILE)).catch(() => undefined))?.isFile())
    throw new ConfigurationError(`${dir} has no ${DOCUMENTS_FILE}`);
  return { bundle, dir };
}

/** The documents of a bundle, one at a time (each line checked against the first read when `pass` is given). */
export async function* bundleDocuments({ dir }: ReadBundle, pass?: ReadPass): AsyncGenerator<LoadedDoc> {
  const file = path.join(dir, DOCUMENTS_FILE);
  for await (const { text } of readLines(file, file)) {
    if (text.trim() === '') continue;
    pass?.see(Buffer.from(text), file);
    const d = parseJson(text) as { origin: LoadedDoc['origin']; doc: StacObject };
    yield { origin: d.origin, doc: d.doc };
  }
}

/** Reads every bundle under `dir` (its shard.json; its documents are read by {@link bundleDocuments}). */
export async function readShardBundles(dir: string): Promise<ReadBundle[]> {
  const files = await bundleFiles(dir);
  if (files.length === 0)
    throw new ConfigurationError(`no shard bundles (shard.json) under ${dir}`, {
      hint: 'run `stac-ingest run --shard k/n` in each matrix job and download their artifacts there',
    });
  return Promise.all(files.sort().map(readBundle));
}

function sameKeys(a: string[], b: string[]): { missing: string[]; extra: string[] } {
  const count = new Map<string, number>();
  for (const k of a) count.set(k, (count.get(k) ?? 0) + 1);
  const extra: string[] = [];
  for (const k of b) {
    const n = count.get(k) ?? 0;
    if (n === 0) extra.push(k);
    else count.set(k, n - 1);
  }
  const missing = [...count].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { missing, extra };
}

const few = (keys: string[]) => keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');

/**
 * What is wrong with a set of bundles for this manifest and plan (`planned`: plannedKeys of the whole work):
 * one bundle per shard 1..n of one n, the same manifest, each shard holding exactly its part of the plan, and
 * no document in two places. Empty when they can be published as one run.
 */
export function checkShards(read: ReadBundle[], planned: string[], digest: string): string[] {
  const problems: string[] = [];
  const count = read[0]?.bundle.shard.count ?? 0;
  const seen = new Map<number, string>();
  for (const { bundle, dir } of read) {
    const { index, count: n } = bundle.shard;
    if (n !== count) problems.push(`${dir} is shard ${index} of ${n}, others are of ${count}`);
    else if (seen.has(index)) problems.push(`shard ${index} of ${n} is there twice: ${seen.get(index)} and ${dir}`);
    seen.set(index, dir);
    if (bundle.manifestSha256 !== digest) problems.push(`${dir} was made from a different manifest`);
  }
  for (let k = 1; k <= count; k++) if (!seen.has(k)) problems.push(`shard ${k} of ${count} is missing`);
  if (problems.length > 0) return problems;
  for (const { bundle, dir } of read) {
    const expected = planned.filter((key) => shardOf(key, count) === bundle.shard.index);
    const { missing, extra } = sameKeys(expected, bundle.planned);
    if (missing.length) problems.push(`${dir} did not do ${missing.length} planned object(s): ${few(missing)}`);
    if (extra.length) problems.push(`${dir} did ${extra.length} object(s) the plan does not have: ${few(extra)}`);
  }
  return problems;
}

/**
 * What the documents of the bundles break: a bundle holding another number of documents than its shard.json says,
 * a document in two places. `see` takes each document of one read of them, `problems` says what it found; `close`
 * removes the key set's file.
 */
function documentChecks(read: ReadBundle[]) {
  const holders = new SpilledKeySet();
  const found: string[] = [];
  const counts = new Map<ReadBundle, number>();
  return {
    see: (d: LoadedDoc, b: ReadBundle) => {
      counts.set(b, (counts.get(b) ?? 0) + 1);
      const key = keyOfDocument(d.doc);
      const other = key === undefined ? undefined : holders.addOrGet(key, b.dir);
      if (other !== undefined)
        found.push(`${key} is in ${other === b.dir ? `${b.dir} twice` : `${other} and ${b.dir}`}`);
    },
    close: () => holders.close(),
    problems: (): string[] => {
      const wrong = read.filter((b) => (counts.get(b) ?? 0) !== b.bundle.documents);
      return [
        ...wrong.map(
          (b) =>
            `${b.dir}: ${DOCUMENTS_FILE} holds ${counts.get(b) ?? 0} documents, shard.json says ${b.bundle.documents}`,
        ),
        ...found,
      ];
    },
  };
}

/** The keys of every planned object of the work ({@link plannedKeys}), its streamed sources read for theirs. */
async function plannedKeysRead(work: RunWork): Promise<string[]> {
  const keys = plannedKeys(work);
  for (const s of work.streams ?? []) {
    for (const d of s.held) keys.push(docKey(d));
    for await (const d of s.items()) keys.push(docKey(d));
  }
  return keys;
}

/**
 * `publish-shards`: the documents of the bundles under `dir`, once they account for the whole plan (`work`, the
 * full run's) exactly once, read each time they are used (checked and counted now); plus the DPS outputs uploaded
 * for the DPS generator, which no shard carries, held. Throws every problem found, as configuration errors.
 */
export async function readShards(
  dir: string,
  manifestPath: string,
  work: RunWork,
): Promise<{ stream: StreamedDocs; held: LoadedDoc[] }> {
  const read = await readShardBundles(dir);
  const fail = (problems: string[]) => {
    if (problems.length > 0) throw new ConfigurationErrors(problems.map((m) => new ConfigurationError(m)));
  };
  fail(checkShards(read, await plannedKeysRead(work), await manifestDigest(manifestPath)));
  const passes = new DocumentPasses('publish-shards', dir);
  let reading: ReadBundle | undefined;
  const docs = async function* (): AsyncGenerator<LoadedDoc> {
    const pass = passes.begin();
    for (const b of read) {
      reading = b;
      yield* bundleDocuments(b, pass);
    }
    pass.end();
  };
  const checks = documentChecks(read);
  let stream: StreamedDocs;
  try {
    stream = await countedStream(docs, (d) => checks.see(d, reading!));
  } finally {
    checks.close();
  }
  fail(checks.problems());
  return { stream, held: work.docs.filter((d) => work.uploaded.has(d)) };
}
