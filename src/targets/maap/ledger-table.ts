import type { Origin } from '../../model/stac.js';
import { detached } from '../../model/keys.js';
import { packUuid, uuidAt } from '../../model/uuid.js';
import { Names, numbered } from '../../model/names.js';

/**
 * `published`: SNS accepted it (with a MessageId), or the catalog showed it landed after a call that got no
 * answer; `unknown`: the last call it took part in got no answer (a timeout) and it was not seen landing, so
 * SNS may hold it or not; `failed`: no copy of it can have been accepted.
 */
export type LedgerStatus = 'published' | 'unknown' | 'failed';

export interface LedgerError {
  code: string;
  message: string;
  /** SNS: true when the request itself was wrong (permanent), false when SNS may accept a retry. */
  senderFault?: boolean;
}

/** What happened to one published entry. */
export interface LedgerRecord {
  key: string;
  origin: Origin;
  topicArn: string;
  /** The SNS MessageId of the latest successful publish. */
  messageId?: string;
  /** MessageIds of earlier publishes of the same entry (e.g. before a redrive); DLQ copies may carry these. */
  previousMessageIds?: string[];
  status: LedgerStatus;
  error?: LedgerError;
  /** PublishBatch calls this entry took part in, in its latest publish. */
  attempts: number;
  /** ISO time of the latest successful publish. */
  publishedAt?: string;
  /** How often this entry was re-published from a dead-letter queue. */
  redrives?: number;
}

const STATUSES: readonly LedgerStatus[] = ['published', 'unknown', 'failed'];
const HAS_MESSAGE_ID = 1 << 2;
const ORIGIN_FIELDS = ['file', 'entry', 'sourceId'] as const;
/** Numbers per record in `fields`. */
const FIELDS = 6;

/** What does not fit a record's compact form, kept as given. */
interface Extra {
  messageId?: string;
  previousMessageIds?: string[];
  error?: LedgerError;
  publishedAt?: string;
  pointer?: string;
  /** The origin, when it has fields other than file, line, pointer, entry and sourceId. */
  origin?: Origin;
}

/**
 * The run ledger's records, compactly (issue 12: as objects, with their key, origin, topic and MessageId strings,
 * they took about 540 bytes per record, and a million-item run would not fit): per record its key, a few numbers
 * in typed arrays, its MessageId as 16 bytes and its publish time as a number; topics, files, source ids and entries
 * are kept once (an entry that ends in a number, as an ItemRequest's `sources[0] (src) row 12`: the text before it
 * once, and the number). What does not fit (errors, earlier MessageIds, a JSON pointer) is kept as given beside
 * them. Records are found by topic and key, and by any MessageId they were published with; read back as
 * LedgerRecord objects.
 */
export class LedgerTable {
  private readonly names = new Names();
  /** Per topic (its name number), the row of each key. */
  private readonly rows = new Map<number, Map<string, number>>();
  private readonly keys: string[] = [];
  /** topic, file, entry, sourceId (name numbers, -1: none), line, the number the entry ends in (-1: none). */
  private fields = new Int32Array(FIELDS * 1024);
  /** status (bits 0-1), has a 16-byte MessageId. */
  private flags = new Uint8Array(1024);
  private attempts = new Uint32Array(1024);
  /** 1 + redrives; 0: none said. */
  private redrives = new Uint16Array(1024);
  /** Milliseconds since the epoch; NaN: none. */
  private publishedAt = new Float64Array(1024);
  private messageIds = Buffer.alloc(16 * 1024);
  /** Row + 1 by the first 4 bytes of a 16-byte MessageId (open addressing, at most half full); 0: empty. */
  private messageSlots = new Uint32Array(2048);
  private slotsUsed = 0;
  /** Rows of MessageIds that are not in `messageSlots` (earlier ones, and any that is not a UUID). */
  private readonly otherMessages = new Map<string, number>();
  private readonly extras = new Map<number, Extra>();
  private readonly unknown = new Set<number>();
  private readonly statusCounts = [0, 0, 0];

