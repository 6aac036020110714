import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ProcessRunner } from '../../clients/process.js';
import type { LoadedDoc, Origin, StacObject } from '../../model/stac.js';
import { displayLocation, locationKind, toLocation } from '../locations.js';
import { openReads, readJsonLocation, type ReadDeps } from '../guarded-read.js';
import { ConfigurationError, describeError, StageError, type SourceLocation } from '../../errors.js';
import { mapBounded } from '../../limit.js';
import type { Logger } from '../../logging.js';
import type { AssetRequest, AssetsSource } from '../../manifest/schema.js';
import type { PlannedAssetRequest } from '../../model/inputs.js';
import { expandExtension, knownShortNames, mergeExtensions, toolFill } from './extensions.js';
import { deriveItemId, deriveRequestId } from './item-id.js';
import type { RequestStatusStore } from './requests-status.js';
import { assetRefusals, assetTarget, proxyChecks, refusalError } from './asset-hrefs.js';
import { gdalSkipList, runRioStac, type RioStacRun } from './rio-stac.js';
import { startPolicyProxy, type PolicyProxyChecks } from '../../clients/policy-proxy.js';

/**
 * `s3` reads s3:// collection and metadata files (assets on S3 are read by rasterio itself, with the AWS
 * environment); every such read is under the fetch policy.
 */
export interface AssetBuildDeps extends ReadDeps {
  runner: ProcessRunner;
  logger: Logger;
  /** When given, each request goes `queued` -> `generating` (-> `failed`); the publish/verify stages set the rest. */
  status?: RequestStatusStore;
}

export interface AssetBuildOptions {
  /** Requests built at once. */
  concurrency: number;
  /** Per `rio stac` run (default 120 s). */
  timeoutMs?: number;
  /** Recorded in origins and status records. */
  sourceId?: string;
}

export type AssetRequestResult =
  | { ok: true; requestId: string; itemId: string; doc: LoadedDoc; durationMs: number }
  | {
      ok: false;
      requestId: string;
      itemId: string;
      /** A ConfigurationError (bad metadata, missing file, no datetime) or a StageError (rio stac failed). */
      error: Error;
      /** The last stderr of the tool, when it ran. */
      stderr: string;
      origin: Origin;
    };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pure: the ids of each request of a source (for plans and dry runs), given the collection id. */
export function planAssetRequests(source: AssetsSource, collectionId: string, entry: string): PlannedAssetRequest[] {
  return source.requests.map((request, index) => {
    const itemId = request.item_id ?? deriveItemId(source.provider, collectionId, request.asset_paths);
    const payload = source.payloadFiles?.[index];
    return {
      index,
      itemId,
      requestId: deriveRequestId(source.provider, collectionId, itemId, request.asset_paths, request.metadata_paths),
      entry: payload !== undefined ? `${entry} ${payload}` : `${entry} requests[${index}]`,
      request,
      ...(payload !== undefined ? { payload } : {}),
    };
  });
}

async function readJsonAt(
  value: string,
  baseDir: string,
  entry: string,
  what: string,
  deps: AssetBuildDeps,
): Promise<{ json: unknown; file: string }> {
  // each file is named by the manifest itself (no links are followed): its own host or folder is declared
  const loc = toLocation(value, baseDir);
  const { value: json, file } = await readJsonLocation(loc, baseDir, entry, openReads(deps, [loc]), what);
  return { json, file };
}

/** The collection.json the items belong to: its `id`, and the href the items' collection link points at. */
export async function readAssetsCollection(
  source: AssetsSource,
  baseDir: string,
  entry: string,
  deps: AssetBuildDeps,
): Promise<{ id: string; href: string; file: string }> {
  const { json, file } = await readJsonAt(source.collection, baseDir, entry, 'collection', deps);
  if (!isObject(json) || json['type'] !== 'Collection' || typeof json['id'] !== 'string' || json['id'] === '') {
    throw new ConfigurationError(`${file} is not a STAC Collection with an id`, {
      location: { file, pointer: isObject(json) && json['type'] === 'Collection' ? '/id' : '/type', entry },
      hint: '`assets.collection` points at the collection.json the items belong to',
    });
  }
  const loc = toLocation(source.collection, baseDir);
  return { id: json['id'], href: locationKind(loc) === 'local' ? '../collection.json' : loc, file };
}

interface Metadata {
  properties: Record<string, unknown>;
  extensions: { url: string; fromShortName: boolean }[];
}

