/**
 * Tags a release the way Actions users expect: `vX.Y.Z` on HEAD (the version in package.json) and the
 * major tag `vX` moved to it, so `uses: maap/stac-ingest@v1` gets every compatible release.
 *   tsx scripts/release-tags.ts [--push] [--notes FILE]
 * Does nothing when `vX.Y.Z` already exists (a push without a version bump). `--notes` writes the
 * version's CHANGELOG.md section. Writes `tag=` and `released=` to $GITHUB_OUTPUT when set.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

function tagExists(tag: string): boolean {
  try {
    git('rev-parse', '--verify', '--quiet', `refs/tags/${tag}`);
    return true;
  } catch {
    return false;
  }
}

/** The `## X.Y.Z` section of a changesets CHANGELOG, without its heading. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (start === -1) return undefined;
  const next = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines
    .slice(start + 1, next === -1 ? undefined : next)
    .join('\n')
    .trim();
}

function main(argv: string[]): void {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const match = /^(\d+)\.\d+\.\d+$/.exec(version);
  if (match === null) throw new Error(`package.json version ${version} is not X.Y.Z; a release needs one`);
  const tag = `v${version}`;
  const major = `v${match[1]}`;
  const output = (released: boolean) => {
    if (process.env['GITHUB_OUTPUT'])
      appendFileSync(process.env['GITHUB_OUTPUT'], `tag=${tag}\nreleased=${released}\n`);
  };
  if (tagExists(tag)) {
    console.log(`${tag} already exists (${git('rev-list', '-n', '1', tag).slice(0, 12)}); nothing to release`);
    output(false);
    return;
  }
  const notesAt = argv.indexOf('--notes');
  if (notesAt !== -1) {
    const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version);
    if (notes === undefined) throw new Error(`CHANGELOG.md has no "## ${version}" section`);
    writeFileSync(argv[notesAt + 1] ?? 'release-notes.md', `${notes}\n`);
  }
  git('tag', '-a', tag, '-m', tag);
  git('tag', '-f', '-a', major, '-m', `${major} -> ${tag}`, `${tag}^{commit}`);
  if (argv.includes('--push')) {
    git('push', 'origin', `refs/tags/${tag}`);
    git('push', '--force', 'origin', `refs/tags/${major}`);
  }
  console.log(`tagged ${tag} and moved ${major} to ${git('rev-parse', 'HEAD').slice(0, 12)}`);
  output(true);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
