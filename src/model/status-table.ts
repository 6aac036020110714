import type { ObjectState, ObjectStatus } from './delivery.js';
import type { Origin } from './stac.js';
import { collectionKey, itemKey } from './keys.js';
import { packUuid, uuidAt } from './uuid.js';
import { Names, numbered } from './names.js';

const KINDS: ReadonlyArray<ObjectStatus['kind']> = ['collection', 'item', 'request'];
const STATES: readonly ObjectState[] = [
  'planned',
  'orphan',
  'written',
  'unchanged',
  'published',
  'verified',
  'stale',
  'missing',
  'unverified',
  'dead-lettered',
  'failed',
];
const CHANGES = [undefined, 'new', 'changed', 'unchanged'] as const;
const SENT = 1 << 8;
const HAS_REF = 1 << 9;
/** The ref is the object's id (an ingestion of the ingestor API). */
const REF_IS_ID = 1 << 10;
/** The ref is a name (a pgstac batch label, shared by the batch's items): its number in the first 4 ref bytes. */
const REF_NAME = 1 << 11;

/** What does not fit an object's compact form, kept as given. */
interface Extra {
  key?: string;
  reason?: string;
  origin?: Origin;
}

/** The key an object of this kind, collection and id has unless told otherwise. */
function usualKey(kind: ObjectStatus['kind'], collection: string | null, id: string | null): string | undefined {
  if (id === null) return undefined;
  return kind === 'collection' ? collectionKey(id) : kind === 'item' ? itemKey(collection ?? '', id) : undefined;
}

/**
 * Object statuses kept compactly, for a delivery of many windows (issue 12: kept as objects, each with its key,
 * origin and MessageId strings, they took about 700 bytes per item): per object a few numbers in typed arrays, its
 * id, and an SNS MessageId as 16 bytes; strings that repeat (collections, files, source ids, entries) are kept
 * once, and a key or entry that ends in a number (an ItemRequest's `request:src#12`, `sources[0] (src) row 12`) as
 * the text before it, kept once, and the number. What does not fit (a reason, an origin with other fields, a key
 * of another form) is kept as given beside them. Read back as ObjectStatus objects.
 */
export class StatusTable {
  private readonly names = new Names();
  private readonly ids: Array<string | null> = [];
  private collections = new Int32Array(1024);
  private files = new Int32Array(1024);
  private lines = new Int32Array(1024);
  /** The origin's source id (-1: none), its entry's text and number (-1: none), a key's text and number. */
  private sources = new Int32Array(1024);
  private entries = new Int32Array(1024);
  private entryNumbers = new Int32Array(1024);
  private keys = new Int32Array(1024);
  private keyNumbers = new Int32Array(1024);
  /** kind (bits 0-1), state (2-5), change (6-7), sent, has a 16-byte ref, ref is the id, ref is a name. */
  private flags = new Uint16Array(1024);
  private refs = Buffer.alloc(16 * 1024);
  private readonly extras = new Map<number, Extra>();
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(s: ObjectStatus): void {
    const i = this.size++;
    if (i === this.flags.length) this.grow();
    const extra: Extra = {};
    this.ids.push(s.id);
    this.collections[i] = s.collection === null ? -1 : this.names.numberOf(s.collection);
    if (!this.packOrigin(i, s.origin)) extra.origin = s.origin;
    this.keys[i] = -1;
    if (s.key !== usualKey(s.kind, s.collection, s.id)) {
      const [text, n] = numbered(s.key) ?? [undefined, -1];
      if (text === undefined) extra.key = s.key;
      else [this.keys[i], this.keyNumbers[i]] = [this.names.numberOf(text), n];
    }
    if (s.reason !== undefined) extra.reason = s.reason;
    let bits = KINDS.indexOf(s.kind) | (STATES.indexOf(s.state) << 2) | (CHANGES.indexOf(s.change) << 6);
    if (s.sent) bits |= SENT;
    if (s.ref !== undefined) bits |= this.packRef(s.ref, s.id, i);
    this.flags[i] = bits;
    if (Object.keys(extra).length > 0) this.extras.set(i, extra);
  }

