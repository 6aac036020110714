import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changelogSection } from '../scripts/release-tags.js';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

/** The release tagging script on a real git repository that pushes to a real (bare, local) origin. */
const runner = createProcessRunner();
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const script = path.join(REPO_ROOT, 'scripts', 'release-tags.ts');
const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
let root: string;
let work: string;

async function git(...args: string[]): Promise<string> {
  const r = await runner.run('git', args, { cwd: work, env: { ...process.env, ...identity }, timeoutMs: 30_000 });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

async function release(
  version: string,
  changelog = `# x\n\n## ${version}\n\n### Minor Changes\n\n- notes for ${version}\n`,
) {
  await writeFile(path.join(work, 'package.json'), JSON.stringify({ name: 'x', version }));
  await writeFile(path.join(work, 'CHANGELOG.md'), changelog);
  await git('add', '-A');
  await git('commit', '-qm', `release ${version}`);
  await git('push', '-q', 'origin', 'HEAD:main');
  const outputFile = path.join(root, `output-${version}.txt`);
  await writeFile(outputFile, '');
  const env = { ...process.env, ...identity, GITHUB_OUTPUT: outputFile };
  const r = await runner.run(tsx, [script, '--push', '--notes', path.join(root, 'notes.md')], {
    cwd: work,
    env,
    timeoutMs: 60_000,
  });
  return { ...r, output: await readFile(outputFile, 'utf8'), head: await git('rev-parse', 'HEAD') };
}

/** Tag -> commit on the remote (annotated tags peeled). */
async function remoteTags(): Promise<Record<string, string>> {
  const lines = (await git('ls-remote', '--tags', 'origin')).split('\n').filter(Boolean);
  const tags: Record<string, string> = {};
  for (const line of lines) {
    const [sha, ref] = line.split('\t') as [string, string];
    if (ref.endsWith('^{}')) tags[ref.slice('refs/tags/'.length, -3)] = sha;
  }
  return tags;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'stac-ingest-release-'));
  work = path.join(root, 'work');
  await runner.run('git', ['init', '-q', '--bare', path.join(root, 'origin.git')], { timeoutMs: 30_000 });
  await runner.run('git', ['init', '-q', '-b', 'main', work], { timeoutMs: 30_000 });
  await git('remote', 'add', 'origin', path.join(root, 'origin.git'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scripts/release-tags.ts', () => {
  it('tags vX.Y.Z, points the major tag at it, pushes both and writes the release notes', async () => {
    const r = await release('1.0.0');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.output).toBe('tag=v1.0.0\nreleased=true\n');
    expect(await remoteTags()).toEqual({ 'v1.0.0': r.head, v1: r.head });
    expect(await readFile(path.join(root, 'notes.md'), 'utf8')).toBe('### Minor Changes\n\n- notes for 1.0.0\n');
  });

  it('does nothing when the version was not bumped', async () => {
    const before = await remoteTags();
    await writeFile(path.join(work, 'README.md'), 'docs only\n');
    await git('add', '-A');
    await git('commit', '-qm', 'docs');
    const outputFile = path.join(root, 'output-docs.txt');
    await writeFile(outputFile, '');
    const r = await runner.run(tsx, [script, '--push'], {
      cwd: work,
      env: { ...process.env, ...identity, GITHUB_OUTPUT: outputFile },
      timeoutMs: 60_000,
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('v1.0.0 already exists');
    expect(await readFile(outputFile, 'utf8')).toBe('tag=v1.0.0\nreleased=false\n');
    expect(await remoteTags()).toEqual(before);
  });

  it('moves v1 on a minor release and starts v2 on a major one, leaving v1 where it was', async () => {
    const first = (await remoteTags())['v1.0.0'];
    const minor = await release('1.1.0');
    expect(minor.exitCode, minor.stderr).toBe(0);
    expect(await remoteTags()).toEqual({ 'v1.0.0': first, 'v1.1.0': minor.head, v1: minor.head });
    const major = await release('2.0.0');
    expect(major.exitCode, major.stderr).toBe(0);
    expect(await remoteTags()).toEqual({
      'v1.0.0': first,
      'v1.1.0': minor.head,
      v1: minor.head,
      'v2.0.0': major.head,
      v2: major.head,
    });
  });

  it('refuses a pre-release version and a version without CHANGELOG notes, tagging nothing', async () => {
    const before = await remoteTags();
    const pre = await release('2.1.0-beta.1');
    expect(pre.exitCode).not.toBe(0);
    expect(pre.stderr).toContain('package.json version 2.1.0-beta.1 is not X.Y.Z');
    const noNotes = await release('2.1.0', '# x\n\n## 2.0.0\n\n- older\n');
    expect(noNotes.exitCode).not.toBe(0);
    expect(noNotes.stderr).toContain('CHANGELOG.md has no "## 2.1.0" section');
    expect(await remoteTags()).toEqual(before);
    expect(await git('tag', '--list', 'v2.1.0')).toBe('');
  });

  it('reads one version section of a changesets CHANGELOG', () => {
    const log = '# stac-ingest changelog\n\n## 1.1.0\n\n### Minor Changes\n\n- b\n\n## 1.0.0\n\n- a\n';
    expect(changelogSection(log, '1.1.0')).toBe('### Minor Changes\n\n- b');
    expect(changelogSection(log, '1.0.0')).toBe('- a');
    expect(changelogSection(log, '3.0.0')).toBeUndefined();
  });
});
