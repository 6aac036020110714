import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { leftovers } from '../../cancel.js';

/** A 64-bit hash of a string as two 32-bit halves (two multiply-xor lanes over its UTF-16 units). */
function hash64(key: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const FLUSH_BYTES = 1 << 20;

/**
 * An exact set of strings that keeps a few bytes per member in memory: 64-bit hashes and file offsets
 * in typed arrays, the members themselves (each with a payload) appended to a temporary file and read
 * back only when two hashes agree. A million members take about 32 MB, whatever their length.
 */
export class SpilledKeySet {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  /** 1 + the record's offset in the file; 0: empty slot. */
  private at = new Float64Array(1 << 16);
  private count = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  private written = 0;
  private pending: string[] = [];
  private pendingBytes = 0;

  /**
   * Adds `key` (with `payload`, kept for whoever adds the same key later) and returns undefined;
   * when the key is already in the set, returns the payload it was first added with.
   */
  addOrGet(key: string, payload: string): string | undefined {
    const [h1, h2] = hash64(key);
    const mask = this.at.length - 1;
    let slot = h1 & mask;
    while (this.at[slot] !== 0) {
      if (this.hi[slot] === h1 && this.lo[slot] === h2) {
        const [known, earlier] = JSON.parse(this.read((this.at[slot] as number) - 1)) as [string, string];
        if (known === key) return earlier;
      }
      slot = (slot + 1) & mask;
    }
    this.hi[slot] = h1;
    this.lo[slot] = h2;
    // one JSON array per line (JSON text holds no raw line break)
    this.at[slot] = 1 + this.append(`${JSON.stringify([key, payload])}\n`);
    if (++this.count * 2 > this.at.length) this.grow();
    return undefined;
  }

  /** Removes the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) leftovers.removeDirSync(this.dir);
    this.fd = undefined;
    this.dir = undefined;
  }

  private append(record: string): number {
    const offset = this.written + this.pendingBytes;
    this.pending.push(record);
    this.pendingBytes += Buffer.byteLength(record);
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return offset;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    if (this.fd === undefined) {
      const dir = (this.dir = leftovers.tempDirSync('stac-ingest-keys-'));
      this.fd = openSync(path.join(dir, 'keys'), 'w+');
    }
    writeSync(this.fd, this.pending.join(''), this.written);
    this.written += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The record at `offset`, up to its newline. */
  private read(offset: number): string {
    this.flush();
    const parts: Buffer[] = [];
    for (let pos = offset; ;) {
      const buf = Buffer.alloc(4096);
      const n = readSync(this.fd as number, buf, 0, buf.length, pos);
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl !== -1 || n === 0) {
        parts.push(buf.subarray(0, nl === -1 ? n : nl));
        return Buffer.concat(parts).toString('utf8');
      }
      parts.push(buf.subarray(0, n));
      pos += n;
    }
  }

  private grow(): void {
    const { hi, lo, at } = this;
    const size = at.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.at = new Float64Array(size);
    for (let i = 0; i < at.length; i++) {
      if (at[i] === 0) continue;
      let slot = (hi[i] as number) & (size - 1);
      while (this.at[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.hi[slot] = hi[i] as number;
      this.lo[slot] = lo[i] as number;
      this.at[slot] = at[i] as number;
    }
  }
}
