import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * An append-only JSON-lines file whose lines are on disk (fsync) when `flush` resolves.
 * Callers append lines synchronously and await `flush` before acting on them; concurrent
 * flushes share one write and one fsync (group commit). A process killed at any instant leaves
 * every flushed line intact; only the line being written can be cut short (readers drop a torn
 * last line).
 */
export class Journal {
  private pending: string[] = [];
  private writing: Promise<void> | undefined;

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
  ) {}

  /** Opens `path` for appending; a new (or empty) file gets `header` as its first line, flushed. */
  static async open(path: string, header: unknown): Promise<Journal> {
    await mkdir(dirname(path), { recursive: true });
    const file = await open(path, 'a');
    const journal = new Journal(path, file);
    if ((await file.stat()).size === 0) journal.append(header);
    await journal.flush();
    return journal;
  }

  append(value: unknown): void {
    this.pending.push(JSON.stringify(value) + '\n');
  }

  /** Resolves once every line appended so far is written and synced; rejects when the disk refuses. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.writing !== undefined) {
      if (this.writing !== undefined) {
        await this.writing;
        continue;
      }
      const chunk = this.pending.join('');
      this.pending = [];
      this.writing = this.write(chunk).finally(() => (this.writing = undefined));
      await this.writing;
    }
  }

  private async write(chunk: string): Promise<void> {
    await this.file.appendFile(chunk, 'utf8');
    await this.file.datasync();
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.file.close();
    }
  }
}
