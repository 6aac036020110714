/**
 * Memory for blocks of lines (lines.ts), given back by what consumed a block (validation hands each block's
 * memory back once its documents are checked) and reused for a later block. Without it, validating 1M NDJSON
 * items took a new 1 MiB memory per block from malloc, which kept what it got back (the dynamic mmap threshold
 * puts blocks on its heap after the first is freed, and the heap fragments): peak RSS grew by ~80 MB over the run.
 */
import type { SourceDoc } from '../model/stac.js';

/** Room in a reused memory for the carried start of a block's first line (longer carries get memory of their own). */
const CARRY_ROOM = 256 << 10;
/** Memories kept for reuse (the blocks in flight between the reader and the validation threads come back). */
const KEPT = 8;

const kept: ArrayBuffer[] = [];

/**
 * A buffer of `bytes` bytes (uninitialized) that nothing else views: a given-back memory when one is large enough,
 * else new memory (of the reusable size when `bytes` fits it, so that it can come back).
 */
export function blockMemory(bytes: number, chunkBytes: number): Buffer {
  const reusable = chunkBytes + CARRY_ROOM;
  if (bytes > reusable) return Buffer.allocUnsafeSlow(bytes);
  const last = kept.at(-1);
  const memory = last !== undefined && last.byteLength >= bytes ? (kept.pop() as ArrayBuffer) : undefined;
  return Buffer.from(memory ?? Buffer.allocUnsafeSlow(reusable).buffer, 0, bytes);
}

/**
 * Gives back the memory of a consumed block for reuse: it moves to a new owner (every view of it here, the block's
 * bytes included, is left empty, as when a block moves to a worker thread).
 */
export function giveBackBlockMemory(memory: ArrayBuffer): void {
  if (kept.length >= KEPT || memory.byteLength === 0) return;
  kept.push(structuredClone(memory, { transfer: [memory] }));
}

/** The memory of the blocks among `units` (it moves between threads with them). */
export function blockMemoryOf(units: readonly SourceDoc[]): ArrayBuffer[] {
  return units.flatMap((u) => (u.block ? [u.block.bytes.buffer as ArrayBuffer] : []));
}
