import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Origin } from '../../model/stac.js';
import { ConfigurationError } from '../../errors.js';

export type LedgerStatus = 'published' | 'failed';

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

/** Where the publisher reports each entry's outcome. */
export interface LedgerSink {
  record(record: LedgerRecord): void;
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
  status: z.enum(['published', 'failed']),
  error: z.object({ code: z.string(), message: z.string(), senderFault: z.boolean().optional() }).optional(),
  attempts: z.number().int().nonnegative(),
  publishedAt: z.string().optional(),
  redrives: z.number().int().nonnegative().optional(),
});

const ledgerFileSchema = z.object({
  version: z.literal(1),
  runId: z.string().min(1),
  createdAt: z.string().min(1),
  records: z.array(recordSchema),
});

export type LedgerFile = z.infer<typeof ledgerFileSchema>;

/** A run id that sorts by time: `20260807T101502Z-3fa9c1`. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function ledgerPath(dir: string, runId: string): string {
  return join(dir, `ledger-${runId}.json`);
}

/** Default directory for run ledgers, relative to the working directory. */
export const LEDGER_DIR = '.stac-ingest';

/**
 * Every message this run published: SNS MessageId against entry key and origin. Later steps
 * (wait, verify, redrive, report) read it; it is written to `.stac-ingest/ledger-<runId>.json`.
 */
export class RunLedger implements LedgerSink {
  private readonly byEntry = new Map<string, LedgerRecord>();
  private readonly byMessage = new Map<string, LedgerRecord>();

  constructor(
    readonly runId: string,
    readonly createdAt: string = new Date().toISOString(),
  ) {}

  private static entryKey(key: string, topicArn: string): string {
    return `${topicArn}\u0000${key}`;
  }

  /** Adds or updates the record of (key, topicArn); a replaced MessageId moves to previousMessageIds. */
  record(next: LedgerRecord): void {
    const id = RunLedger.entryKey(next.key, next.topicArn);
    const prev = this.byEntry.get(id);
    const merged: LedgerRecord = { ...next };
    if (prev !== undefined) {
      const previous = [...(prev.previousMessageIds ?? []), ...(next.previousMessageIds ?? [])];
      if (prev.messageId !== undefined && prev.messageId !== next.messageId) previous.push(prev.messageId);
      const unique = [...new Set(previous)].filter((m) => m !== next.messageId);
      if (unique.length > 0) merged.previousMessageIds = unique;
      const redrives = next.redrives ?? prev.redrives;
      if (redrives !== undefined) merged.redrives = redrives;
    }
    this.byEntry.set(id, merged);
    for (const m of [merged.messageId, ...(merged.previousMessageIds ?? [])])
      if (m !== undefined) this.byMessage.set(m, merged);
  }

  get(key: string, topicArn?: string): LedgerRecord | undefined {
    if (topicArn !== undefined) return this.byEntry.get(RunLedger.entryKey(key, topicArn));
    for (const r of this.byEntry.values()) if (r.key === key) return r;
    return undefined;
  }

  /** The record that published this SNS MessageId (current or earlier publish). */
  byMessageId(messageId: string): LedgerRecord | undefined {
    return this.byMessage.get(messageId);
  }

  records(): LedgerRecord[] {
    return [...this.byEntry.values()];
  }

  get size(): number {
    return this.byEntry.size;
  }

  counts(): { published: number; failed: number } {
    let published = 0;
    let failed = 0;
    for (const r of this.byEntry.values()) {
      if (r.status === 'published') published++;
      else failed++;
    }
    return { published, failed };
  }

  toJSON(): LedgerFile {
    return { version: 1, runId: this.runId, createdAt: this.createdAt, records: this.records() };
  }

  static fromJSON(data: unknown, file = '<ledger>'): RunLedger {
    const parsed = ledgerFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const pointer = issue ? '/' + issue.path.map(String).join('/') : '';
      throw new ConfigurationError(`not a stac-ingest run ledger: ${issue?.message ?? 'invalid'}`, {
        location: { file, pointer },
        hint: 'pass the ledger-<runId>.json that a publish run wrote under .stac-ingest/',
      });
    }
    const ledger = new RunLedger(parsed.data.runId, parsed.data.createdAt);
    for (const r of parsed.data.records) ledger.record(stripUndefined(r) as LedgerRecord);
    return ledger;
  }

  /** Writes `<dir>/ledger-<runId>.json` atomically (temp file + rename) and returns its path. */
  async write(dir: string = LEDGER_DIR): Promise<string> {
    const path = ledgerPath(dir, this.runId);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.toJSON(), null, 1) + '\n', 'utf8');
    await rename(tmp, path);
    return path;
  }

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
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new ConfigurationError(`the run ledger is not valid JSON: ${(err as Error).message}`, {
        location: { file },
        cause: err,
      });
    }
    return RunLedger.fromJSON(data, file);
  }
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
