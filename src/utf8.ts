import { isUtf8 } from 'node:buffer';
import { ConfigurationError } from './errors.js';

/**
 * The one decoder of the text stac-ingest reads (STAC files, NDJSON blocks, rows files, the manifest, remote
 * documents): bytes that are not UTF-8 are refused with an error naming the file, line and byte offset, never
 * replaced by U+FFFD and published. The check is Node's native `buffer.isUtf8`; the offending byte is only
 * looked for once a check failed.
 */

/** Where a run of bytes lies in the file it was read from. */
export interface TextPlace {
  /** The file (or URL) as shown to the user. */
  file: string;
  /** The manifest entry reading it. */
  entry?: string;
  /** The 1-based line on which the bytes start (default 1). */
  line?: number;
  /** The file offset of the first byte (default 0). */
  offset?: number;
}

/** The smallest and largest second byte after each lead byte; the bytes after it are 0x80..0xBF. */
function secondByteRange(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf, 1];
  if (lead === 0xe0) return [0xa0, 0xbf, 2];
  if (lead === 0xed) return [0x80, 0x9f, 2];
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf, 2];
  if (lead === 0xf0) return [0x90, 0xbf, 3];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf, 3];
  if (lead === 0xf4) return [0x80, 0x8f, 3];
  return undefined;
}

/** The index of the first byte that starts an invalid UTF-8 sequence, or -1 when all of `bytes` is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const range = secondByteRange(lead);
    if (range === undefined) return i;
    const [low, high, more] = range;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= more; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < 0x80 || b > 0xbf) return i;
    }
    i += more + 1;
  }
  return -1;
}

const hex = (b: number): string => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;

/** The error for bytes that are not UTF-8, at `at` (an index into `bytes`). */
function notUtf8(bytes: Uint8Array, at: number, place: TextPlace): ConfigurationError {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = place.line ?? 1;
  for (let i = buf.indexOf(10); i !== -1 && i < at; i = buf.indexOf(10, i + 1)) line++;
  const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
  const offset = (place.offset ?? 0) + at;
  const shown = [...buf.subarray(at, at + 4)].map(hex).join(' ');
  return new ConfigurationError(
    `${place.file}: line ${line} is not valid UTF-8 at byte offset ${offset} (byte ${at - lineStart + 1} of the ` +
      `line): ${shown} is no UTF-8 sequence`,
    {
      location: { file: place.file, line, ...(place.entry !== undefined ? { entry: place.entry } : {}) },
      hint:
        'stac-ingest reads UTF-8 only and replaces nothing; ' +
        're-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`',
    },
  );
}

/** Throws a located ConfigurationError when `bytes` are not UTF-8. */
export function checkUtf8(bytes: Uint8Array, place: TextPlace): void {
  if (isUtf8(bytes)) return;
  throw notUtf8(bytes, Math.max(0, firstInvalidUtf8(bytes)), place);
}

/** `bytes` as text (a leading byte order mark dropped), refused with a located error when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, place: TextPlace): string {
  checkUtf8(bytes, place);
  return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** `text` without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