async function readMetadata(
  paths: readonly string[],
  baseDir: string,
  entry: string,
  deps: AssetBuildDeps,
): Promise<Metadata> {
  const out: Metadata = { properties: {}, extensions: [] };
  for (const p of paths) {
    const { json, file } = await readJsonAt(p, baseDir, entry, 'metadata file', deps);
    if (!isObject(json))
      throw new ConfigurationError(`metadata file ${file} is not a JSON object`, {
        location: { file, entry },
        hint: 'a metadata file holds `properties` and `stac_extensions`',
      });
    for (const key of Object.keys(json)) {
      if (key !== 'properties' && key !== 'stac_extensions')
        deps.logger.warning(
          `metadata file ${file}: \`${key}\` is ignored (only \`properties\` and \`stac_extensions\` are merged)`,
          { file, pointer: `/${key}`, entry },
        );
    }
    const props = json['properties'];
    if (props !== undefined) {
      if (!isObject(props))
        throw new ConfigurationError(`metadata file ${file}: \`properties\` is not an object`, {
          location: { file, pointer: '/properties', entry },
        });
      Object.assign(out.properties, props);
    }
    const exts = json['stac_extensions'];
    if (exts !== undefined) {
      if (!Array.isArray(exts))
        throw new ConfigurationError(`metadata file ${file}: \`stac_extensions\` is not a list`, {
          location: { file, pointer: '/stac_extensions', entry },
        });
      exts.forEach((e: unknown, k) => {
        const expanded =
          typeof e === 'string'
            ? expandExtension(e)
            : ({ ok: false, reason: `${JSON.stringify(e)} is not a string` } as const);
        if (!expanded.ok) {
          throw new ConfigurationError(`metadata file ${file}: ${expanded.reason}`, {
            location: { file, pointer: `/stac_extensions/${k}`, entry },
            hint: `give a schema URL or one of: ${knownShortNames().join(', ')}`,
          });
        }
        out.extensions.push({ url: expanded.url, fromShortName: !/^https?:\/\//i.test(e as string) });
      });
    }
  }
  return out;
}

/** Asset keys from file names: `B04.tif` -> `B04`; repeated names get `-2`, `-3`. */
export function assetNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const base = path.posix.basename(
      p
        .replace(/[?#].*$/, '')
        .split('\\')
        .join('/'),
    );
    const stem = base.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'asset';
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
    used.add(name);
    return name;
  });
}

type Bbox = [number, number, number, number];

function bboxOf(item: StacObject): Bbox | undefined {
  const b = item['bbox'];
  return Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number') ? (b as Bbox) : undefined;
}

const bboxPolygon = ([w, s, e, n]: Bbox) => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

function projFields(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('proj:')));
}

/**
 * One item from the rio-stac items of its assets: bbox is the union; geometry is the assets' geometry when they
 * all agree, else the union bbox as a polygon; the first asset's `proj:*` are item properties and any other asset
 * whose projection differs carries its own `proj:*` on the asset.
 */
