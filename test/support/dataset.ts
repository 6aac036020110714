import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PACKAGE = path.join(REPO_ROOT, 'test', 'fixtures', 'stactools-demo');
export const EXAMPLE_DIR = path.join(REPO_ROOT, 'examples', 'demo');

/**
 * A copy of the example dataset in a fresh temp dir, with the demo package referenced by absolute path.
 * `edit` may rewrite the manifest text.
 */
export async function copyExample(
  edit: (manifest: string) => string = (m) => m,
): Promise<{ dir: string; manifest: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-example-'));
  await cp(EXAMPLE_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.stac-ingest`) });
  const manifest = path.join(dir, 'stac-ingest.yaml');
  const text = (await readFile(manifest, 'utf8')).replace('../../test/fixtures/stactools-demo', DEMO_PACKAGE);
  await writeFile(manifest, edit(text));
  return { dir, manifest, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
