import { open } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { checkUtf8, stripBom } from '../utf8.js';
import { MAX_DOCUMENT_BYTES } from './json-text.js';
import type { LineBlock } from '../model/stac.js';
import { blockMemory } from './block-memory.js';

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

/** Newlines in `bytes` from `from` to `to` (native scans, no decoding). */
function countLines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = (bytes as Buffer).indexOf(10, from); i !== -1 && i < to; i = (bytes as Buffer).indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Streams a text file as blocks of whole lines (about 1 MiB each), checked to be UTF-8 but not decoded, without
 * holding the file. A line longer than `maxLineBytes` (default: the document size cap) is a ConfigurationError
 * naming `file` and the line, never an out-of-memory crash; bytes that are not UTF-8 one naming the line and
 * byte offset. The file is opened before the first block
 * is asked for, so a missing file rejects the first `next()`.
 */
export async function* readLineBlocks(
  absPath: string,
  file: string,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<LineBlock> {
  const max = options.maxLineBytes ?? MAX_DOCUMENT_BYTES;
  const handle = await open(absPath, 'r');
  try {
    const { size } = await handle.stat();
    let carry: Buffer = Buffer.alloc(0); // the start of a line that goes on in the next chunk
    let line = 1; // the number of carry's line
    let position = 0; // file offset of carry
    for (;;) {
      // one memory per block, after the carried start of its first line: the block alone views it (a validation
      // worker thread takes it over without a copy, see LineBlock, and gives it back for reuse)
      const buf = blockMemory(carry.length + CHUNK_BYTES, CHUNK_BYTES);
      carry.copy(buf);
      const { bytesRead } = await handle.read(buf, carry.length, CHUNK_BYTES, null);
      const chunk = buf.subarray(0, carry.length + bytesRead);
      if (bytesRead === 0) {
        if (chunk.length > 0) yield checkedBlock(chunk, file, line, position, size);
        return;
      }
      const last = chunk.lastIndexOf(10);
      if (last === -1) {
        if (chunk.length > max) throw lineTooLong(file, line, max);
        carry = chunk;
        continue;
      }
      const block = chunk.subarray(0, last + 1);
      for (let start = 0, n = line; start < block.length; n++) {
        const end = block.indexOf(10, start);
        if (end - start > max) throw lineTooLong(file, n, max);
        start = end + 1;
      }
      const next = { line: line + countLines(block, 0, block.length), position: position + block.length };
      const rest = Buffer.from(chunk.subarray(last + 1));
      yield checkedBlock(block, file, line, position, size);
      ({ line, position } = next);
      carry = rest;
      if (carry.length > max) throw lineTooLong(file, line, max);
    }
  } finally {
    await handle.close();
  }
}

function checkedBlock(bytes: Buffer, file: string, firstLine: number, offset: number, fileBytes: number): LineBlock {
  checkUtf8(bytes, { file, line: firstLine, offset });
  return { bytes, firstLine, offset, fileBytes };
}

/**
 * The lines of a block (checked to be UTF-8 by {@link readLineBlocks}), decoded one at a time as they are taken
 * (BOM on the file's first line and CR at line ends stripped): a line's text is garbage once its document is
 * checked, instead of a whole block's texts (~1 MiB) outliving the young generation's collections.
 */
export function* linesOf(block: LineBlock): Generator<Line> {
  const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
  let start = 0;
  for (let n = block.firstLine; start < bytes.length; n++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    let text = bytes.toString('utf8', start, end);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    yield { text: n === 1 ? stripBom(text) : text, line: n, offset: block.offset + start };
    start = end + 1;
  }
}

/** Streams a text file line by line (see {@link readLineBlocks}). */
export async function* readLines(
  absPath: string,
  file: string,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<Line> {
  for await (const block of readLineBlocks(absPath, file, options)) yield* linesOf(block);
}
