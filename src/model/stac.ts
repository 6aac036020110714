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

/** Whole lines of a file as bytes (not decoded): the first is line `firstLine`. */
export interface LineBlock {
  /**
   * Nothing else views their memory (`bytes.buffer`): a block is handed over whole, and its memory may move to
   * the thread that checks it (validate/threads.ts), leaving `bytes` empty here.
   */
  bytes: Uint8Array;
  firstLine: number;
  /** Byte offset of the block in the file. */
  offset: number;
  /** The size of the file when it was opened (what is still to come: `fileBytes - offset`). */
  fileBytes?: number;
}

/**
 * A document on its way from a source: already parsed (`doc`), or still its JSON text, parsed where it
 * is checked (a worker thread, or the run's second pass) so that reading stays cheap and bounded; or a
 * block of NDJSON lines, one document per non-blank line (`origin` then names the file, not a line).
 */
export interface SourceDoc {
  origin: Origin;
  doc?: StacObject;
  /** One JSON object: an NDJSON line, a FeatureCollection member. */
  text?: string;
  block?: LineBlock;
  /** The collection the source assigns to its items (manifest `collection`), applied once parsed. */
  collection?: string;
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
