import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogSection } from '../scripts/release-tags.js';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

/** The repository's changesets setup (config, pending changesets, CHANGELOG) run by the real changesets CLI. */
const runner = createProcessRunner();
const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('changesets', () => {
  it('turns the pending changesets into a version and a CHANGELOG section the release script reads', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-changesets-'));
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    await cp(path.join(REPO_ROOT, '.changeset'), path.join(dir, '.changeset'), { recursive: true });
    await cp(path.join(REPO_ROOT, 'CHANGELOG.md'), path.join(dir, 'CHANGELOG.md'));
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'stac-ingest', version: pkg.version, private: true }),
    );
    await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    await writeFile(
      path.join(dir, '.changeset', 'test-fix.md'),
      "---\n'stac-ingest': patch\n---\n\nA fix users will read about.\n",
    );
    const env = { ...process.env, ...identity };
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['commit', '-qm', 'base'],
    ]) {
      expect((await runner.run('git', args, { cwd: dir, env, timeoutMs: 30_000 })).exitCode).toBe(0);
    }
    const pending = (await readdir(path.join(dir, '.changeset'))).filter((f) => f.endsWith('.md') && f !== 'README.md');

    const r = await runner.run(path.join(REPO_ROOT, 'node_modules', '.bin', 'changeset'), ['version'], {
      cwd: dir,
      env,
      timeoutMs: 120_000,
    });
    expect(r.exitCode, r.stderr).toBe(0);

    const version = (JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version).not.toBe(pkg.version);
    const notes = changelogSection(await readFile(path.join(dir, 'CHANGELOG.md'), 'utf8'), version);
    expect(notes).toContain('A fix users will read about.');
    expect((await readdir(path.join(dir, '.changeset'))).filter((f) => pending.includes(f))).toEqual([]);
  });
});