  get size(): number {
    return this.keys.length;
  }

  /** Adds the record of (topic, key), or replaces it in place. */
  set(r: LedgerRecord): void {
    const topic = this.names.numberOf(r.topicArn);
    let byKey = this.rows.get(topic);
    if (byKey === undefined) this.rows.set(topic, (byKey = new Map()));
    let row = byKey.get(r.key);
    if (row === undefined) {
      row = this.keys.length;
      if (row === this.flags.length) this.grow();
      const key = detached(r.key);
      this.keys.push(key);
      byKey.set(key, row);
    } else {
      this.statusCounts[this.flags[row]! & 3]!--;
      this.unknown.delete(row);
    }
    this.fill(row, topic, r);
  }

  /** The row of (topic, key). */
  rowOf(topicArn: string, key: string): number | undefined {
    const topic = this.names.find(topicArn);
    return topic === undefined ? undefined : this.rows.get(topic)?.get(key);
  }

  /** The first row (in the order added) of `key` in any topic. */
  firstRowOf(key: string): number | undefined {
    let first: number | undefined;
    for (const byKey of this.rows.values()) {
      const row = byKey.get(key);
      if (row !== undefined && (first === undefined || row < first)) first = row;
    }
    return first;
  }

  /** The row published with this MessageId (the latest or an earlier one). */
  rowOfMessage(messageId: string): number | undefined {
    const probe = Buffer.alloc(16);
    if (!packUuid(messageId, probe, 0)) return this.otherMessages.get(messageId);
    const mask = this.messageSlots.length - 1;
    for (let slot = probe.readUInt32LE(0) & mask; this.messageSlots[slot] !== 0; slot = (slot + 1) & mask) {
      const row = this.messageSlots[slot]! - 1;
      const own = this.flags[row]! & HAS_MESSAGE_ID;
      if (own && this.messageIds.compare(probe, 0, 16, 16 * row, 16 * row + 16) === 0) return row;
    }
    return this.otherMessages.get(messageId);
  }

  /** The record of a row, as a new object. */
  at(row: number): LedgerRecord {
    const f = (i: number) => this.fields[FIELDS * row + i]!;
    const extra = this.extras.get(row);
    const r: LedgerRecord = {
      key: this.keys[row]!,
      origin: extra?.origin ?? this.originAt(row, extra?.pointer),
      topicArn: this.names.at(f(0)),
      status: STATUSES[this.flags[row]! & 3]!,
      attempts: this.attempts[row]!,
    };
    if (this.flags[row]! & HAS_MESSAGE_ID) r.messageId = uuidAt(this.messageIds, 16 * row);
    else if (extra?.messageId !== undefined) r.messageId = extra.messageId;
    if (extra?.previousMessageIds !== undefined) r.previousMessageIds = extra.previousMessageIds;
    if (extra?.error !== undefined) r.error = extra.error;
    const at = this.publishedAt[row]!;
    if (!Number.isNaN(at)) r.publishedAt = new Date(at).toISOString();
    else if (extra?.publishedAt !== undefined) r.publishedAt = extra.publishedAt;
    if (this.redrives[row]! > 0) r.redrives = this.redrives[row]! - 1;
    return r;
  }

  /** Rows whose status is `unknown`, in the order added. */
  unknownRows(): number[] {
    return [...this.unknown].sort((a, b) => a - b);
  }

  count(status: LedgerStatus): number {
    return this.statusCounts[STATUSES.indexOf(status)]!;
  }

