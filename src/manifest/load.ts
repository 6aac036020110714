import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { ConfigurationError, ConfigurationErrors, type SourceLocation } from '../errors.js';
import { decodeUtf8 } from '../utf8.js';
import { defaultMessageMap, issueProblems, type ManifestProblem } from './issues.js';
import { formatPath } from './messages.js';
import { lookup, offsetPosition, positionOf, type Position } from './positions.js';
import { isLocalPackagePath, manifestSchema, type Manifest } from './schema.js';

export const DEFAULT_MANIFEST_NAME = 'stac-ingest.yaml';
/** The largest manifest read: parsing YAML takes ~40 bytes of memory per byte of text (a 50 MB one took 2 GB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export type ManifestPath = readonly (string | number)[];

export interface LoadedManifest {
  manifest: Manifest;
  /** Absolute path of the manifest file. */
  path: string;
  /** Absolute directory of the manifest; relative paths in the manifest are resolved against it. */
  dir: string;
  /** The manifest path as shown in messages and annotations (relative to the working directory when inside it). */
  displayPath: string;
  /** Line/column (1-based) of the YAML value at a manifest path, e.g. `['sources', 0, 'stactools', 'rows']`. */
  locate(path: ManifestPath): Position | undefined;
  /** A SourceLocation for a manifest path (falls back to the nearest enclosing node). */
  locationOf(path: ManifestPath, entry?: string): SourceLocation;
}

export interface LoadManifestOptions {
  /**
   * Directory relative paths are resolved against and display paths are made relative to. Defaults
   * to `process.cwd()`.
   */
  cwd?: string;
}

function displayPathOf(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

async function kindOf(path: string): Promise<'file' | 'dir' | 'other' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return undefined;
  }
}

/**
 * Read, parse and validate a manifest. A directory means its `stac-ingest.yaml`.
 * Throws ConfigurationError when the file is missing, ConfigurationErrors (one per problem, each located at
 * file:line:column) for YAML syntax errors and schema violations.
 */
export async function loadManifest(path: string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  const cwd = options.cwd ?? process.cwd();
  let abs = resolve(cwd, path);
  let kind = await kindOf(abs);
  if (kind === 'dir') {
    abs = join(abs, DEFAULT_MANIFEST_NAME);
    kind = await kindOf(abs);
  }
  const displayPath = displayPathOf(abs, cwd);
  if (kind === 'file' && (await stat(abs)).size > MAX_MANIFEST_BYTES)
    throw new ConfigurationError(`manifest ${displayPath} is over ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`, {
      location: { file: displayPath },
      hint: 'a manifest names its inputs; put items, rows and catalogs in files of their own',
    });
  if (kind !== 'file') {
    throw new ConfigurationError(
      kind === undefined ? `manifest not found: ${displayPath}` : `manifest ${displayPath} is not a file`,
      {
        location: { file: displayPath },
        hint:
          `create ${DEFAULT_MANIFEST_NAME} (see the README's manifest reference), or pass its ` +
          `path with --manifest (the \`manifest\` input of the Action)`,
      },
    );
  }
  const text = decodeUtf8(await readFile(abs), { file: displayPath });
  const parsed = parseManifest(text, displayPath);
  return { ...parsed, path: abs, dir: dirname(abs), displayPath };
}

/** Parse and validate manifest text; `file` is only used in locations. */
export function parseManifest(text: string, file: string): Pick<LoadedManifest, 'manifest' | 'locate' | 'locationOf'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigurationErrors(
      doc.errors.map(
        (e) =>
          new ConfigurationError(`YAML syntax error: ${e.message}`, {
            location: { file, ...offsetPosition(e.pos[0], lineCounter) },
          }),
      ),
    );
  }
  const data = manifestData(doc, lineCounter, file);
  if (data === null || data === undefined) {
    throw new ConfigurationErrors([
      new ConfigurationError('the manifest is empty', {
        location: { file, line: 1, column: 1 },
        hint: 'start it with `version: 1`',
      }),
    ]);
  }
  const result = manifestSchema.safeParse(data, { error: defaultMessageMap });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueProblems(issue, data));
    throw new ConfigurationErrors(sortedUnique(problems.map((p) => problemError(p, doc, lineCounter, file))));
  }
  const locate = (p: ManifestPath): Position | undefined => {
    const found = lookup(doc, p);
    return found.node ? positionOf(found.node, lineCounter) : undefined;
  };
  const locationOf = (p: ManifestPath, entry?: string): SourceLocation => {
    const loc: SourceLocation = { file, ...positionOf(lookup(doc, p).deepest, lineCounter) };
    if (entry !== undefined) loc.entry = entry;
    return loc;
  };
  return { manifest: result.data, locate, locationOf };
}

