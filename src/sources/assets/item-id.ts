import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Deterministic ids for asset requests, so re-running a manifest updates the same items instead of
 * adding new ones. Inputs are the values as written in the manifest (asset paths relative to the
 * manifest, not absolute), so the ids are the same on every machine.
 */

const sha256 = (parts: unknown): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/** `./a/../b.tif` -> `b.tif`; URLs are kept as written. */
export function normalizeAssetPath(p: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : path.posix.normalize(p.split('\\').join('/'));
}

function stem(p: string): string {
  const base = path.posix.basename(p.replace(/[?#].*$/, ''));
  const dot = base.indexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * `<stem of the first asset path in sorted order>-<12 hex chars of sha256(provider, collection id,
 * sorted normalized asset paths)>`,
 * e.g. `scene_042-3f9a1c0b7d2e`. The order of `asset_paths` does not matter.
 */
export function deriveItemId(provider: string, collectionId: string, assetPaths: readonly string[]): string {
  const sorted = assetPaths.map(normalizeAssetPath).sort();
  const hash = sha256(['item', provider, collectionId, sorted]).slice(0, 12);
  const first = stem(sorted[0] ?? '');
  return first ? `${first}-${hash}` : hash;
}

/** `req-<16 hex chars>` of provider, collection id, item id, sorted asset and metadata paths. */
export function deriveRequestId(
  provider: string,
  collectionId: string,
  itemId: string,
  assetPaths: readonly string[],
  metadataPaths: readonly string[],
): string {
  const parts = [
    'request',
    provider,
    collectionId,
    itemId,
    assetPaths.map(normalizeAssetPath).sort(),
    metadataPaths.map(normalizeAssetPath).sort(),
  ];
  return `req-${sha256(parts).slice(0, 16)}`;
}
