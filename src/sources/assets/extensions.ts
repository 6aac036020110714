/**
 * Short names for STAC extensions in metadata files (`"stac_extensions": ["view", "eo"]`), expanded to
 * the schema URL of the newest version mirrored in stac-schemas (so items validate offline):
 *
 * | short name | schema |
 * | --- | --- |
 * | classification | classification v2.0.0 |
 * | datacube | datacube v2.2.0 |
 * | eo | eo v2.0.0 |
 * | file | file v2.1.0 |
 * | grid | grid v1.1.0 |
 * | label | label v1.0.1 |
 * | mgrs | mgrs v1.0.0 |
 * | mlm | mlm v1.4.0 |
 * | pointcloud | pointcloud v1.0.0 |
 * | processing | processing v1.2.0 |
 * | product | product v1.0.0 |
 * | projection, proj | projection v2.0.0 |
 * | raster | raster v2.0.0 |
 * | remote-data | remote-data v1.0.0 |
 * | render | render v2.0.0 |
 * | sar | sar v1.3.0 |
 * | sat | sat v1.2.0 |
 * | scientific, sci | scientific v1.0.0 |
 * | storage | storage v2.0.0 |
 * | table | table v1.2.0 |
 * | timestamps | timestamps v1.1.0 |
 * | version | version v1.2.0 |
 * | view | view v1.1.0 |
 * | xarray-assets, xarray | xarray-assets v1.0.0 |
 *
 * A short name whose extension the item already declares (in any version, e.g. the projection v1.1.0
 * that rio-stac writes) adds nothing; URLs are kept as written.
 */
export const EXTENSION_VERSIONS: Readonly<Record<string, string>> = {
  classification: 'v2.0.0',
  datacube: 'v2.2.0',
  eo: 'v2.0.0',
  file: 'v2.1.0',
  grid: 'v1.1.0',
  label: 'v1.0.1',
  mgrs: 'v1.0.0',
  mlm: 'v1.4.0',
  pointcloud: 'v1.0.0',
  processing: 'v1.2.0',
  product: 'v1.0.0',
  projection: 'v2.0.0',
  raster: 'v2.0.0',
  'remote-data': 'v1.0.0',
  render: 'v2.0.0',
  sar: 'v1.3.0',
  sat: 'v1.2.0',
  scientific: 'v1.0.0',
  storage: 'v2.0.0',
  table: 'v1.2.0',
  timestamps: 'v1.1.0',
  version: 'v1.2.0',
  view: 'v1.1.0',
  'xarray-assets': 'v1.0.0',
};

const ALIASES: Readonly<Record<string, string>> = { proj: 'projection', sci: 'scientific', xarray: 'xarray-assets' };

const EXTENSION_URL_RE = /^https:\/\/stac-extensions\.github\.io\/([^/]+)\/v[^/]+\/schema\.json$/;

export function extensionUrl(name: string, version: string): string {
  return `https://stac-extensions.github.io/${name}/${version}/schema.json`;
}

/**
 * The extension a schema URL belongs to (`projection` for .../projection/v1.1.0/schema.json);
 * undefined for other URLs.
 */
export function extensionNameOf(url: string): string | undefined {
  return EXTENSION_URL_RE.exec(url)?.[1];
}

export type ExpandedExtension = { ok: true; name: string | undefined; url: string } | { ok: false; reason: string };

/** A `stac_extensions` entry from a metadata file: a URL (kept) or a short name (expanded). */
export function expandExtension(value: string): ExpandedExtension {
  if (/^https?:\/\//i.test(value)) return { ok: true, name: extensionNameOf(value), url: value };
  const key = value.trim().toLowerCase();
  const name = ALIASES[key] ?? key;
  const version = EXTENSION_VERSIONS[name];
  if (version === undefined)
    return { ok: false, reason: `'${value}' is neither a schema URL nor a known extension short name` };
  return { ok: true, name, url: extensionUrl(name, version) };
}

export function knownShortNames(): string[] {
  return [...Object.keys(EXTENSION_VERSIONS), ...Object.keys(ALIASES)].sort();
}

/**
 * Adds `additions` (already expanded) to `current`: exact duplicates are dropped, and an expanded short name
 * is dropped when `current` already declares that extension in another version.
 */
export function mergeExtensions(
  current: readonly string[],
  additions: readonly { url: string; fromShortName: boolean }[],
): string[] {
  const out = [...current];
  for (const { url, fromShortName } of additions) {
    if (out.includes(url)) continue;
    const name = extensionNameOf(url);
    if (fromShortName && name !== undefined && out.some((u) => extensionNameOf(u) === name)) continue;
    out.push(url);
  }
  return out;
}

/** The extensions rio-stac can fill from an asset. */
export const TOOL_EXTENSIONS = ['projection', 'raster', 'eo'] as const;
export type ToolExtension = (typeof TOOL_EXTENSIONS)[number];

/**
 * Which extensions the tool fills: `all` it can; `named` (the STAC Generator's rule): those the metadata files name
 * (by URL in any version, or short name), and all it can when they name no extension at all.
 */
export function toolFill(mode: 'all' | 'named', named: readonly { url: string }[]): ToolExtension[] {
  if (mode === 'all' || named.length === 0) return [...TOOL_EXTENSIONS];
  return TOOL_EXTENSIONS.filter((e) => named.some((n) => extensionNameOf(n.url) === e));
}