/**
 * The manifest as data. Expanding aliases can blow up (a YAML alias bomb: yaml stops it after too many alias
 * expansions): that error is located at the first alias of the document.
 */
function manifestData(doc: Document, lineCounter: LineCounter, file: string): unknown {
  try {
    return doc.toJS();
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    let first: Alias | undefined;
    visit(doc, {
      Alias: (_key, node) => {
        first = node;
        return visit.BREAK;
      },
    });
    throw new ConfigurationErrors([
      new ConfigurationError(`YAML aliases expand too far: ${err.message}`, {
        location: { file, ...positionOf(first, lineCounter) },
        hint: 'write the values out instead of nesting aliases (*name) that expand into each other',
        cause: err,
      }),
    ]);
  }
}

function problemError(
  problem: ManifestProblem,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): ConfigurationError {
  let found = lookup(doc, problem.path);
  if (problem.atKey !== undefined) {
    const keyed = lookup(doc, [...problem.path, problem.atKey]);
    if (keyed.key) found = { ...keyed, node: keyed.key };
  }
  // A missing key: point at the mapping that should hold it.
  const position = positionOf(found.node ?? found.deepest, lineCounter);
  const options: { location: SourceLocation; hint?: string } = { location: { file, ...position } };
  if (problem.hint !== undefined) options.hint = problem.hint;
  return new ConfigurationError(problem.message, options);
}

function sortedUnique(errors: ConfigurationError[]): ConfigurationError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const k = `${e.location?.line}:${e.location?.column}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

interface FileReference {
  path: ManifestPath;
  value: string;
  kind: 'file' | 'dir';
  what: string;
}

function fileReferences(manifest: Manifest): FileReference[] {
  const refs: FileReference[] = [];
  manifest.collections.forEach((c, i) => {
    if (c.file !== undefined)
      refs.push({ path: ['collections', i, 'file'], value: c.file, kind: 'file', what: 'collection file' });
    const pkg = c.stactools?.package;
    if (pkg !== undefined && isLocalPackagePath(pkg) && !pkg.startsWith('file:')) {
      refs.push({
        path: ['collections', i, 'stactools', 'package'],
        value: pkg,
        kind: 'dir',
        what: 'local stactools package',
      });
    }
  });
  manifest.sources.forEach((s, i) => {
    if (s.stactools?.rows !== undefined)
      refs.push({
        path: ['sources', i, 'stactools', 'rows'],
        value: s.stactools.rows,
        kind: 'file',
        what: 'rows file',
      });
    const pkg = s.stactools?.package;
    if (pkg !== undefined && isLocalPackagePath(pkg) && !pkg.startsWith('file:')) {
      refs.push({
        path: ['sources', i, 'stactools', 'package'],
        value: pkg,
        kind: 'dir',
        what: 'local stactools package',
      });
    }
    if (s.catalog !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s.catalog)) {
      refs.push({ path: ['sources', i, 'catalog'], value: s.catalog, kind: 'file', what: 'catalog' });
    }
  });
  return refs;
}

/**
 * Check that the files the manifest names exist: collection `file`s, stactools `rows`, `catalog`s and local
 * package directories. Returns one located error per missing file (empty when all are there).
 */
export async function checkManifestFiles(loaded: LoadedManifest): Promise<ConfigurationError[]> {
  const errors: ConfigurationError[] = [];
  for (const ref of fileReferences(loaded.manifest)) {
    const abs = resolve(loaded.dir, ref.value);
    const kind = await kindOf(abs);
    if (kind === ref.kind) continue;
    const problem = kind === undefined ? 'not found' : `is not a ${ref.kind === 'dir' ? 'directory' : 'file'}`;
    errors.push(
      new ConfigurationError(`${formatPath(ref.path)}: ${ref.what} ${ref.value} ${problem}`, {
        location: loaded.locationOf(ref.path),
        hint: `resolved to ${abs}; paths are relative to the manifest's directory`,
      }),
    );
  }
  return errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}
