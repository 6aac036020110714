import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { leftovers } from '../cancel.js';

/** A 32-bit hash of a string (FNV-1a over its UTF-16 units, then a final mix so that every bit counts). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const BUFFER_BYTES = 1 << 20;
const FIRST_MEMBERS = 1 << 15;

/**
 * An exact set of strings that keeps 20 bytes or less per member in memory: per member its 32-bit hash and the
 * offset of its record in a temporary file (the member with a payload, read back only when two hashes agree), and
 * a table of member numbers by hash. A million members take 20 MB, whatever their length.
 */
export class SpilledKeySet {
  /** 1 + the number of the member in the slot of its hash (open addressing, at most half full); 0: empty. */
  private slots = new Uint32Array(FIRST_MEMBERS * 2);
  private hashes = new Uint32Array(FIRST_MEMBERS);
  private offsets = new Float64Array(FIRST_MEMBERS);
  private count = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  /** Bytes in the file; records after them wait in `buffer` (its first `buffered` bytes). */
  private written = 0;
  private readonly buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
  private buffered = 0;

  /**
   * Adds `key` (with `payload`, kept for whoever adds the same key later) and returns undefined;
   * when the key is already in the set, returns the payload it was first added with.
   */
  addOrGet(key: string, payload: string): string | undefined {
    const { hash, slot, payload: earlier } = this.find(key);
    if (earlier !== undefined) return earlier;
    if (this.count === this.hashes.length) this.growMembers();
    this.hashes[this.count] = hash;
    // one JSON array per line (JSON text holds no raw line break)
    this.offsets[this.count] = this.append(`${JSON.stringify([key, payload])}\n`);
    this.slots[slot] = ++this.count;
    if (this.count * 2 > this.slots.length) this.growSlots();
    return undefined;
  }

  /** Whether `key` is in the set. */
  has(key: string): boolean {
    return this.find(key).payload !== undefined;
  }

  /** The payload `key` was added with (undefined: not in the set), else its hash and the free slot it would take. */
  private find(key: string): { hash: number; slot: number; payload?: string } {
    const hash = keyHash(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let m = this.slots[slot] as number; m !== 0; slot = (slot + 1) & mask, m = this.slots[slot] as number) {
      if (this.hashes[m - 1] !== hash) continue;
      const [known, payload] = JSON.parse(this.read(this.offsets[m - 1] as number)) as [string, string];
      if (known === key) return { hash, slot, payload };
    }
    return { hash, slot };
  }

  /** Removes the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) leftovers.removeDirSync(this.dir);
    this.fd = undefined;
    this.dir = undefined;
  }

  /** Appends a record; returns its offset in the file. */
  private append(record: string): number {
    const offset = this.written + this.buffered;
    const bytes = Buffer.byteLength(record);
    if (this.buffered + bytes > BUFFER_BYTES) this.flush();
    if (bytes > BUFFER_BYTES) {
      writeSync(this.file(), record, this.written);
      this.written += bytes;
    } else this.buffered += this.buffer.write(record, this.buffered);
    return offset;
  }

  private file(): number {
    if (this.fd === undefined) {
      const dir = (this.dir = leftovers.tempDirSync('stac-ingest-keys-'));
      this.fd = openSync(path.join(dir, 'keys'), 'w+');
    }
    return this.fd;
  }

  private flush(): void {
    if (this.buffered === 0) return;
    writeSync(this.file(), this.buffer, 0, this.buffered, this.written);
    this.written += this.buffered;
    this.buffered = 0;
  }

  /** The record at `offset`, up to its newline. */
  private read(offset: number): string {
    this.flush();
    const parts: Buffer[] = [];
    for (let pos = offset; ;) {
      const buf = Buffer.alloc(4096);
      const n = readSync(this.file(), buf, 0, buf.length, pos);
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl !== -1 || n === 0) {
        parts.push(buf.subarray(0, nl === -1 ? n : nl));
        return Buffer.concat(parts).toString('utf8');
      }
      parts.push(buf.subarray(0, n));
      pos += n;
    }
  }

  private growMembers(): void {
    const hashes = new Uint32Array(this.hashes.length * 2);
    const offsets = new Float64Array(this.offsets.length * 2);
    hashes.set(this.hashes);
    offsets.set(this.offsets);
    this.hashes = hashes;
    this.offsets = offsets;
  }

  private growSlots(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let m = 1; m <= this.count; m++) {
      let slot = (this.hashes[m - 1] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = m;
    }
    this.slots = slots;
  }
}
