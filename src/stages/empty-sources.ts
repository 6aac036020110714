import type { LoadedManifest } from '../manifest/load.js';
import { requestCount, type ResolvedSource } from '../model/inputs.js';
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
    // a source counted by its first use is checked at the end of that read
    if ((s.kind !== 'stactools' && 'stream' in s && s.stream?.countedByFirstUse) || yieldCount(s) > 0) continue;
    const error = emptySourceError(loaded, s.entry, s.index, s.kind);
    if (error) errors.push(error);
  }
  return errors;
}

/** The error for source `index` that yields nothing, unless its entry says `allow_empty: true`. */
export function emptySourceError(
  loaded: Pick<LoadedManifest, 'locationOf'>,
  entry: ResolvedSource['entry'],
  index: number,
  kind: ResolvedSource['kind'] = 'catalog',
): ConfigurationError | undefined {
  if (entry.allow_empty) return undefined;
  return new ConfigurationError(`source '${entry.id}' yields nothing: ${whyEmpty(kind, entry)}`, {
    location: loaded.locationOf(['sources', index], sourceEntryLabel(index, entry.id)),
    hint:
      'check its input; if an empty source is expected (e.g. a feed with nothing new), set ' +
      '`allow_empty: true` on it',
  });
}

function yieldCount(s: ResolvedSource): number {
  if (s.kind === 'stactools') return requestCount(s);
  if ('stream' in s && s.stream) return [...s.stream.counts.values()].reduce((a, b) => a + b, s.stream.held.length);
  return 'docs' in s ? s.docs.length : s.requests.length;
}

function whyEmpty(kind: ResolvedSource['kind'], entry: ResolvedSource['entry']): string {
  switch (kind) {
    case 'stactools':
      return `its rows file ${entry.stactools?.rows ?? ''} holds no rows`;
    case 'files':
      return 'its files hold no STAC items (an empty FeatureCollection or NDJSON file?)';
    case 'catalog':
    case 'dps':
      return 'its catalog links to no items';
    case 'assets':
      return 'it has no requests';
  }
}
