import { open, readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { LoadedDoc, Origin, SourceDoc, StacObject } from '../model/stac.js';
import { ConfigurationError, type SourceLocation } from '../errors.js';
import { decodeUtf8 } from '../utf8.js';
import { JsonScanError, JsonScanner, MAX_DOCUMENT_BYTES, parseJsonText } from './json-text.js';
import { formatBytes, readLineBlocks } from './lines.js';
import { parseUnit, unitsOf } from './units.js';
import { changedBetweenReads } from './read-passes.js';

export const ITEM_FILE_EXTENSIONS = ['.json', '.geojson', '.ndjson', '.jsonl'] as const;

/** Size limits of one read (tests lower them). */
export interface ReadLimits {
  /** The largest single document (default {@link MAX_DOCUMENT_BYTES}). */
  maxDocumentBytes?: number;
  /** JSON files up to this size are parsed whole; larger ones are scanned member by member (default 1 MiB). */
  wholeFileBytes?: number;
}

const WHOLE_FILE_BYTES = 1 << 20;

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path as shown to the user: relative to baseDir with forward slashes, or absolute when outside it. */
export function displayPath(abs: string, baseDir: string): string {
  const rel = relative(baseDir, abs).split('\\').join('/');
  return rel === '' ? abs : rel;
}

function unreadable(file: string, entry: string, err: unknown): ConfigurationError {
  const code = (err as NodeJS.ErrnoException).code;
  return new ConfigurationError(
    `${file} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`,
    {
      location: { file, entry },
      cause: err,
    },
  );
}

function tooLarge(
  file: string,
  what: string,
  bytes: number,
  max: number,
  location: SourceLocation,
): ConfigurationError {
  return new ConfigurationError(
    `${file}: ${what} is ${formatBytes(bytes)}, over ${formatBytes(max)}, the largest document stac-ingest reads`,
    {
      location,
      hint: 'split it: one item per line in an .ndjson file, or the items as members of a FeatureCollection',
    },
  );
}

/**
 * Read a JSON file and parse it, with syntax errors located at file:line:column (and bytes that are not UTF-8 at
 * file:line and byte offset).
 * `file` is the name used in errors. A file over the document size cap is an error, not a crash.
 */
export async function readJsonFile(
  absPath: string,
  file: string,
  entry: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<unknown> {
  let text: string;
  try {
    const size = (await stat(absPath)).size;
    if (size > maxBytes) throw tooLarge(file, 'the file', size, maxBytes, { file, entry });
    text = decodeUtf8(await readFile(absPath), { file, entry });
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw unreadable(file, entry, err);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry },
    });
  }
  return parsed.value;
}

/** Checks a matched file before it is read (workspace containment): throws to refuse it. */
export type MatchCheck = (abs: string, pattern: number) => Promise<void>;

/**
 * The files matched by globs (relative to baseDir), in pattern order, sorted within a pattern, each once; each is
 * checked with `check` (symlinks are followed by the glob, so the check sees where a match really leads). A pattern
 * matching nothing is an error naming the setting (`what`) and an example pattern.
 */
export async function matchFiles(
  patterns: readonly string[],
  baseDir: string,
  entry: string,
  check?: MatchCheck,
  what: { setting: string; example: string } = { setting: 'files', example: '`items/*.json` or `items/**/*.ndjson`' },
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const [index, pattern] of patterns.entries()) {
    const matches = (
      await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false })
    ).sort();
    if (matches.length === 0) {
      throw new ConfigurationError(`${what.setting} pattern '${pattern}' matches no files`, {
        location: { entry },
        hint: `patterns are relative to the manifest directory, e.g. ${what.example}`,
      });
    }
    for (const m of matches) {
      const abs = resolve(m);
      await check?.(abs, index);
      if (!seen.has(abs)) {
        seen.add(abs);
        files.push(abs);
      }
    }
  }
  return files;
}

/**
 * What a source read each time it is used remembers of its files from the first read: which files matched, and
 * each one's size, modification time and inode. A later read of a file that differs, or of a different set of
 * files, is refused: the documents validated would not be those written or published.
 */
export class FilePasses {
  private files: string[] | undefined;
  private readonly stamps = new Map<string, string>();

  /** `show`: a path as messages name it. */
  constructor(private readonly show: (abs: string) => string) {}

  /** The files this read matched: the first read's list, or an error naming what changed. */
  sameFiles(files: readonly string[], entry: string): void {
    if (this.files === undefined) {
      this.files = [...files];
      return;
    }
    const added = files.find((f) => !this.files!.includes(f));
    const gone = this.files.find((f) => !files.includes(f));
    const odd = added ?? gone;
    if (odd === undefined) return;
    throw this.changed(this.show(odd), entry, added !== undefined ? 'appeared after the first read' : 'is gone');
  }

