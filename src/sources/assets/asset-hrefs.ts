import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseS3Url } from '../../model/s3-url.js';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import type { AssetsSource } from '../../manifest/schema.js';
import { addressRefusal, FetchRefusedError, hostMatches } from '../../security/fetch-policy.js';
import { checkS3, openReads, type ReadDeps, type SourceReads } from '../guarded-read.js';
import { toLocation } from '../locations.js';

/**
 * The fetch policy for asset hrefs, which GDAL (inside rio-stac) reads, not us: every href of an `assets` source is
 * checked before any tool starts. What GDAL will open is worked out first, GDAL virtual file systems unwrapped to
 * their inner target (`/vsicurl/<url>`, `/vsis3/<bucket/key>`, archives `/vsizip/` ... over an absolute path or one
 * of those); every other `/vsi…/` file system and every other scheme is refused. Then:
 * - a local file (path, `file://`, an archive's path) must lie inside the workspace (or `allow-paths`), symlinks
 *   followed;
 * - an http(s) URL is named by the source itself, so its host may be read, but none of its addresses may be
 *   loopback, private or link-local unless `allow-addresses` says so;
 * - an S3 object must lie under the folder of the source's `collection` (when that is on S3) or under a
 *   `fetch-hosts` `s3://bucket/prefix/**`: the tool may hold AWS credentials, and the href comes from the PR.
 * What GDAL does once started (redirects, sidecar files) is limited by the options in rio-stac.ts.
 */

/** What GDAL opens for an asset (`open`, passed as given) and where that ends up. */
export type AssetTarget =
  | { kind: 'local'; path: string; open: string }
  | { kind: 'http'; url: URL; open: string }
  | { kind: 's3'; bucket: string; key: string; open: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const REMOTE_VSI: Readonly<Record<string, 'http' | 's3'>> = {
  vsicurl: 'http',
  vsicurl_streaming: 'http',
  vsis3: 's3',
  vsis3_streaming: 's3',
};
const ARCHIVE_VSI = ['vsizip', 'vsigzip', 'vsitar', 'vsi7z', 'vsirar'];
const VSI_HINT =
  'assets may use /vsicurl/ (http(s) URLs), /vsis3/ and the archives /vsizip/, /vsigzip/, /vsitar/, /vsi7z/, ' +
  '/vsirar/ over an absolute path or one of those; or plain paths, http(s):// and s3:// URLs';
/** S3 bucket names as AWS allows them (so a name cannot carry `@host` or a path into the URL GDAL builds). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const refuse = (message: string, rule: string, hint: string): never => {
  throw new FetchRefusedError(message, rule, hint);
};

function s3Target(bucket: string, key: string, open: string): AssetTarget {
  if (!BUCKET.test(bucket)) refuse(`'${bucket}' is not an S3 bucket name`, 'scheme', 'give s3://bucket/key');
  if (key === '' || key.split('/').some((s) => s === '.' || s === '..'))
    refuse(`s3://${bucket}/${key} is not an object key (empty, or with . or .. segments)`, 'scheme', VSI_HINT);
  return { kind: 's3', bucket, key, open };
}

function urlTarget(text: string, open: string): AssetTarget {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    if (!URL.canParse(text)) refuse(`${text} is not a valid URL`, 'scheme', 'give a URL such as https://host/path.tif');
    return { kind: 'http', url: new URL(text), open };
  }
  if (scheme === 's3') {
    const { bucket, key } = parseS3Url(text) ?? { bucket: '', key: '' };
    return s3Target(bucket, key, open);
  }
  return refuse(`${text} uses the scheme '${scheme ?? ''}:'`, 'scheme', VSI_HINT);
}

/** `/vsi<name>/<rest>` as the target it reads; `open` is the whole href. */
function vsiTarget(href: string, open: string): AssetTarget {
  const m = /^\/(vsi[a-z0-9_]*)\/(.*)$/i.exec(href);
  const name = m?.[1]?.toLowerCase() ?? href.slice(1).split(/[/?]/)[0] ?? '';
  const rest = m?.[2] ?? '';
  const remote = m === null ? undefined : REMOTE_VSI[name];
  if (remote === 'http') {
    if (!/^https?:\/\//i.test(rest))
      refuse(`/${name}/ takes an http(s):// URL here, not '${rest}'`, 'scheme', VSI_HINT);
    return urlTarget(rest, open);
  }
  if (remote === 's3') {
    const slash = rest.indexOf('/');
    return s3Target(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? '' : rest.slice(slash + 1), open);
  }
  if (m === null || !ARCHIVE_VSI.includes(name)) return refuse(`/${name}/ is not allowed`, 'gdal-vsi', VSI_HINT);
  if (!rest.startsWith('/') || /[{}]/.test(rest))
    refuse(`/${name}/ must wrap an absolute path or /vsi…/ path without {…} here`, 'gdal-vsi', VSI_HINT);
  // GDAL opens the href as written: a `..` after the archive's name, or after a symlink, is not where it leads
  if (rest.split('/').some((s) => s === '.' || s === '..'))
    refuse(`/${name}/${rest} has . or .. segments`, 'gdal-vsi', 'give the archive path without . or .. segments');
  return rest.startsWith('/vsi') ? vsiTarget(rest, open) : { kind: 'local', path: path.resolve(rest), open };
}

/** Where an asset href (as the manifest or a payload file gives it) takes GDAL; throws FetchRefusedError. */
export function assetTarget(href: string, baseDir: string): AssetTarget {
  if (/^\/vsi/i.test(href)) return vsiTarget(href, href);
  if (/^file:\/\//i.test(href)) {
    let file = '';
    try {
      file = fileURLToPath(href);
    } catch (err) {
      refuse(`${href} is not a local file URL: ${(err as Error).message}`, 'scheme', VSI_HINT);
    }
    return { kind: 'local', path: file, open: file };
  }
  if (SCHEME.test(href)) return urlTarget(href, href);
  const file = toLocation(href, baseDir);
  return { kind: 'local', path: file, open: file };
}

/** Refuses a host any of whose addresses the policy does not allow (resolved now; GDAL resolves it again). */
async function checkAddresses(url: URL, reads: SourceReads): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[] = [host];
  if (isIP(host) === 0) {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      refuse(`${host} cannot be resolved (${code})`, 'address', 'check the host name of the asset URL');
    }
  }
  for (const address of addresses) {
    const refusal = addressRefusal(host, address, reads.policy.allowAddresses);
    if (refusal) throw refusal;
  }
}

