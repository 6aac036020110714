import { open } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { MAX_DOCUMENT_BYTES, stripBom } from './json-text.js';

/** One line of a text file: its text (BOM and CR stripped), 1-based number and the byte offset where it starts. */
export interface Line {
  text: string;
  line: number;
  offset: number;
}

const CHUNK_BYTES = 1 << 20;

/** The error for a line past the size cap, named by file and line (the file is never held in memory whole). */
function lineTooLong(file: string, line: number, maxLineBytes: number): ConfigurationError {
  return new ConfigurationError(
    `${file}: line ${line} is longer than ${formatBytes(maxLineBytes)}, the largest document stac-ingest reads`,
    {
      location: { file, line },
      hint: 'one line holds one document; split the file into one JSON object per line, or shrink the document',
    },
  );
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MiB` : `${n.toLocaleString('en-US')} bytes`;
}

/**
 * Stream a text file line by line without holding it in memory. A line longer than `maxLineBytes`
 * (default: the document size cap) is a ConfigurationError naming `file` and the line, never an
 * out-of-memory crash. The file is opened before the first line is asked for, so a missing file
 * rejects the first `next()`.
 */
export async function* readLines(
  absPath: string,
  file: string,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<Line> {
  const max = options.maxLineBytes ?? MAX_DOCUMENT_BYTES;
  const handle = await open(absPath, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let line = 1;
    let lineStart = 0;
    let position = 0;
    const take = (last: Buffer): Line => {
      const bytes = pending.length === 0 ? last : Buffer.concat([...pending, last]);
      let text = bytes.toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const out = { text: line === 1 ? stripBom(text) : text, line, offset: lineStart };
      pending = [];
      pendingBytes = 0;
      return out;
    };
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let start = 0;
      while (start < bytesRead) {
        const nl = chunk.indexOf(10, start);
        const end = nl === -1 ? bytesRead : nl;
        if (pendingBytes + end - start > max) throw lineTooLong(file, line, max);
        if (nl === -1) {
          pending.push(Buffer.from(chunk.subarray(start, end)));
          pendingBytes += end - start;
          break;
        }
        yield take(chunk.subarray(start, end));
        line++;
        lineStart = position + end + 1;
        start = end + 1;
      }
      position += bytesRead;
    }
    if (pendingBytes > 0) yield take(Buffer.alloc(0));
  } finally {
    await handle.close();
  }
}