  /** Keeps the origin of object `i` in the columns; false when it does not fit them. */
  private packOrigin(i: number, origin: Origin): boolean {
    const { file, line, entry, sourceId, ...more } = origin;
    this.files[i] = this.names.numberOf(file);
    this.lines[i] = line ?? -1;
    this.sources[i] = sourceId === undefined ? -1 : this.names.numberOf(sourceId);
    const [text, n] = entry === undefined ? [undefined, -1] : (numbered(entry) ?? [entry, -1]);
    this.entries[i] = text === undefined ? -1 : this.names.numberOf(text);
    this.entryNumbers[i] = n;
    return Object.keys(more).length === 0 && (line === undefined || line >= 0);
  }

  /** The origin of object `i`, from the columns. */
  private origin(i: number): Origin {
    const line = this.lines[i]!;
    const origin: Origin = { file: this.names.at(this.files[i]!), ...(line >= 0 ? { line } : {}) };
    const [entry, n] = [this.entries[i]!, this.entryNumbers[i]!];
    if (entry >= 0) origin.entry = n >= 0 ? this.names.at(entry) + n : this.names.at(entry);
    if (this.sources[i]! >= 0) origin.sourceId = this.names.at(this.sources[i]!);
    return origin;
  }

  /** The status of object `i` (in the order pushed), as a new object. */
  at(i: number): ObjectStatus {
    const bits = this.flags[i]!;
    const extra = this.extras.get(i);
    const kind = KINDS[bits & 3]!;
    const c = this.collections[i]!;
    const collection = c < 0 ? null : this.names.at(c);
    const id = this.ids[i] ?? null;
    const origin = extra?.origin ?? this.origin(i);
    const numberedKey = this.keys[i]! >= 0 ? this.names.at(this.keys[i]!) + this.keyNumbers[i]! : undefined;
    const key = extra?.key ?? numberedKey ?? usualKey(kind, collection, id) ?? '';
    const s: ObjectStatus = { key, kind, collection, id, origin, state: STATES[(bits >> 2) & 15]! };
    if (extra?.reason !== undefined) s.reason = extra.reason;
    if (bits & HAS_REF) s.ref = uuidAt(this.refs, 16 * i);
    else if (bits & REF_IS_ID && id !== null) s.ref = id;
    else if (bits & REF_NAME) s.ref = this.names.at(this.refs.readUInt32LE(16 * i));
    const change = CHANGES[(bits >> 6) & 3];
    if (change !== undefined) s.change = change;
    if (bits & SENT) s.sent = true;
    return s;
  }

  /** Keeps object `i`'s ref: the flag that says how (a UUID packed in its 16 bytes, its id, a name's number). */
  private packRef(ref: string, id: string | null, i: number): number {
    if (ref === id) return REF_IS_ID;
    if (packUuid(ref, this.refs, 16 * i)) return HAS_REF;
    this.refs.writeUInt32LE(this.names.numberOf(ref), 16 * i);
    return REF_NAME;
  }

  toArray(): ObjectStatus[] {
    return Array.from({ length: this.size }, (_, i) => this.at(i));
  }

  private grow(): void {
    const n = this.flags.length * 2;
    const wider = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.collections = wider(this.collections, (k) => new Int32Array(k));
    this.files = wider(this.files, (k) => new Int32Array(k));
    this.lines = wider(this.lines, (k) => new Int32Array(k));
    this.sources = wider(this.sources, (k) => new Int32Array(k));
    this.entries = wider(this.entries, (k) => new Int32Array(k));
    this.entryNumbers = wider(this.entryNumbers, (k) => new Int32Array(k));
    this.keys = wider(this.keys, (k) => new Int32Array(k));
    this.keyNumbers = wider(this.keyNumbers, (k) => new Int32Array(k));
    this.flags = wider(this.flags, (k) => new Uint16Array(k));
    const refs = Buffer.alloc(16 * n);
    this.refs.copy(refs);
    this.refs = refs;
  }
}
