import type { PublishEntry } from './entry.js';
import { MAX_BATCH_ENTRIES, MAX_SNS_PAYLOAD_BYTES, messageBytes, messageProblem } from './envelope-size.js';

export interface SizedEntry {
  entry: PublishEntry;
  bytes: number;
}

export interface Batch {
  entries: SizedEntry[];
  bytes: number;
}

export interface BatchOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** Called for an entry that can never be sent (too large, empty, `aws:s3`); it is not batched. */
  onRejected: (entry: PublishEntry, problem: { code: string; message: string }) => void;
}

/**
 * Groups entries into PublishBatch-sized batches (at most 10 entries and 256 KiB of payload),
 * pulling from the source only as batches are taken: at most one batch is held here.
 */
export async function* batchEntries(
  source: AsyncIterable<PublishEntry> | Iterable<PublishEntry>,
  options: BatchOptions,
): AsyncGenerator<Batch> {
  const maxEntries = options.maxEntries ?? MAX_BATCH_ENTRIES;
  const maxBytes = options.maxBytes ?? MAX_SNS_PAYLOAD_BYTES;
  let current: Batch = { entries: [], bytes: 0 };
  for await (const entry of source) {
    const bytes = messageBytes(entry.message);
    const problem = messageProblem(entry.message, bytes);
    if (problem !== undefined) {
      options.onRejected(entry, problem);
      continue;
    }
    if (current.entries.length > 0 && (current.entries.length >= maxEntries || current.bytes + bytes > maxBytes)) {
      yield current;
      current = { entries: [], bytes: 0 };
    }
    current.entries.push({ entry, bytes });
    current.bytes += bytes;
  }
  if (current.entries.length > 0) yield current;
}