/** Checks one asset href; resolves to why it may not be read ({@link FetchRefusedError}), or undefined. */
export async function assetRefusal(
  href: string,
  baseDir: string,
  reads: SourceReads,
  /** Hosts already checked, by name: thousands of hrefs on one host are resolved once. */
  checked = new Map<string, Promise<void>>(),
): Promise<unknown> {
  try {
    const target = assetTarget(href, baseDir);
    if (target.kind === 'http') {
      const host = target.url.hostname;
      if (!checked.has(host)) checked.set(host, checkAddresses(target.url, reads));
      await checked.get(host);
    } else if (target.kind === 's3') checkS3(target.bucket, target.key, reads);
    else {
      const outside = reads.guard ? await reads.guard(target.path) : undefined;
      if (outside !== undefined) refuse(outside, 'workspace', '');
    }
    return undefined;
  } catch (err) {
    if (err instanceof FetchRefusedError) return err;
    throw err;
  }
}

/** A virtual-hosted S3 name on AWS, `<bucket>.s3[.-]<region…>.amazonaws.com` (greedy: the longest bucket). */
const AWS_S3_HOST = /^(.+)\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;
/** AWS STS, which GDAL asks for web-identity or assumed-role credentials. */
const AWS_STS_HOST = /^sts(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

/**
 * Whether GDAL's /vsis3/ may connect to `host` (lower case) for one of `buckets`. On AWS: the buckets'
 * virtual-hosted names (GDAL's default) and STS; path-style `s3.<region>.amazonaws.com` is refused, since the bucket
 * travels inside a TLS tunnel the proxy cannot see. On a custom endpoint (`endpoint`, its host name):
 * `<bucket>.<endpoint>`, or the endpoint itself with the bucket as the first path segment (plain http, `path`
 * given); a tunnel to the endpoint (https, `path` undefined) cannot be checked by bucket and is allowed.
 */
export function s3HostAllowed(host: string, path: string | undefined, buckets: ReadonlySet<string>, endpoint?: string) {
  if (endpoint === undefined) {
    const bucket = AWS_S3_HOST.exec(host)?.[1];
    return (bucket !== undefined && buckets.has(bucket)) || AWS_STS_HOST.test(host);
  }
  if (host.endsWith(`.${endpoint}`)) return buckets.has(host.slice(0, -endpoint.length - 1));
  if (host !== endpoint) return false;
  if (path === undefined) return true;
  try {
    return buckets.has(decodeURIComponent(path.split('/')[1] ?? ''));
  } catch {
    return false; // not percent-encoded text
  }
}

/**
 * What GDAL may connect to once started, for the policy proxy: the hosts the source's http(s) hrefs name,
 * `fetch-hosts`, and for S3 assets only the buckets the hrefs name ({@link s3HostAllowed}, on AWS or on the job's
 * AWS_S3_ENDPOINT); every address as for our reads.
 */
export function proxyChecks(source: AssetsSource, baseDir: string, deps: ReadDeps, s3Endpoint?: string) {
  const reads = openReads(deps, []);
  const hosts = new Set<string>();
  const buckets = new Set<string>();
  const endpoint = s3Endpoint
    ? new URL(/^https?:\/\//i.test(s3Endpoint) ? s3Endpoint : `http://${s3Endpoint}`).hostname.toLowerCase()
    : undefined;
  for (const href of source.requests.flatMap((r) => r.asset_paths)) {
    let t: AssetTarget;
    try {
      t = assetTarget(href, baseDir);
    } catch {
      continue; // refused before any tool starts
    }
    if (t.kind === 'http') hosts.add(t.url.hostname.replace(/^\[|\]$/g, '').toLowerCase());
    else if (t.kind === 's3') buckets.add(t.bucket);
  }
  const allowed = [...hosts, ...reads.policy.hosts];
  return {
    checkHost: (host: string, path?: string) => {
      const name = host.toLowerCase();
      if (hostMatches(name, allowed) || (buckets.size > 0 && s3HostAllowed(name, path, buckets, endpoint)))
        return undefined;
      const what =
        name === endpoint && path !== undefined ? `${host}${path} is not in an S3 bucket` : `${host} is not a host`;
      return new FetchRefusedError(`${what} the source's assets name`, 'host', '');
    },
    checkAddress: (host: string, address: string) => addressRefusal(host, address, reads.policy.allowAddresses),
  };
}

/** One refused asset href: request `request`'s `asset_paths[asset]`. */
export interface AssetRefusal {
  request: number;
  asset: number;
  href: string;
  error: FetchRefusedError;
}

/**
 * Every refused asset href of a source, found before any tool runs. The S3 folders a source may read are those of
 * its `collection` and `fetch-hosts`; http(s) hosts are those the hrefs name (addresses checked).
 */
export async function assetRefusals(source: AssetsSource, baseDir: string, deps: ReadDeps): Promise<AssetRefusal[]> {
  const reads = openReads(deps, [toLocation(source.collection, baseDir)]);
  const checked = new Map<string, Promise<void>>();
  const out: AssetRefusal[] = [];
  for (const [request, r] of source.requests.entries())
    for (const [asset, href] of r.asset_paths.entries()) {
      const error = await assetRefusal(href, baseDir, reads, checked);
      if (error instanceof FetchRefusedError) out.push({ request, asset, href, error });
    }
  return out;
}

/** `asset <href> refused (<rule>): <why>` at `location`, with the input that would allow it. */
export function refusalError(r: AssetRefusal, location: SourceLocation): ConfigurationError {
  const { rule, message, hint } = r.error;
  return new ConfigurationError(`asset ${r.href} refused (${rule}): ${message}`, {
    location,
    ...(hint !== '' ? { hint } : {}),
    cause: r.error,
  });
}
