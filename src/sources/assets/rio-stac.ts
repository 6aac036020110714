import type { ProcessRunner } from '../../clients/process.js';
import type { StacObject } from '../../model/stac.js';
import { parseJson, withMembers } from '../../json.js';
import { TOOL_EXTENSIONS, type ToolExtension } from './extensions.js';

/**
 * Reads an asset's geometry, bbox, projection and raster facts with rio-stac's CLI (`rio stac`, a rasterio
 * plugin), run through uvx: `uvx --from <tool> rio stac --id <id> -n <asset name> --asset-mediatype auto
 * [-d <datetime>] [--without-proj|raster|eo] [--asset-href <URL>] -- <asset>`; the item JSON comes on stdout
 * (projection upgraded to v2.0.0, see upgradeProjection).
 */
export interface RioStacRun {
  /** The uv requirement providing `rio stac`, e.g. `rio-stac` or `rio-stac==0.12.0`. */
  tool: string;
  /** Local absolute path, http(s):// or s3:// (read through GDAL's /vsicurl/ and /vsis3/, see gdalPath). */
  asset: string;
  assetName: string;
  itemId: string;
  /** Passed as `-d` so rio-stac does not stamp the current time. */
  datetime?: string;
  /** The extensions rio-stac fills (default: all it can, {@link TOOL_EXTENSIONS}). */
  fill?: readonly ToolExtension[];
  /** Our environment variables (globs) the tool gets besides the allow-list, e.g. `AWS_*` for /vsis3/. */
  passEnv?: readonly string[];
  /** `host:port` of the proxy every HTTP connection of GDAL goes through (src/clients/policy-proxy.ts). */
  proxy?: string;
  /** The GDAL drivers not registered ({@link gdalSkipList}). */
  skipDrivers: readonly string[];
  timeoutMs: number;
}

/** The flag that turns off each extension rio-stac fills. */
const WITHOUT: Readonly<Record<ToolExtension, string>> = {
  projection: '--without-proj',
  raster: '--without-raster',
  eo: '--without-eo',
};

/**
 * The path GDAL opens for an asset: `s3://bucket/key` -> `/vsis3/bucket/key` (credentials, region and endpoint from
 * the AWS_* variables the tool was given), `http(s)://...` -> `/vsicurl/http(s)://...` (ranged reads); local paths
 * as they are.
 */
export function gdalPath(asset: string): string {
  const s3 = /^s3:\/\/(.+)$/i.exec(asset);
  if (s3) return `/vsis3/${s3[1]}`;
  return /^https?:\/\//i.test(asset) ? `/vsicurl/${asset}` : asset;
}

/**
 * The GDAL drivers an asset may be opened with: raster formats whose files name no other file or URL (GeoTIFF/COG,
 * JPEG 2000, PNG, JPEG, WebP, GIF). Every other driver of the tool's GDAL is skipped: VRT, GTI, KML super-overlays,
 * RPF/ECRG tables of contents, DIMAP, RS2/RCM/TSX, ISIS2/PDS, Zarr (kerchunk references), and HDF5 and netCDF,
 * whose library follows external links and external raw storage to any path, with no option to stop it.
 */
export const ALLOWED_GDAL_DRIVERS: readonly string[] = [
  'GTiff',
  'COG',
  'JP2OpenJPEG',
  'JP2KAK',
  'JP2ECW',
  'JP2MrSID',
  'JPEG2000',
  'PNG',
  'JPEG',
  'WEBP',
  'GIF',
  'BIGGIF',
];

const LIST_DRIVERS = 'import json, rasterio\nwith rasterio.Env() as env:\n    print(json.dumps(sorted(env.drivers())))';

/**
 * The drivers of the tool's own GDAL that are not in {@link ALLOWED_GDAL_DRIVERS}, read from that GDAL
 * (`uvx --from <tool> python`, rasterio's driver list). GDAL (3.10 in rasterio's wheels) has no allow-list option,
 * only the deny-list GDAL_SKIP: computed from the child's own list, a driver a newer GDAL adds is skipped too.
 * Throws when the list cannot be read, so that no asset is opened with every driver registered.
 */