  private fill(row: number, topic: number, r: LedgerRecord): void {
    const extra: Extra = {};
    const { file, entry, sourceId, line, pointer, ...more } = r.origin;
    if (Object.keys(more).length > 0 || (line !== undefined && line < 0)) extra.origin = r.origin;
    else if (pointer !== undefined) extra.pointer = pointer;
    const [entryText, entryNumber] = entry === undefined ? [undefined, -1] : (numbered(entry) ?? [entry, -1]);
    const named = { file, entry: entryText, sourceId };
    this.fields[FIELDS * row] = topic;
    ORIGIN_FIELDS.forEach(
      (k, i) => (this.fields[FIELDS * row + 1 + i] = named[k] === undefined ? -1 : this.names.numberOf(named[k])),
    );
    this.fields[FIELDS * row + 4] = line ?? -1;
    this.fields[FIELDS * row + 5] = entryNumber;
    const status = STATUSES.indexOf(r.status);
    this.statusCounts[status]!++;
    if (r.status === 'unknown') this.unknown.add(row);
    this.flags[row] = status;
    if (r.messageId !== undefined && packUuid(r.messageId, this.messageIds, 16 * row)) {
      this.flags[row] = status | HAS_MESSAGE_ID;
      this.indexMessage(row);
    } else if (r.messageId !== undefined) {
      extra.messageId = r.messageId;
      this.otherMessages.set(r.messageId, row);
    }
    for (const m of r.previousMessageIds ?? []) this.otherMessages.set(m, row);
    if (r.previousMessageIds !== undefined) extra.previousMessageIds = r.previousMessageIds;
    if (r.error !== undefined) extra.error = r.error;
    this.attempts[row] = r.attempts;
    this.redrives[row] = r.redrives === undefined ? 0 : r.redrives + 1;
    const at = r.publishedAt === undefined ? NaN : Date.parse(r.publishedAt);
    const exact = !Number.isNaN(at) && new Date(at).toISOString() === r.publishedAt;
    this.publishedAt[row] = exact ? at : NaN;
    if (r.publishedAt !== undefined && !exact) extra.publishedAt = r.publishedAt;
    if (Object.keys(extra).length > 0) this.extras.set(row, extra);
    else this.extras.delete(row);
  }

  private originAt(row: number, pointer: string | undefined): Origin {
    const f = (i: number) => this.fields[FIELDS * row + i]!;
    const origin: Origin = { file: f(1) < 0 ? '' : this.names.at(f(1)) };
    if (f(4) >= 0) origin.line = f(4);
    if (pointer !== undefined) origin.pointer = pointer;
    if (f(2) >= 0) origin.entry = f(5) >= 0 ? this.names.at(f(2)) + f(5) : this.names.at(f(2));
    if (f(3) >= 0) origin.sourceId = this.names.at(f(3));
    return origin;
  }

  /** Puts the row's MessageId in `messageSlots` (a slot left by its earlier MessageId stays: it no longer matches). */
  private indexMessage(row: number): void {
    if (2 * (this.slotsUsed + 1) > this.messageSlots.length) this.growSlots();
    const mask = this.messageSlots.length - 1;
    let slot = this.messageIds.readUInt32LE(16 * row) & mask;
    while (this.messageSlots[slot] !== 0 && this.messageSlots[slot] !== row + 1) slot = (slot + 1) & mask;
    if (this.messageSlots[slot] === 0) this.slotsUsed++;
    this.messageSlots[slot] = row + 1;
  }

  private grow(): void {
    const n = this.flags.length * 2;
    const wider = <T extends Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.fields = wider(this.fields, new Int32Array(FIELDS * n));
    this.flags = wider(this.flags, new Uint8Array(n));
    this.attempts = wider(this.attempts, new Uint32Array(n));
    this.redrives = wider(this.redrives, new Uint16Array(n));
    this.publishedAt = wider(this.publishedAt, new Float64Array(n));
    const ids = Buffer.alloc(16 * n);
    this.messageIds.copy(ids);
    this.messageIds = ids;
  }

  private growSlots(): void {
    this.messageSlots = new Uint32Array(this.messageSlots.length * 2);
    this.slotsUsed = 0;
    for (let row = 0; row < this.size; row++) if (this.flags[row]! & HAS_MESSAGE_ID) this.indexMessage(row);
  }
}
