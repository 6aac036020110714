/** The run ledger's write-ahead file (src/targets/maap/journal.ts): append, flush to disk, reopen. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal } from '../src/targets/maap/journal.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-journal-'));
  dirs.push(dir);
  return path.join(dir, 'sub', 'ledger-run.jsonl');
}

const lines = async (file: string): Promise<unknown[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('Journal', () => {
  it('writes the header once, in a folder it creates, and every appended line once flushed', async () => {
    const file = await tempFile();
    const journal = await Journal.open(file, { header: 1 });
    expect(await lines(file)).toEqual([{ header: 1 }]);
    journal.append({ n: 1 });
    journal.append({ n: 2 });
    await journal.flush();
    expect(await lines(file)).toEqual([{ header: 1 }, { n: 1 }, { n: 2 }]);
    await journal.close();
  });

  it('concurrent flushes write every line once, in append order', async () => {
    const file = await tempFile();
    const journal = await Journal.open(file, { header: 1 });
    const flushes: Promise<void>[] = [];
    for (let n = 0; n < 50; n++) {
      journal.append({ n });
      flushes.push(journal.flush());
    }
    await Promise.all(flushes);
    expect(await lines(file)).toEqual([{ header: 1 }, ...Array.from({ length: 50 }, (_, n) => ({ n }))]);
    await journal.close();
  });

  it('reopened, appends after what is there without a second header; close flushes', async () => {
    const file = await tempFile();
    const first = await Journal.open(file, { header: 1 });
    first.append({ n: 1 });
    await first.close();
    const again = await Journal.open(file, { header: 2 });
    again.append({ n: 2 });
    await again.close();
    expect(await lines(file)).toEqual([{ header: 1 }, { n: 1 }, { n: 2 }]);
  });
});