export async function gdalSkipList(runner: ProcessRunner, tool: string, timeoutMs: number): Promise<string[]> {
  const res = await runner.run('uvx', ['--from', tool, 'python', '-c', LIST_DRIVERS], { timeoutMs });
  let names: unknown;
  try {
    names = res.exitCode === 0 ? JSON.parse(res.stdout.trim().split('\n').at(-1) ?? '') : undefined;
  } catch {
    names = undefined;
  }
  // GDAL_SKIP is split at commas (at spaces when it has none): a name with a comma could not be skipped
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && !n.includes(',')))
    throw new Error(
      `cannot list the GDAL drivers of ${tool} (exit ${res.exitCode ?? res.signal}` +
        `${res.timedOut ? ', timed out' : ''}): ${stderrSummary(res.stderr) || res.stdout.slice(0, 200)}`,
    );
  return (names as string[]).filter((n) => !ALLOWED_GDAL_DRIVERS.includes(n));
}

/**
 * GDAL configuration set over whatever the tool was given, so that GDAL reads the asset and nothing else:
 * - `GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR`: no directory listing and no probing of sidecar files next to the
 *   asset (.aux.xml, .msk, .ovr, RPC/IMD/metadata files): one asset read by /vsicurl/ made 38 requests, now 2;
 * - `GDAL_PAM_ENABLED=NO`: no .aux.xml read or written beside the asset;
 * - `GDAL_SKIP`: `skip`, every driver but {@link ALLOWED_GDAL_DRIVERS} (see gdalSkipList);
 * - `GDAL_HTTP_NETRC=NO`: no credentials from ~/.netrc (HOME is passed);
 * - `CPL_VSIL_CURL_AUTHORIZATION_HEADER_ALLOWED_IF_REDIRECT=NO`: no auth header carried over a redirect;
 * - `AWS_NO_SIGN_REQUEST=YES` unless the tool was given AWS credentials: then GDAL neither reads ~/.aws nor asks
 *   the EC2 metadata endpoint (169.254.169.254) for the runner's credentials.
 * GDAL has no option that stops it following redirects: with `proxy`, every connection it makes (redirects,
 * S3 endpoints) goes through our policy proxy (GDAL_HTTP_PROXY / GDAL_HTTPS_PROXY; NO_PROXY dropped).
 */
export function gdalEnvironment(base: NodeJS.ProcessEnv, skip: readonly string[], proxy?: string): NodeJS.ProcessEnv {
  const credentials = ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];
  const { NO_PROXY: _n, no_proxy: _m, ...rest } = base;
  return {
    ...(proxy !== undefined ? { ...rest, GDAL_HTTP_PROXY: proxy, GDAL_HTTPS_PROXY: proxy } : base),
    GDAL_DISABLE_READDIR_ON_OPEN: 'EMPTY_DIR',
    GDAL_PAM_ENABLED: 'NO',
    GDAL_SKIP: skip.join(','),
    GDAL_HTTP_NETRC: 'NO',
    CPL_VSIL_CURL_AUTHORIZATION_HEADER_ALLOWED_IF_REDIRECT: 'NO',
    ...(credentials.some((n) => base[n] !== undefined) ? {} : { AWS_NO_SIGN_REQUEST: 'YES' }),
  };
}

export type RioStacResult =
  | { ok: true; item: StacObject; durationMs: number }
  | { ok: false; message: string; stderr: string; durationMs: number };

export function rioStacArgs(run: Omit<RioStacRun, 'timeoutMs' | 'passEnv' | 'proxy' | 'skipDrivers'>): string[] {
  const opened = gdalPath(run.asset);
  const fill = run.fill ?? TOOL_EXTENSIONS;
  return [
    '--from',
    run.tool,
    'rio',
    'stac',
    '--id',
    run.itemId,
    '-n',
    run.assetName,
    '--asset-mediatype',
    'auto',
    ...(run.datetime !== undefined ? ['-d', run.datetime] : []),
    ...TOOL_EXTENSIONS.filter((e) => !fill.includes(e)).map((e) => WITHOUT[e]),
    // the item keeps the URL the user gave, not GDAL's /vsi path
    ...(opened !== run.asset ? ['--asset-href', run.asset] : []),
    '--',
    opened,
  ];
}

