import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PACKAGE = path.join(REPO_ROOT, 'test', 'fixtures', 'stactools-demo');
export const EXAMPLE_DIR = path.join(REPO_ROOT, 'examples', 'demo');

/**
 * A copy of the example dataset in a fresh temp dir, self-contained like a dataset repository: the demo package
 * is copied into `packages/stactools-demo` and the manifest points there. `edit` may rewrite the manifest text.
 */
export async function copyExample(
  edit: (manifest: string) => string = (m) => m,
): Promise<{ dir: string; manifest: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-example-'));
  await cp(EXAMPLE_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.stac-ingest`) });
  await cp(DEMO_PACKAGE, path.join(dir, 'packages', 'stactools-demo'), { recursive: true });
  const manifest = path.join(dir, 'stac-ingest.yaml');
  const text = (await readFile(manifest, 'utf8')).replace(
    '../../test/fixtures/stactools-demo',
    './packages/stactools-demo',
  );
  await writeFile(manifest, edit(text));
  return { dir, manifest, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
