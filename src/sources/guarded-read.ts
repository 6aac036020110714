import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BodyTooLargeError, httpGet, RequestTimeoutError } from '../clients/http-get.js';
import type { ObjectReader } from '../clients/s3.js';
import { parseS3Url } from '../model/s3-url.js';
import { ConfigurationError, type SourceLocation } from '../errors.js';
import {
  addressRefusal,
  DEFAULT_FETCH_POLICY,
  fetchSettingName,
  FetchRefusedError,
  hostMatches,
  type FetchPolicy,
} from '../security/fetch-policy.js';
import type { PathGuard } from '../security/workspace.js';
import { decodeUtf8 } from '../utf8.js';
import { parseJsonText } from './json-text.js';
import { displayLocation, locationKind, LocationReadError, type Location } from './locations.js';

/**
 * Every read of a source goes through here, under the fetch policy: http(s) only to the hosts the source names
 * (and `fetch-hosts`), never to loopback, private or link-local addresses unless allowed (every address of the
 * host is checked, on every redirect hop; redirects are followed here, one by one), s3:// only under the folders
 * the source names, local files only from local documents (and inside the workspace: `guard`), each document
 * streamed under a size cap, each request and the whole source under a timeout, and at most so many
 * catalogs and items per source.
 */

export interface ReadDeps {
  /** Needed for s3:// locations. */
  s3?: ObjectReader;
  /** What remote reads may reach and take (default: DEFAULT_FETCH_POLICY). */
  fetchPolicy?: FetchPolicy;
  /** Checks local paths before they are read (workspace containment); none: any path is read. */
  guard?: PathGuard;
}

/** What one source may read, and what it has read so far. */
export interface SourceReads {
  s3?: ObjectReader;
  policy: FetchPolicy;
  guard?: PathGuard;
  /** Hosts of the http(s) locations the source names. */
  hosts: string[];
  /** `bucket/prefix/` of the s3:// locations the source names. */
  s3Prefixes: string[];
  counts: { catalogs: number; items: number };
  deadline?: AbortSignal;
}

const MAX_REDIRECTS = 5;

function s3Folder(loc: Location): string | undefined {
  const parsed = parseS3Url(loc);
  return parsed === undefined
    ? undefined
    : `${parsed.bucket}/${path.posix.dirname(parsed.key)}/`.replace(/\/\.\/$/, '/');
}

/**
 * The reads of one source: `declared` are the locations its manifest entry names (its catalog, met.json, collection,
 * metadata files); their hosts and S3 folders are what it may read, with `s3Prefixes` (`bucket/prefix/`) besides.
 */
export function openReads(deps: ReadDeps, declared: Location[], s3Prefixes: string[] = []): SourceReads {
  const hosts: string[] = [];
  const prefixes = [...s3Prefixes];
  for (const loc of declared) {
    const kind = locationKind(loc);
    if (kind === 'http') hosts.push(new URL(loc).hostname.toLowerCase());
    else if (kind === 's3') prefixes.push(s3Folder(loc) ?? '');
  }
  return {
    ...(deps.s3 ? { s3: deps.s3 } : {}),
    ...(deps.guard ? { guard: deps.guard } : {}),
    policy: deps.fetchPolicy ?? DEFAULT_FETCH_POLICY,
    hosts,
    s3Prefixes: prefixes.filter((p) => p !== ''),
    counts: { catalogs: 0, items: 0 },
  };
}

/** Counts one more catalog or item of the source; refuses past the cap. */
export function countRead(reads: SourceReads, what: 'catalogs' | 'items'): void {
  const max = what === 'catalogs' ? reads.policy.maxCatalogs : reads.policy.maxItems;
  reads.counts[what] += 1;
  if (reads.counts[what] <= max) return;
  const setting = what === 'catalogs' ? 'maxCatalogs' : 'maxItems';
  throw new FetchRefusedError(
    `more than ${max} ${what === 'catalogs' ? 'catalogs and collections' : 'items'} in one source`,
    setting === 'maxCatalogs' ? 'max-catalogs' : 'max-items',
    `${fetchSettingName(setting)} raises the cap`,
  );
}

