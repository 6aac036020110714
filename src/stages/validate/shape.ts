import type { StacObject } from '../../model/stac.js';

/** One schema of a shape's fast check, for a worker thread. */
export type FastPart = { url: string; precompiledDir: string } | { url: string; code: string };

export interface FastShape {
  key: string;
  parts: FastPart[];
}

/** The key of a document's schema set, or undefined for a shape not worth remembering. */
export function shapeKey(doc: StacObject): string | undefined {
  const { type, stac_version: version, stac_extensions: extensions } = doc;
  if (typeof type !== 'string' || typeof version !== 'string') return undefined;
  if (extensions === undefined) return `${type}\n${version}`;
  if (!Array.isArray(extensions) || extensions.length > 64 || !extensions.every((e) => typeof e === 'string'))
    return undefined;
  return `${type}\n${version}\n${extensions.join('\n')}`;
}
