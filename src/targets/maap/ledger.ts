import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import { Journal } from './journal.js';
import { LedgerTable, type LedgerRecord } from './ledger-table.js';

export type { LedgerError, LedgerRecord, LedgerStatus } from './ledger-table.js';

/**
 * Where the publisher reports each entry's outcome. A write-ahead sink also takes the intent
 * (`sending`, before each PublishBatch call) and makes both durable in `flush`, which the publisher
 * awaits before it sends, and after each answer before it takes more work.
 */
export interface LedgerSink {
  record(record: LedgerRecord): void;
  sending?(topicArn: string, keys: string[]): void;
  flush?(): Promise<void>;
}

const originSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  pointer: z.string().optional(),
  entry: z.string().optional(),
  sourceId: z.string().optional(),
});

const recordSchema = z.object({
  key: z.string().min(1),
  origin: originSchema,
  topicArn: z.string().min(1),
  messageId: z.string().min(1).optional(),
  previousMessageIds: z.array(z.string()).optional(),
  status: z.enum(['published', 'unknown', 'failed']),
  error: z.object({ code: z.string(), message: z.string(), senderFault: z.boolean().optional() }).optional(),
  attempts: z.number().int().nonnegative(),
  publishedAt: z.string().optional(),
  redrives: z.number().int().nonnegative().optional(),
});

const headerSchema = z.object({
  ledger: z.literal('stac-ingest'),
  version: z.literal(2),
  runId: z.string().min(1),
  createdAt: z.string().min(1),
});

const lineSchema = z.union([
  z.strictObject({ record: recordSchema }),
  z.strictObject({ sending: z.strictObject({ topicArn: z.string().min(1), keys: z.array(z.string().min(1)) }) }),
  z.strictObject({ closed: z.string().min(1) }),
]);

/** A run id that sorts by time: `20260807T101502Z-3fa9c1`. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function ledgerPath(dir: string, runId: string): string {
  return join(dir, `ledger-${runId}.jsonl`);
}

/** Default directory for run ledgers, relative to the working directory. */
export const LEDGER_DIR = '.stac-ingest';

/**
 * Every message this run published: SNS MessageId against entry key and origin. Later steps
 * (wait, verify, redrive, report) read it. It is a write-ahead journal,
 * `.stac-ingest/ledger-<runId>.jsonl` (./journal.ts): a header line, then
 * `{"sending": {topicArn, keys}}` before each PublishBatch call and `{"record": ...}` for each
 * outcome, on disk before the publisher moves on; `{"closed": time}` when a publish stage ends.
 * A run killed at any instant leaves every acknowledged MessageId in it; the keys of calls whose
 * answer never arrived are `inDoubt()` (SNS may or may not have accepted them).
 */
export class RunLedger implements LedgerSink {
  /** Every entry's latest record, kept compactly. */
  private readonly table = new LedgerTable();
  private readonly doubt = new Map<string, string>();
  private journal: Journal | undefined;
  /** Read from a file whose last publish stage did not end (killed, or still running). */
  interrupted = false;

  constructor(
    readonly runId: string,
    readonly createdAt: string = new Date().toISOString(),
  ) {}

  private static entryKey(key: string, topicArn: string): string {
    return `${topicArn}\u0000${key}`;
  }

  /** Starts (or continues) writing this ledger to `<dir>/ledger-<runId>.jsonl`; returns its path. */
  async journalTo(dir: string = LEDGER_DIR): Promise<string> {
    const path = ledgerPath(dir, this.runId);
    if (this.journal?.path === path) return path;
    await this.journal?.close();
    this.journal = await Journal.open(path, {
      ledger: 'stac-ingest',
      version: 2,
      runId: this.runId,
      createdAt: this.createdAt,
    });
    return path;
  }

  /** Notes that a PublishBatch of `keys` is about to be sent (durable after `flush`). */
  sending(topicArn: string, keys: string[]): void {
    for (const k of keys) this.doubt.set(RunLedger.entryKey(k, topicArn), k);
    this.journal?.append({ sending: { topicArn, keys } });
  }

  /** Adds or updates the record of (key, topicArn); a replaced MessageId moves to previousMessageIds. */
  record(next: LedgerRecord): void {
    this.apply(next);
    this.journal?.append({ record: next });
  }