async function readLocal(loc: Location, from: Location | undefined, reads: SourceReads): Promise<Buffer> {
  if (from !== undefined && locationKind(from) !== 'local')
    throw new FetchRefusedError(
      `${from} is a remote document; it may not link to the local file ${loc}`,
      'scheme',
      'remote catalogs link to http(s):// and s3:// documents only; nothing allows local files',
    );
  const refused = reads.guard ? await reads.guard(loc) : undefined;
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

function checkHost(url: URL, reads: SourceReads): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusedError(`${url.href} is not http(s)`, 'scheme', 'redirects may lead to http(s):// only');
  const host = url.hostname;
  if (reads.hosts.includes(host.toLowerCase()) || hostMatches(host, reads.policy.hosts)) return;
  throw new FetchRefusedError(
    `${host} is not a host this source names (${reads.hosts.join(', ') || 'none'})`,
    'host',
    `${fetchSettingName('fetchHosts')} lists more hosts sources may read from ` +
      `(now: ${reads.policy.hosts.join(', ') || 'none'})`,
  );
}

function deadlineOf(reads: SourceReads): AbortSignal {
  if (reads.deadline === undefined) {
    reads.deadline = AbortSignal.timeout(reads.policy.totalTimeoutMs);
    // every read in flight (16 at a time in a catalog walk) listens on it, and stops listening when it ends
    setMaxListeners(0, reads.deadline);
  }
  return reads.deadline;
}

/** Caps and timeouts reached as refusals naming the setting that raises them. */
function limitRefusal(err: unknown, reads: SourceReads): unknown {
  const p = reads.policy;
  if (err instanceof BodyTooLargeError)
    return new FetchRefusedError(
      `the document is larger than the cap of ${p.maxDocumentBytes} bytes`,
      'max-document-bytes',
      `${fetchSettingName('maxDocumentBytes')} raises the cap`,
    );
  if (err instanceof RequestTimeoutError)
    return new FetchRefusedError(
      `no complete answer within the per-request timeout of ${p.requestTimeoutMs / 1000} s`,
      'request-timeout',
      `${fetchSettingName('requestTimeoutSeconds')} sets it (seconds)`,
    );
  if (reads.deadline?.aborted)
    return new FetchRefusedError(
      `the source's reads took longer than the total timeout of ${p.totalTimeoutMs / 1000} s`,
      'total-timeout',
      `${fetchSettingName('totalTimeoutSeconds')} sets it (seconds)`,
    );
  return err;
}

