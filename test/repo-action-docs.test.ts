import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderActionDocs } from '../scripts/action-docs.js';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

const runner = createProcessRunner();
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const script = path.join(REPO_ROOT, 'scripts', 'action-docs.ts');
const NEW_INPUT = '  dry-run:\n    description: Only say what would happen | nothing else.\n    required: true\n';
let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the README's Action inputs and outputs tables", () => {
  it('are exactly what action.yml generates (run `npm run docs` after editing action.yml)', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(renderActionDocs(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8'), readme)).toBe(readme);
  });

  it('drift is caught by --check and fixed by the script', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-docs-'));
    for (const f of ['README.md', 'action.yml']) await cp(path.join(REPO_ROOT, f), path.join(dir, f));
    const action = await readFile(path.join(dir, 'action.yml'), 'utf8');
    await writeFile(path.join(dir, 'action.yml'), action.replace('inputs:\n', `inputs:\n${NEW_INPUT}`));

    const check = await runner.run(tsx, [script, dir, '--check'], { cwd: dir, timeoutMs: 60_000 });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain('differ from action.yml; run `npm run docs`');

    expect((await runner.run(tsx, [script, dir], { cwd: dir, timeoutMs: 60_000 })).exitCode).toBe(0);
    const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('| `dry-run` | required | Only say what would happen \\| nothing else. |');
    expect((await runner.run(tsx, [script, dir, '--check'], { cwd: dir, timeoutMs: 60_000 })).exitCode).toBe(0);
  });

  it('a README without the marked blocks is an error, not a silent pass', () => {
    expect(() => renderActionDocs('inputs: {}\n', '# no tables\n')).toThrow(
      /README.md has no block <!-- action-inputs/,
    );
  });
});
