import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/dataset.js';

/**
 * A user's clone has nothing beside it (no ../shared): tests, fixtures, scripts and benchmarks may
 * only read files inside the repository. `.ci/run` also runs the whole suite from a copy of the
 * repository in an empty temp folder, where any such read fails.
 */
const OUTSIDE = [
  /shared\/stac-schemas/, // the reference mirror the bundled stac-schemas/ replaced
  /['"]\.\.['"]\s*,\s*['"]shared['"]/, // a path joined from a parent-folder segment and the shared folder's name
  /(\.\.\/){2,}shared\b/, // a relative path two or more folders up into the shared folder
  /\/work\//, // this machine's absolute paths
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === '__pycache__' || name.startsWith('.')) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const isComment = (line: string) => /^\s*(\/\/|\*|\/\*|#)/.test(line);

describe('the test suite is self-contained', () => {
  it('no test, fixture, script or benchmark points at a folder outside the repository', () => {
    const roots = ['test', 'scripts', 'bench', 'examples', '.ci'].map((d) => path.join(REPO_ROOT, d));
    const offenders: string[] = [];
    for (const file of [
      ...roots.flatMap(files),
      path.join(REPO_ROOT, 'vitest.config.ts'),
      path.join(REPO_ROOT, 'package.json'),
    ]) {
      if (/\.(tif|png|gz|zip)$/.test(file) || file === import.meta.filename) continue; // this file names the patterns
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!isComment(line) && OUTSIDE.some((re) => re.test(line)))
            offenders.push(`${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it.runIf(process.env['STAC_INGEST_ISOLATED_COPY'] === '1')(
    'runs from a copy of the repository with nothing beside it (.ci/run)',
    () => {
      expect(readdirSync(path.dirname(REPO_ROOT))).toEqual([path.basename(REPO_ROOT)]);
    },
  );
});