export function combineAssetItems(facts: readonly { name: string; item: StacObject }[]): StacObject {
  const first = facts[0];
  if (first === undefined) throw new RangeError('no asset facts');
  const firstProps = isObject(first.item['properties']) ? first.item['properties'] : {};
  const firstProj = projFields(firstProps);
  const boxes = facts.map((f) => bboxOf(f.item));
  const union = boxes.every((b) => b !== undefined)
    ? (boxes as Bbox[]).reduce<Bbox>(
        (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
        boxes[0] as Bbox,
      )
    : undefined;
  const geometries = facts.map((f) => JSON.stringify(f.item['geometry']));
  const geometry = geometries.every((g) => g === geometries[0])
    ? first.item['geometry']
    : union !== undefined
      ? bboxPolygon(union)
      : first.item['geometry'];
  const assets: Record<string, unknown> = {};
  let extensions: string[] = [];
  for (const f of facts) {
    const a = isObject(f.item['assets']) ? f.item['assets'][f.name] : undefined;
    const asset: Record<string, unknown> = isObject(a) ? { ...a } : {};
    if (!Array.isArray(asset['roles']) || asset['roles'].length === 0) asset['roles'] = ['data'];
    const proj = projFields(isObject(f.item['properties']) ? f.item['properties'] : {});
    if (f !== first && JSON.stringify(proj) !== JSON.stringify(firstProj)) Object.assign(asset, proj);
    assets[f.name] = asset;
    const ext = f.item['stac_extensions'];
    if (Array.isArray(ext))
      extensions = mergeExtensions(
        extensions,
        ext.filter((u): u is string => typeof u === 'string').map((url) => ({ url, fromShortName: false })),
      );
  }
  return {
    type: 'Feature',
    stac_version: first.item['stac_version'] ?? '1.1.0',
    stac_extensions: extensions,
    id: first.item['id'],
    geometry,
    ...(union !== undefined ? { bbox: union } : {}),
    properties: { ...firstProps },
    links: [],
    assets,
  };
}

/** The datetime rio-stac is given, and whether the item ends with `datetime: null` (a start/end range only). */
function chooseDatetime(
  request: AssetRequest,
  props: Record<string, unknown>,
): { rio?: string; rangeOnly: boolean } | undefined {
  const dt = 'datetime' in props ? props['datetime'] : request.datetime;
  if (typeof dt === 'string' && dt !== '') return { rio: dt, rangeOnly: false };
  const start = props['start_datetime'];
  if (typeof start === 'string' && typeof props['end_datetime'] === 'string') return { rio: start, rangeOnly: true };
  return undefined;
}

/** Where asset `k` of a request is named: its payload file's `assetPaths`, or the manifest request's `asset_paths`. */
export function assetLocation(planned: PlannedAssetRequest, k: number): SourceLocation {
  const { entry, payload } = planned;
  return payload !== undefined
    ? { file: payload, entry, pointer: `/assetPaths/${k}` }
    : { entry, pointer: `/asset_paths/${k}` };
}

/**
 * The facts rio-stac reads from asset `k` (`href`, checked before any tool started). Each run has its own policy
 * proxy, so that a refusal named in the error is this run's, whatever ran beside it; closed (both sides of every
 * connection) when the tool ends.
 */
async function readAsset(
  planned: PlannedAssetRequest,
  k: number,
  href: string,
  run: Omit<RioStacRun, 'asset'>,
  baseDir: string,
  deps: AssetBuildDeps,
  checks: PolicyProxyChecks,
): Promise<StacObject> {
  const target = assetTarget(href, baseDir);
  const asset = target.open;
  if (target.kind === 'local' && target.path === asset) {
    try {
      await access(asset);
    } catch (err) {
      throw new ConfigurationError(`asset ${displayLocation(asset, baseDir)} does not exist`, {
        location: assetLocation(planned, k),
        hint: `asset paths are relative to the ${planned.payload ? 'payload file' : 'manifest'}`,
        cause: err,
      });
    }
  }
  const proxy = await startPolicyProxy(checks);
  const res = await runRioStac(deps.runner, { ...run, asset, proxy: proxy.address }).finally(() => proxy.close());
  if (!res.ok) {
    const refused = proxy.refused;
    const why = refused.length > 0 ? `; the fetch policy refused GDAL's requests to ${refused.join('; ')}` : '';
    throw Object.assign(new StageError('generate', `${planned.entry}: ${res.message}${why}`), { stderr: res.stderr });
  }
  deps.logger.debug(`${planned.entry}: rio stac read ${displayLocation(asset, baseDir)} in ${res.durationMs} ms`);
  return res.item;
}

async function buildOne(
  planned: PlannedAssetRequest,
  source: AssetsSource,
  collection: { id: string; href: string },
  baseDir: string,
  deps: AssetBuildDeps,
  opts: AssetBuildOptions & { checks: PolicyProxyChecks; skipDrivers: () => Promise<string[]> },
): Promise<StacObject> {
  const { request, entry } = planned;
  const meta = await readMetadata(request.metadata_paths, baseDir, entry, deps);
  const when = chooseDatetime(request, meta.properties);
  if (when === undefined) {
    throw new ConfigurationError('the item has no datetime', {
      location: { entry },
      hint:
        'give `datetime` in the request, or `properties.datetime` (or start_datetime and ' +
        'end_datetime) in a metadata file',
    });
  }
  const fill = toolFill(source.tool_extensions ?? 'all', meta.extensions);
  const names = assetNames(request.asset_paths);
  const skipDrivers = await opts.skipDrivers().catch((err: unknown) => {
    throw new StageError('generate', `${entry}: ${describeError(err)}`, { cause: err });
  });
  const facts: { name: string; item: StacObject }[] = [];
  for (const [k, p] of request.asset_paths.entries()) {
    const run = { tool: source.tool, assetName: names[k] as string, itemId: planned.itemId, fill, skipDrivers };
    const timing = { ...(when.rio !== undefined ? { datetime: when.rio } : {}), timeoutMs: opts.timeoutMs ?? 120_000 };
    const env = source.env !== undefined && source.env.length > 0 ? { passEnv: source.env } : {};
    const item = await readAsset(planned, k, p, { ...run, ...timing, ...env }, baseDir, deps, opts.checks);
    facts.push({ name: names[k] as string, item });
  }
  const item = combineAssetItems(facts);
  const properties: Record<string, unknown> = {
    ...(item['properties'] as Record<string, unknown>),
    ...meta.properties,
  };
  if (when.rangeOnly && !('datetime' in meta.properties) && request.datetime === undefined)
    properties['datetime'] = null;
  const doc: StacObject = {
    ...item,
    stac_extensions: mergeExtensions(item['stac_extensions'] as string[], meta.extensions),
    id: planned.itemId,
    collection: collection.id,
    properties,
    links: [{ rel: 'collection', href: collection.href, type: 'application/json' }],
  };
  return doc;
}

function originOf(planned: PlannedAssetRequest, sourceId: string | undefined): Origin {
  const r = planned.request;
  return {
    file: planned.payload ?? r.metadata_paths[0] ?? r.asset_paths[0] ?? planned.entry,
    entry: planned.entry,
    ...(sourceId !== undefined ? { sourceId } : {}),
  };
}

/**
 * Builds one item per request of an `assets` source (the STAC Generator request shape): facts read from the assets
 * with rio-stac through uvx, then the metadata files merged in. The collection file is read once; when it cannot
 * be, that ConfigurationError is thrown. Every other failure is that request's `{ ok: false }` result.
 */
export async function buildAssetItems(
  source: AssetsSource,
  baseDir: string,
  entry: string,
  deps: AssetBuildDeps,
  opts: AssetBuildOptions,
): Promise<AssetRequestResult[]> {
  const collection = await readAssetsCollection(source, baseDir, entry, deps);
  const planned = planAssetRequests(source, collection.id, entry);
  const statusFields = (p: PlannedAssetRequest) => ({
    itemId: p.itemId,
    collection: collection.id,
    entry: p.entry,
    ...(opts.sourceId !== undefined ? { sourceId: opts.sourceId } : {}),
  });
  for (const p of planned) await deps.status?.update(p.requestId, 'queued', statusFields(p));
  const refusals = await assetRefusals(source, baseDir, deps);
  // every connection GDAL makes goes through a proxy with these checks (redirects, sidecars, S3 endpoints)
  const checks = proxyChecks(source, baseDir, deps, process.env['AWS_S3_ENDPOINT']);
  // read from the tool's GDAL once, when the first asset is read (a source whose hrefs are all refused starts nothing)
  let skip: Promise<string[]> | undefined;
  const skipDrivers = () => (skip ??= gdalSkipList(deps.runner, source.tool, opts.timeoutMs ?? 120_000));
  const results = mapBounded(planned, opts.concurrency, async (p): Promise<AssetRequestResult> => {
    const started = Date.now();
    await deps.status?.update(p.requestId, 'generating', statusFields(p));
    const origin = originOf(p, opts.sourceId);
    try {
      const refused = refusals.find((r) => r.request === p.index);
      if (refused !== undefined) throw refusalError(refused, assetLocation(p, refused.asset));
      const doc = await buildOne(p, source, collection, baseDir, deps, { ...opts, checks, skipDrivers });
      return {
        ok: true,
        requestId: p.requestId,
        itemId: p.itemId,
        doc: { doc, origin },
        durationMs: Date.now() - started,
      };
    } catch (err) {
      if (!(err instanceof ConfigurationError) && !(err instanceof StageError)) throw err;
      const message = describeError(err);
      deps.logger.error(
        `${p.requestId} (item ${p.itemId}): ${message}`,
        err instanceof ConfigurationError ? err.location : { entry: p.entry },
      );
      await deps.status?.update(p.requestId, 'failed', { ...statusFields(p), error: message });
      const stderr = (err as { stderr?: unknown }).stderr;
      return {
        ok: false,
        requestId: p.requestId,
        itemId: p.itemId,
        error: err,
        stderr: typeof stderr === 'string' ? stderr : '',
        origin,
      };
    }
  });
  return results;
}
