import type { LoadedManifest } from '../manifest/load.js';
import type { ResolvedSource } from '../model/inputs.js';
import { sourceEntryLabel } from '../model/plan.js';
import { ConfigurationError } from '../errors.js';

/**
 * Empty is not success: a source that yields nothing (a rows file that became empty, an empty
 * catalog or FeatureCollection) is an error naming it, unless its entry says `allow_empty: true`;
 * a manifest with neither sources nor collections would deliver nothing and is an error too.
 * (A scheduled run with nothing new stays green because its items are unchanged, not because none came.)
 */
export function emptinessErrors(
  loaded: Pick<LoadedManifest, 'manifest' | 'locationOf'>,
  sources: ResolvedSource[],
): ConfigurationError[] {
  const { manifest } = loaded;
  if (manifest.sources.length === 0 && manifest.collections.length === 0)
    return [
      new ConfigurationError('the manifest has no sources and no collections: a run would deliver nothing', {
        location: loaded.locationOf(['sources']),
        hint: 'add a source (stactools, files, catalog, dps or assets) or a collection',
      }),
    ];
  const errors: ConfigurationError[] = [];
  for (const s of sources) {
    if (s.entry.allow_empty || yieldCount(s) > 0) continue;
    const label = sourceEntryLabel(s.index, s.entry.id);
    errors.push(
      new ConfigurationError(`source '${s.entry.id}' yields nothing: ${whyEmpty(s)}`, {
        location: loaded.locationOf(['sources', s.index], label),
        hint:
          'check its input; if an empty source is expected (e.g. a feed with nothing new), set ' +
          '`allow_empty: true` on it',
      }),
    );
  }
  return errors;
}

function yieldCount(s: ResolvedSource): number {
  if ('stream' in s && s.stream) return [...s.stream.counts.values()].reduce((a, b) => a + b, s.stream.held.length);
  return 'docs' in s ? s.docs.length : s.requests.length;
}

function whyEmpty(s: ResolvedSource): string {
  switch (s.kind) {
    case 'stactools':
      return `its rows file ${s.entry.stactools?.rows ?? ''} holds no rows`;
    case 'files':
      return 'its files hold no STAC items (an empty FeatureCollection or NDJSON file?)';
    case 'catalog':
    case 'dps':
      return 'its catalog links to no items';
    case 'assets':
      return 'it has no requests';
  }
}
