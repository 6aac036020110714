import type { SourceLocation } from '../errors.js';

/** A STAC object as parsed JSON (Item, Collection or Catalog). */
export type StacObject = Record<string, unknown>;

/** Where a STAC document came from, so every finding can name it. */
export interface Origin {
  /** Path of the file (relative to the manifest directory when possible), or a URL. */
  file: string;
  /** Absolute path of the file on disk, when it came from one (to resolve relative hrefs such as asset hrefs). */
  absolutePath?: string;
  /** Line in the file, for NDJSON lines and CSV/JSONL rows. */
  line?: number;
  /** JSON pointer prefix inside the file, e.g. `/features/3` for a FeatureCollection member. */
  pointer?: string;
  /** Manifest entry that produced it, e.g. `sources[0] (demo-items) row 2`. */
  entry?: string;
  /** Manifest source or collection id that produced it. */
  sourceId?: string;
}

export interface LoadedDoc {
  doc: StacObject;
  origin: Origin;
}

export type Severity = 'error' | 'warning';

/** One validation problem, located. */
export interface Finding {
  severity: Severity;
  /** Short rule name, e.g. `schema:core`, `loader:timezone`, `loader:size`. */
  rule: string;
  message: string;
  location: SourceLocation;
}

export function originToLocation(origin: Origin, pointer?: string): SourceLocation {
  const loc: SourceLocation = { file: origin.file };
  if (origin.line !== undefined) loc.line = origin.line;
  if (origin.entry !== undefined) loc.entry = origin.entry;
  const full = (origin.pointer ?? '') + (pointer ?? '');
  if (origin.pointer !== undefined || pointer !== undefined) loc.pointer = full;
  return loc;
}