/** One http(s) document, redirects followed by hand and each hop checked like the first request. */
export async function guardedHttpGet(
  loc: string,
  policy: FetchPolicy,
  allowHost: (url: URL) => void,
  extra: { signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<Buffer> {
  let url = new URL(loc);
  for (let hop = 0; ; hop++) {
    allowHost(url);
    const res = await httpGet(url, {
      maxBytes: policy.maxDocumentBytes,
      timeoutMs: policy.requestTimeoutMs,
      ...extra,
      checkAddress: (host, address) => addressRefusal(host, address, policy.allowAddresses),
    });
    if (res.status >= 200 && res.status <= 299) return res.body;
    if (res.location === undefined || res.status < 300 || res.status > 399)
      throw new LocationReadError(
        `HTTP ${res.status} ${res.statusText}`.trim(),
        res.status === 404 || res.status === 410,
      );
    if (hop >= MAX_REDIRECTS) throw new LocationReadError(`more than ${MAX_REDIRECTS} redirects`, false);
    url = new URL(res.location, url);
  }
}

async function readHttp(loc: Location, reads: SourceReads): Promise<Buffer> {
  const signal = deadlineOf(reads);
  try {
    return await guardedHttpGet(loc, reads.policy, (url) => checkHost(url, reads), { signal });
  } catch (err) {
    const refused = limitRefusal(err, reads);
    if (refused instanceof FetchRefusedError || refused instanceof LocationReadError) throw refused;
    const message = refused instanceof Error ? refused.message : String(refused);
    throw new LocationReadError(`request failed: ${message}`, false, { cause: err });
  }
}

export function checkS3(bucket: string, key: string, reads: SourceReads): void {
  const at = `${bucket}/${key}`;
  if (reads.s3Prefixes.some((p) => at.startsWith(p)) || hostMatches(`s3://${at}`, reads.policy.hosts)) return;
  throw new FetchRefusedError(
    `s3://${at} is outside the S3 folders this source names ` +
      `(${reads.s3Prefixes.map((p) => `s3://${p}`).join(', ') || 'none'})`,
    's3-scope',
    `${fetchSettingName('fetchHosts')} may list more (e.g. \`s3://bucket/prefix/**\`)`,
  );
}

async function readS3(loc: Location, reads: SourceReads): Promise<Buffer> {
  const parsed = parseS3Url(loc);
  if (parsed === undefined || parsed.key === '')
    throw new LocationReadError(`'${loc}' is not an s3://bucket/key URL`, false);
  checkS3(parsed.bucket, parsed.key, reads);
  if (reads.s3 === undefined) throw new LocationReadError('no S3 client was configured to read s3:// locations', false);
  try {
    return await reads.s3.get(parsed.bucket, parsed.key, {
      maxBytes: reads.policy.maxDocumentBytes,
      signal: deadlineOf(reads),
    });
  } catch (err) {
    const refused = limitRefusal(err, reads);
    if (refused instanceof FetchRefusedError) throw refused;
    const name = (err as { name?: string }).name ?? '';
    throw new LocationReadError(
      `${name || 'S3 error'}: ${err instanceof Error ? err.message : String(err)}`,
      name === 'NoSuchKey' || name === 'NotFound',
      { cause: err },
    );
  }
}

/**
 * The document at `loc`, reached from the document at `from` (a link) or named by the manifest (no `from`).
 * Throws LocationReadError when it cannot be read, FetchRefusedError when the policy refuses it.
 */
export async function readLocation(loc: Location, reads: SourceReads, from?: Location): Promise<Buffer> {
  const kind = locationKind(loc);
  if (kind === 'local') return readLocal(loc, from, reads);
  if (kind === 'http') return readHttp(loc, reads);
  return readS3(loc, reads);
}

/** A read that failed or was refused, as a ConfigurationError at `location`, saying `what` was being read. */
export function readFailure(err: unknown, what: string, location: SourceLocation, hint?: string): unknown {
  if (err instanceof FetchRefusedError)
    return new ConfigurationError(`${what} refused (${err.rule}): ${err.message}`, {
      location,
      hint: err.hint,
      cause: err,
    });
  if (err instanceof LocationReadError)
    return new ConfigurationError(`${what} cannot be read: ${err.message}`, {
      location,
      ...(hint !== undefined ? { hint } : {}),
      cause: err,
    });
  return err;
}

/**
 * Reads and parses the JSON at a location the manifest names. Unreadable or refused is a ConfigurationError naming
 * `what` and the file; invalid JSON one naming the line and column.
 */
export async function readJsonLocation(
  loc: Location,
  baseDir: string,
  entry: string,
  reads: SourceReads,
  what: string,
  hint?: string,
): Promise<{ value: unknown; file: string; text: string }> {
  const file = displayLocation(loc, baseDir);
  let text: string;
  try {
    text = decodeUtf8(await readLocation(loc, reads), { file, entry });
  } catch (err) {
    throw readFailure(err, `${what} ${file}`, { file, entry }, hint);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry },
    });
  return { value: parsed.value, file, text };
}
