import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file of a folder (relative path -> sha256), read in chunks. */
export async function treeHashes(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
    files.set(path.relative(root, abs), hash.digest('hex'));
  }
  return files;
}
