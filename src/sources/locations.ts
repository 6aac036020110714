import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseS3Url } from '../model/s3-url.js';
import { displayPath } from './files.js';

/**
 * A place a document is read from: an absolute local path, an `http(s)://` URL or an `s3://bucket/key` URL.
 * Relative hrefs resolve against the document holding them, like pystac does.
 */
export type Location = string;

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

/** Every file under a local directory, as paths relative to it with `/`, sorted (like an S3 listing). */
export async function listLocalFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
