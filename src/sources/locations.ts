import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseS3Url, type ObjectReader } from '../clients/s3.js';
import { displayPath } from './files.js';
import { ConfigurationError } from '../errors.js';
import { parseJsonText, stripBom } from './json-text.js';
import type { PathGuard } from '../security/workspace.js';

/**
 * A place a document is read from: an absolute local path, an `http(s)://` URL or an `s3://bucket/key` URL.
 * Relative hrefs resolve against the document holding them, like pystac does.
 */
export type Location = string;

export interface ReadDeps {
  /** Needed for s3:// locations. */
  s3?: ObjectReader;
  /** Needed for http(s):// locations; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Checks local paths before they are read (workspace containment); none: any path is read. */
  guard?: PathGuard;
}

const SCHEME_RE = /^([a-z][a-z0-9+.-]*):\/\//i;

export type LocationKind = 'local' | 'http' | 's3';

export function locationKind(loc: Location): LocationKind {
  const scheme = SCHEME_RE.exec(loc)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'file') return 'local';
  if (scheme === 'http' || scheme === 'https') return 'http';
  if (scheme === 's3') return 's3';
  throw new UnsupportedLocationError(loc);
}

export class UnsupportedLocationError extends Error {
  override readonly name = 'UnsupportedLocationError';
  constructor(readonly location: string) {
    super(`'${location}' uses a scheme we cannot read (supported: paths, file://, http(s)://, s3://)`);
  }
}

/** A location could not be read; `notFound` tells a missing document from other failures. */
export class LocationReadError extends Error {
  override readonly name = 'LocationReadError';
  constructor(
    message: string,
    readonly notFound: boolean,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** A manifest value (path relative to `baseDir`, file://, http(s)://, s3://) as a Location. */
export function toLocation(value: string, baseDir: string): Location {
  if (value.toLowerCase().startsWith('file://')) return fileURLToPath(value);
  return SCHEME_RE.test(value) ? value : path.resolve(baseDir, value);
}

/** `href` as found in the document at `base`, made absolute (fragments dropped). */
export function resolveHref(href: string, base: Location): Location {
  const clean = href.split('#')[0] ?? '';
  if (SCHEME_RE.test(clean)) return clean.toLowerCase().startsWith('file://') ? fileURLToPath(clean) : clean;
  const kind = locationKind(base);
  if (kind === 'local') return path.resolve(path.dirname(base), clean);
  if (kind === 's3') {
    const { bucket, key } = parseS3Url(base) ?? { bucket: '', key: '' };
    const joined = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(key), clean);
    return `s3://${bucket}/${path.posix.normalize(joined).replace(/^(\.\.\/)+/, '')}`;
  }
  return new URL(clean, base).href;
}

/** How a location is named in findings: local paths relative to `baseDir`, URLs as they are. */
export function displayLocation(loc: Location, baseDir: string): string {
  return locationKind(loc) === 'local' ? displayPath(loc, baseDir) : loc;
}

export async function readLocation(loc: Location, deps: ReadDeps): Promise<Buffer> {
  const kind = locationKind(loc);
  if (kind === 'local') {
    const refused = deps.guard ? await deps.guard(loc) : undefined;
    if (refused !== undefined) throw new LocationReadError(refused, false);
    try {
      return await readFile(loc);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new LocationReadError(code === 'ENOENT' ? 'no such file' : (code ?? String(err)), code === 'ENOENT', {
        cause: err,
      });
    }
  }
  if (kind === 'http') {
    const doFetch = deps.fetch ?? fetch;
    let res: Response;
    try {
      res = await doFetch(loc, { redirect: 'follow' });
    } catch (err) {
      throw new LocationReadError(`request failed: ${err instanceof Error ? err.message : String(err)}`, false, {
        cause: err,
      });
    }
    if (!res.ok) {
      await res.arrayBuffer().catch(() => undefined);
      throw new LocationReadError(
        `HTTP ${res.status} ${res.statusText}`.trim(),
        res.status === 404 || res.status === 410,
      );
    }
    return Buffer.from(await res.arrayBuffer());
  }
  const parsed = parseS3Url(loc);
  if (parsed === undefined || parsed.key === '')
    throw new LocationReadError(`'${loc}' is not an s3://bucket/key URL`, false);
  if (deps.s3 === undefined) throw new LocationReadError('no S3 client was configured to read s3:// locations', false);
  try {
    return await deps.s3.get(parsed.bucket, parsed.key);
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    throw new LocationReadError(
      `${name || 'S3 error'}: ${err instanceof Error ? err.message : String(err)}`,
      name === 'NoSuchKey' || name === 'NotFound',
      { cause: err },
    );
  }
}

export async function readLocationText(loc: Location, deps: ReadDeps): Promise<string> {
  return (await readLocation(loc, deps)).toString('utf8');
}

/** Every file under a local directory, as paths relative to it with `/`, sorted (like an S3 listing). */
export async function listLocalFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads and parses the JSON at a location. Unreadable is a ConfigurationError naming `what` and the file;
 * invalid JSON one naming the line and column.
 */
export async function readJsonLocation(
  loc: Location,
  baseDir: string,
  entry: string,
  deps: ReadDeps,
  what: string,
  hint?: string,
): Promise<{ value: unknown; file: string; text: string }> {
  const file = displayLocation(loc, baseDir);
  let text: string;
  try {
    text = stripBom(await readLocationText(loc, deps));
  } catch (err) {
    if (!(err instanceof LocationReadError)) throw err;
    throw new ConfigurationError(`${what} ${file} cannot be read: ${err.message}`, {
      location: { file, entry },
      ...(hint !== undefined ? { hint } : {}),
      cause: err,
    });
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry },
    });
  return { value: parsed.value, file, text };
}