  private apply(next: LedgerRecord): void {
    this.doubt.delete(RunLedger.entryKey(next.key, next.topicArn));
    const row = this.table.rowOf(next.topicArn, next.key);
    const prev = row === undefined ? undefined : this.table.at(row);
    const merged: LedgerRecord = { ...next };
    if (prev !== undefined) {
      const previous = [...(prev.previousMessageIds ?? []), ...(next.previousMessageIds ?? [])];
      if (prev.messageId !== undefined && prev.messageId !== next.messageId) previous.push(prev.messageId);
      const unique = [...new Set(previous)].filter((m) => m !== next.messageId);
      if (unique.length > 0) merged.previousMessageIds = unique;
      const redrives = next.redrives ?? prev.redrives;
      if (redrives !== undefined) merged.redrives = redrives;
    }
    this.table.set(merged);
  }

  /** Everything recorded so far is on disk when this resolves (a no-op without a journal). */
  async flush(): Promise<void> {
    await this.journal?.flush();
  }

  /** Marks the end of a publish stage, flushes and closes the file (`journalTo` opens it again). */
  async close(): Promise<void> {
    if (this.journal === undefined) return;
    const journal = this.journal;
    this.journal = undefined;
    journal.append({ closed: new Date().toISOString() });
    await journal.close();
  }

  /** The record of `key` in `topicArn` (without a topic: the first recorded of `key` in any topic), as a new object. */
  get(key: string, topicArn?: string): LedgerRecord | undefined {
    const row = topicArn !== undefined ? this.table.rowOf(topicArn, key) : this.table.firstRowOf(key);
    return row === undefined ? undefined : this.table.at(row);
  }

  /** The record that published this SNS MessageId (current or earlier publish). */
  byMessageId(messageId: string): LedgerRecord | undefined {
    const row = this.table.rowOfMessage(messageId);
    return row === undefined ? undefined : this.table.at(row);
  }

  records(): LedgerRecord[] {
    return Array.from({ length: this.table.size }, (_, row) => this.table.at(row));
  }

  /**
   * Keys SNS may or may not have accepted: sent in a PublishBatch whose answer was never recorded (the run
   * was killed meanwhile), or recorded `unknown` (the call got no answer).
   */
  inDoubt(): string[] {
    const unknown = this.table.unknownRows().map((row) => this.table.at(row).key);
    return [...new Set([...this.doubt.values(), ...unknown])];
  }

  get size(): number {
    return this.table.size;
  }

  counts(): { published: number; failed: number; unknown?: number } {
    const counts = { published: this.table.count('published'), failed: this.table.count('failed') };
    const unknown = this.table.count('unknown');
    return unknown > 0 ? { ...counts, unknown } : counts;
  }

  /** Reads a ledger file; a torn last line (the process was killed while writing it) is dropped. */
  static async read(file: string): Promise<RunLedger> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new ConfigurationError(`cannot read the run ledger ${file}`, {
        location: { file },
        hint: 'check the path / run id',
        cause: err,
      });
    }
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const [first, ...rest] = lines.map((l, i) => parseLine(l, file, i + 1, i === lines.length - 1));
    const header = validated(headerSchema, first, file, 1);
    const ledger = new RunLedger(header.runId, header.createdAt);
    rest.forEach((value, i) => {
      if (value === TORN) return void (ledger.interrupted = true);
      const line = validated(lineSchema, value, file, i + 2);
      if ('record' in line) ledger.apply(stripUndefined(line.record) as LedgerRecord);
      else if ('sending' in line)
        for (const k of line.sending.keys) ledger.doubt.set(RunLedger.entryKey(k, line.sending.topicArn), k);
      ledger.interrupted = !('closed' in line);
    });
    return ledger;
  }
}

const TORN = Symbol('torn line');

function parseLine(text: string, file: string, line: number, last: boolean): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    if (last && line > 1) return TORN;
    throw new ConfigurationError(`line ${line} of the run ledger is not valid JSON: ${(err as Error).message}`, {
      location: { file, line },
      cause: err,
    });
  }
}

function validated<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigurationError(`not a stac-ingest run ledger: ${issue?.message ?? 'invalid'}`, {
    location: { file, line, pointer: issue ? '/' + issue.path.map(String).join('/') : '' },
    hint: 'pass the ledger-<runId>.jsonl that a publish run wrote under .stac-ingest/',
  });
}

/** zod keeps absent optional keys absent, but exactOptionalPropertyTypes wants no explicit undefined anywhere. */
function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
    return out as T;
  }
  return value;
}
