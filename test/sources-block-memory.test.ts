import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blockMemory, giveBackBlockMemory } from '../src/sources/block-memory.js';
import { linesOf, readLineBlocks } from '../src/sources/lines.js';

const CHUNK = 1 << 20;
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'block-memory-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A memory of the reusable size, every byte `mark`. */
function marked(mark: number): ArrayBuffer {
  const memory = blockMemory(CHUNK, CHUNK).buffer as ArrayBuffer;
  new Uint8Array(memory).fill(mark);
  return memory;
}

describe('block memory', () => {
  it('reads a later block into the memory a consumer gave back, and leaves the consumer no view of it', async () => {
    const file = path.join(dir, 'lines.ndjson');
    const line = JSON.stringify({ type: 'Feature', id: 'x'.repeat(100) });
    await writeFile(file, `${line}\n`.repeat(20_000)); // ~2.3 blocks
    const memory = marked(0xab);
    const view = new Uint8Array(memory, 0, 16);
    giveBackBlockMemory(memory);
    expect(memory.byteLength).toBe(0); // moved: the consumer's views are empty
    expect(view.byteLength).toBe(0);
    const blocks = readLineBlocks(file, 'lines.ndjson');
    const first = (await blocks.next()).value as Exclude<Awaited<ReturnType<typeof blocks.next>>['value'], void>;
    // the block's memory is the given-back one: its bytes past the block still hold the mark
    const tail = new Uint8Array(first.bytes.buffer, CHUNK); // past what the first read filled
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.every((b) => b === 0xab)).toBe(true);
    expect(linesOf(first).next().value?.text).toBe(line);
    // the next block (nothing given back) gets memory of its own
    const second = (await blocks.next()).value as typeof first;
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(linesOf(second).next().value?.text).toBe(line);
    await blocks.return(undefined);
  });

  it('gives new memory for a block larger than a reusable memory', () => {
    giveBackBlockMemory(marked(1));
    const big = blockMemory(CHUNK * 2, CHUNK);
    expect(big.length).toBe(CHUNK * 2);
    // the kept memory stays for the next block that fits it
    const next = blockMemory(CHUNK, CHUNK);
    expect(next.every((b) => b === 1)).toBe(true);
  });
});
