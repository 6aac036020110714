import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { stripBom } from './json-text.js';

/**
 * Stream a text file line by line (1-based line numbers, BOM and CR stripped) without holding it in memory.
 * The file is opened before the first line is asked for, so a missing file rejects the first `next()`.
 */
export async function* readLines(absPath: string): AsyncGenerator<{ text: string; line: number }> {
  const handle = await open(absPath, 'r');
  try {
    const lines = createInterface({
      input: handle.createReadStream({ encoding: 'utf8', autoClose: false }),
      crlfDelay: Infinity,
    });
    let line = 0;
    for await (const raw of lines) {
      line++;
      yield { text: line === 1 ? stripBom(raw) : raw, line };
    }
  } finally {
    await handle.close();
  }
}