  /** Before and after each read of a file: the same size, modification time and inode as at its first read. */
  async check(abs: string, entry: string): Promise<void> {
    const st = await stat(abs, { bigint: true }).catch(() => undefined);
    const stamp = st ? `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : 'missing';
    const first = this.stamps.get(abs);
    if (first === undefined) this.stamps.set(abs, stamp);
    else if (first !== stamp) throw this.changed(this.show(abs), entry, 'changed');
  }

  private changed(file: string, entry: string, what: string): ConfigurationError {
    return changedBetweenReads(file, entry, what);
  }
}

/** `files` read one after the other, each checked against `passes` before and after it is read. */
async function* passFiles<T>(
  files: string[],
  entry: string,
  passes: FilePasses | undefined,
  read: (abs: string) => AsyncIterable<T>,
): AsyncGenerator<T> {
  passes?.sameFiles(files, entry);
  for (const abs of files) {
    await passes?.check(abs, entry);
    yield* read(abs);
    await passes?.check(abs, entry);
  }
}

/**
 * Items from files matched by globs (relative to baseDir): `.json`/`.geojson` hold one STAC object or a
 * FeatureCollection / ItemCollection (each feature becomes a doc at `/features/i`); `.ndjson`/`.jsonl` hold
 * one item per line. Files come in pattern order, sorted within a pattern, each file once.
 */
export async function* itemFilesDocs(
  patterns: string[],
  baseDir: string,
  entry: string,
  limits: ReadLimits = {},
  check?: MatchCheck,
  passes?: FilePasses,
): AsyncGenerator<LoadedDoc> {
  const files = await matchFiles(patterns, baseDir, entry, check);
  yield* passFiles(files, entry, passes, (abs) => itemFileDocs(abs, baseDir, entry, limits));
}

/** {@link itemFilesDocs} as units: NDJSON files in blocks of lines, parsed where they are checked. */
export async function* itemFilesUnits(
  patterns: string[],
  baseDir: string,
  entry: string,
  limits: ReadLimits = {},
  check?: MatchCheck,
  passes?: FilePasses,
): AsyncGenerator<SourceDoc> {
  const files = await matchFiles(patterns, baseDir, entry, check);
  yield* passFiles(files, entry, passes, (abs) => itemFileUnits(abs, baseDir, entry, limits));
}

/** {@link itemFilesDocs}, collected. */
export async function readItemFiles(
  patterns: string[],
  baseDir: string,
  entry: string,
  limits: ReadLimits = {},
  check?: MatchCheck,
): Promise<LoadedDoc[]> {
  const docs: LoadedDoc[] = [];
  for await (const d of itemFilesDocs(patterns, baseDir, entry, limits, check)) docs.push(d);
  return docs;
}

/**
 * The documents of one item file, chosen by its extension: an NDJSON file in blocks of lines (parsed
 * where they are checked, see units.ts), a JSON file parsed, one document at a time.
 */
export async function* itemFileUnits(
  abs: string,
  baseDir: string,
  entry: string,
  limits: ReadLimits = {},
): AsyncGenerator<SourceDoc> {
  const file = displayPath(abs, baseDir);
  const ext = extname(abs).toLowerCase();
  if (ext === '.json' || ext === '.geojson') yield* jsonFileDocs(abs, file, entry, limits);
  else if (ext === '.ndjson' || ext === '.jsonl') yield* ndjsonUnits(abs, file, entry, limits);
  else
    throw new ConfigurationError(
      `${file}: files sources take ${ITEM_FILE_EXTENSIONS.join(', ')} files, not '${ext || 'no extension'}'`,
      {
        location: { file, entry },
        hint: 'narrow the glob, e.g. `items/*.json` instead of `items/*`',
      },
    );
}

/** {@link itemFileUnits}, parsed. */
export async function* itemFileDocs(
  abs: string,
  baseDir: string,
  entry: string,
  limits: ReadLimits = {},
): AsyncGenerator<LoadedDoc> {
  for await (const block of itemFileUnits(abs, baseDir, entry, limits))
    for (const unit of unitsOf(block)) yield parseUnit(unit);
}

function notStacObject(file: string, value: unknown, entry: string): ConfigurationError {
  return new ConfigurationError(
    `${file} holds ` +
      `${Array.isArray(value) ? 'a JSON array' : `a JSON ${value === null ? 'null' : typeof value}`}, ` +
      `not a STAC object`,
    {
      location: { file, pointer: '', entry },
      hint: 'a .json file holds one STAC object or a FeatureCollection of items; use .ndjson for one item per line',
    },
  );
}

function featureDoc(feature: unknown, i: number, file: string, abs: string, entry: string): LoadedDoc {
  const pointer = `/features/${i}`;
  if (!isObject(feature))
    throw new ConfigurationError(`${file}: features[${i}] is not a JSON object`, {
      location: { file, pointer, entry },
    });
  return { doc: feature, origin: { file, absolutePath: abs, entry, pointer } };
}

async function* jsonFileDocs(abs: string, file: string, entry: string, limits: ReadLimits): AsyncGenerator<LoadedDoc> {
  let size: number;
  try {
    size = (await stat(abs)).size;
  } catch (err) {
    throw unreadable(file, entry, err);
  }
  if (size > (limits.wholeFileBytes ?? WHOLE_FILE_BYTES)) {
    yield* scannedJsonDocs(abs, file, entry, limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
    return;
  }
  const value = await readJsonFile(abs, file, entry, limits.maxDocumentBytes);
  if (!isObject(value)) throw notStacObject(file, value, entry);
  if (value['type'] !== 'FeatureCollection') {
    const origin: Origin = { file, absolutePath: abs, entry };
    yield { doc: value, origin };
    return;
  }
  const features = value['features'];
  if (!Array.isArray(features)) {
    throw new ConfigurationError(`${file} is a FeatureCollection without a \`features\` list`, {
      location: { file, pointer: '/features', entry },
    });
  }
  for (let i = 0; i < features.length; i++) yield featureDoc(features[i], i, file, abs, entry);
}

/** What a scan of a large JSON file found at its top level. */
interface TopLevel {
  /** The first byte of the root value: '{', '[' or another. */
  root: string | undefined;
  type: unknown;
  /** The first byte of `features`, when there is one. */
  features: string | undefined;
  /** Whether the members of `features` were yielded (its `type` came first). */
  streamed: boolean;
}

/**
 * A JSON file too large to parse whole: a FeatureCollection yields its members one at a time (each
 * under the document cap); anything else must itself be under the cap. Reading `features` needs
 * `type` first; when `features` comes before `type` in the file, a second pass reads the members.
 */
async function* scannedJsonDocs(abs: string, file: string, entry: string, max: number): AsyncGenerator<LoadedDoc> {
  const top: TopLevel = { root: undefined, type: undefined, features: undefined, streamed: false };
  yield* scanJsonFile(abs, file, entry, max, top, false);
  if (top.root === '[') throw notStacObject(file, [], entry);
  if (top.root === '{' && top.type === 'FeatureCollection') {
    if (top.features !== '[')
      throw new ConfigurationError(`${file} is a FeatureCollection without a \`features\` list`, {
        location: { file, pointer: '/features', entry },
      });
    if (!top.streamed) yield* scanJsonFile(abs, file, entry, max, top, true);
    return;
  }
  const value = await readJsonFile(abs, file, entry, max);
  if (!isObject(value)) throw notStacObject(file, value, entry);
  yield { doc: value, origin: { file, absolutePath: abs, entry } };
}

/** Reads a file chunk by chunk (fresh buffers: the caller may keep them). */
async function* chunksOf(abs: string, file: string, entry: string): AsyncGenerator<Buffer> {
  let handle;
  try {
    handle = await open(abs, 'r');
  } catch (err) {
    throw unreadable(file, entry, err);
  }
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** The chunks of a file still needed to cut out a value that started at some offset. */
class ChunkWindow {
  private chunks: { buf: Buffer; offset: number }[] = [];
  add(buf: Buffer, offset: number, keepFrom: number): void {
    this.chunks = this.chunks.filter((c) => c.offset + c.buf.length > keepFrom);
    this.chunks.push({ buf, offset });
  }
  slice(from: number, to: number): Buffer {
    const parts = this.chunks
      .filter((c) => c.offset < to && c.offset + c.buf.length > from)
      .map((c) => c.buf.subarray(Math.max(0, from - c.offset), Math.min(c.buf.length, to - c.offset)));
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }
}

/**
 * One streaming pass over a JSON file: records its top level in `top` and yields the members of
 * `features` when `type` is already known to be FeatureCollection (or `featuresKnown`).
 */
async function* scanJsonFile(
  abs: string,
  file: string,
  entry: string,
  max: number,
  top: TopLevel,
  featuresKnown: boolean,
): AsyncGenerator<LoadedDoc> {
  const ready: LoadedDoc[] = [];
  const window = new ChunkWindow();
  const open = { start: -1, line: 0, index: 0 };
  let typeStart = -1;
  const member = (index: number): SourceLocation => ({ file, line: open.line, pointer: `/features/${index}`, entry });
  const scanner: JsonScanner = new JsonScanner({
    value(depth, offset) {
      const first = () => window.slice(offset, offset + 1).toString('latin1');
      const key = scanner.segments[0];
      if (depth === 0) top.root = first();
      else if (depth === 1 && key === 'type') typeStart = offset;
      else if (depth === 1 && key === 'features') {
        top.features = first();
        top.streamed = featuresKnown || top.type === 'FeatureCollection';
      } else if (depth === 2 && key === 'features' && top.streamed && top.features === '[') {
        Object.assign(open, { start: offset, line: scanner.line, index: scanner.segments[1] as number });
      }
    },
    end(depth, endOffset) {
      if (depth === 1 && typeStart >= 0) {
        if (endOffset - typeStart <= 1024) top.type = JSON.parse(window.slice(typeStart, endOffset).toString('utf8'));
        typeStart = -1;
      }
      if (depth !== 2 || open.start < 0) return;
      if (endOffset - open.start > max)
        throw tooLarge(file, `features[${open.index}]`, endOffset - open.start, max, member(open.index));
      const place = { file, entry, line: open.line, offset: open.start };
      const parsed = parseJsonText(decodeUtf8(window.slice(open.start, endOffset), place));
      if (!parsed.ok)
        throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
          location: { file, line: open.line + parsed.line - 1, entry },
        });
      ready.push(featureDoc(parsed.value, open.index, file, abs, entry));
      open.start = -1;
    },
  });
  let offset = 0;
  try {
    for await (const chunk of chunksOf(abs, file, entry)) {
      window.add(chunk, offset, Math.min(...[open.start, typeStart, offset].filter((o) => o >= 0)));
      const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
      scanner.feed(chunk, bom);
      offset += chunk.length;
      if (open.start >= 0 && offset - open.start > max)
        throw tooLarge(file, `features[${open.index}]`, offset - open.start, max, member(open.index));
      yield* ready.splice(0);
    }
    scanner.finish();
  } catch (err) {
    if (err instanceof JsonScanError)
      throw new ConfigurationError(`${file} is not valid JSON: ${err.message}`, {
        location: { file, line: err.line, entry },
      });
    throw err;
  }
}

async function* ndjsonUnits(abs: string, file: string, entry: string, limits: ReadLimits): AsyncGenerator<SourceDoc> {
  try {
    const maxLineBytes = limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
    for await (const block of readLineBlocks(abs, file, { maxLineBytes }))
      yield { block, origin: { file, absolutePath: abs, entry } };
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw unreadable(file, entry, err);
  }
}

/** What reading paths reports besides documents. */
export interface PathsReport {
  /** A path or file that could not be read; the others are still read. */
  error(err: ConfigurationError): void;
  /** A JSON file found in a directory that is not STAC (e.g. package.json), left out. */
  skipped(file: string): void;
}

/** A JSON object that is no STAC document at all: neither `type` nor `stac_version`. */
const notStac = (doc: StacObject): boolean => !('type' in doc) && !('stac_version' in doc);

/**
 * The STAC documents under the given paths, one at a time: files as given, directories searched for
 * *.json, *.geojson, *.ndjson and *.jsonl (JSON files there that are not STAC, such as package.json,
 * are skipped and reported). A path or file that cannot be read is reported and the others are still
 * read, so one run reports every broken file.
 */
export async function* stacPathsUnits(
  paths: string[],
  baseDir: string,
  report: PathsReport,
): AsyncGenerator<SourceDoc> {
  for (const p of paths) {
    const abs = resolve(baseDir, p);
    const st = await stat(abs).catch(() => undefined);
    if (!st) {
      report.error(new ConfigurationError(`${p} does not exist (give STAC files or directories holding them)`));
      continue;
    }
    const files = st.isDirectory()
      ? (await glob('**/*.{json,geojson,ndjson,jsonl}', { cwd: abs, absolute: true, onlyFiles: true })).sort()
      : [abs];
    if (files.length === 0)
      report.error(new ConfigurationError(`${p} holds no *.json, *.geojson, *.ndjson or *.jsonl files`));
    for (const file of files) {
      try {
        for await (const d of itemFileUnits(file, baseDir, '')) {
          if (st.isDirectory() && d.doc !== undefined && d.origin.pointer === undefined && notStac(d.doc))
            report.skipped(d.origin.file);
          else yield d;
        }
      } catch (err) {
        if (!(err instanceof ConfigurationError)) throw err;
        report.error(err);
      }
    }
  }
}