/** The last meaningful stderr line (the Python exception), without uv's own warnings. */
export function stderrSummary(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('warning: An executable named'));
  return lines.at(-1) ?? '';
}

const UNSUPPORTED_HINT =
  ' (assets are read only as GeoTIFF/COG, JPEG 2000, PNG, JPEG, WebP or GIF: formats whose files name other files, ' +
  'such as VRT, KML, HDF5 or netCDF, are not opened; convert the asset to a COG)';

export async function runRioStac(runner: ProcessRunner, run: RioStacRun): Promise<RioStacResult> {
  const res = await runner.run('uvx', rioStacArgs(run), {
    timeoutMs: run.timeoutMs,
    environment: (base) => gdalEnvironment(base, run.skipDrivers, run.proxy),
    ...(run.passEnv !== undefined ? { passEnv: run.passEnv } : {}),
  });
  if (res.timedOut)
    return {
      ok: false,
      message: `rio stac timed out after ${run.timeoutMs} ms on ${run.asset}`,
      stderr: res.stderr,
      durationMs: res.durationMs,
    };
  if (res.exitCode !== 0) {
    const why = stderrSummary(res.stderr);
    const formats = why.includes('not recognized as being in a supported file format') ? UNSUPPORTED_HINT : '';
    return {
      ok: false,
      message: `rio stac failed on ${run.asset} (exit ${res.exitCode ?? res.signal})${why ? `: ${why}` : ''}${formats}`,
      stderr: res.stderr,
      durationMs: res.durationMs,
    };
  }
  try {
    const item = parseJson(res.stdout);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('not a JSON object');
    return { ok: true, item: upgradeProjection(item as StacObject), durationMs: res.durationMs };
  } catch (err) {
    return {
      ok: false,
      message: `rio stac printed no item JSON for ${run.asset}: ${err instanceof Error ? err.message : String(err)}`,
      stderr: res.stderr,
      durationMs: res.durationMs,
    };
  }
}

const PROJ_V1 = /^https:\/\/stac-extensions\.github\.io\/projection\/v1\.[0-9.]+\/schema\.json$/;
export const PROJECTION_V2 = 'https://stac-extensions.github.io/projection/v2.0.0/schema.json';

function epsgToCode(fields: Record<string, unknown>): Record<string, unknown> {
  if (!('proj:epsg' in fields)) return fields;
  const { ['proj:epsg']: epsg, ...rest } = fields;
  return { ...rest, 'proj:code': typeof epsg === 'number' ? `EPSG:${epsg}` : null };
}

/**
 * rio-stac (0.12) writes projection v1.1 (`proj:epsg`) into STAC 1.1 items; projection v2.0.0 replaced it with
 * `proj:code` ("EPSG:4326"). We move to v2.0.0, whose schema (and its PROJJSON v0.7 schema) the offline mirror
 * holds; everything else rio-stac wrote is kept.
 */
export function upgradeProjection(item: StacObject): StacObject {
  const exts = item['stac_extensions'];
  if (!Array.isArray(exts) || !exts.some((u) => typeof u === 'string' && PROJ_V1.test(u))) return item;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const assets = isObj(item['assets'])
    ? Object.fromEntries(Object.entries(item['assets']).map(([k, a]) => [k, isObj(a) ? epsgToCode(a) : a]))
    : item['assets'];
  return withMembers(item, {
    stac_extensions: [...new Set(exts.map((u) => (typeof u === 'string' && PROJ_V1.test(u) ? PROJECTION_V2 : u)))],
    properties: isObj(item['properties']) ? epsgToCode(item['properties']) : item['properties'],
    assets,
  });
}
