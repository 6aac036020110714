import { afterEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { copyExample, REPO_ROOT } from './support/dataset.js';

/**
 * Runs the committed Action bundle (dist/index.js) the way the runner does: inputs as INPUT_* env vars,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. GitHub itself is the only thing not here.
 */
const runner = createProcessRunner();
/** The machine's environment (certificates, uv settings) without any GitHub Actions variables of our own run. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_')) env[k] = v;
  return env;
}
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function runAction(inputs: Record<string, string>, cwd: string, actionDir = REPO_ROOT) {
  const outputFile = path.join(cwd, 'github-output.txt');
  const summaryFile = path.join(cwd, 'step-summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: cwd,
    GITHUB_EVENT_NAME: 'push',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runner.run(process.execPath, [path.join(actionDir, 'dist', 'index.js')], {
    cwd,
    env,
    timeoutMs: 180_000,
  });
  const outputs: Record<string, string> = {};
  const text = await readFile(outputFile, 'utf8');
  // GITHUB_OUTPUT uses name<<delimiter\nvalue\ndelimiter blocks
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) outputs[m[1]!] = m[3]!;
  return { ...r, outputs, summary: await readFile(summaryFile, 'utf8') };
}

describe('the Action bundle (dist/index.js)', () => {
  it('runs the example: outputs, job summary, JSON report', async () => {
    const ex = await copyExample();
    cleanups.push(ex.cleanup);
    const r = await runAction({ command: 'auto', manifest: 'stac-ingest.yaml', offline: 'true' }, ex.dir);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'success',
      command: 'run',
      'items-generated': '4',
      'items-checked': '7',
      errors: '0',
    });
    expect(r.summary).toContain('## ✅ stac-ingest run');
    expect(r.summary).toContain(
      '| Collection | Collections checked | Items planned | Items checked | Generated | Written |',
    );
    expect(r.summary).toContain('| `demo-collection` | 1 | 7 | 7 | 4 | 7 |');
    const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
    expect(report).toMatchObject({
      report_version: 1,
      ok: true,
      command: 'run',
      totals: { generated: 4, written: 7, checked: 7 },
    });
    expect(r.stdout).toContain('::group::generate');
  });

  it('annotates the file and line of a bad item and fails the step, still writing the summary', async () => {
    const ex = await copyExample();
    cleanups.push(ex.cleanup);
    await writeFile(
      path.join(ex.dir, 'items', 'premade-001.json'),
      '{\n  "type": "Feature",\n  "id": "x",\n  "geometry": null\n}\n',
    );
    const r = await runAction({ command: 'validate', manifest: 'stac-ingest.yaml', offline: 'true' }, ex.dir);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error title=stac-ingest,file=items\/premade-001\.json::loader:null-geometry/);
    expect(r.outputs['result']).toBe('failure');
    expect(r.summary).toContain('## ❌ stac-ingest validate');
    expect(r.stdout).toMatch(/::error::stac-ingest validate failed/);
  });

  it('on a pull request, auto means plan', async () => {
    const ex = await copyExample();
    cleanups.push(ex.cleanup);
    const outputFile = path.join(ex.dir, 'o.txt');
    await writeFile(outputFile, '');
    const r = await runner.run(process.execPath, [path.join(REPO_ROOT, 'dist', 'index.js')], {
      cwd: ex.dir,
      env: {
        ...baseEnv(),
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: ex.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        INPUT_MANIFEST: 'stac-ingest.yaml',
        INPUT_OFFLINE: 'true',
      },
      timeoutMs: 60_000,
    });
    expect(r.exitCode).toBe(0);
    expect(await readFile(outputFile, 'utf8')).toMatch(/command<<\S+\nplan\n/);
    expect(r.stdout).toContain('Plan for stac-ingest.yaml');
  });

  it("validates extension schemas offline from the Action's own checkout (stac-schemas/ next to dist/)", async () => {
    // the runner checks the Action out on its own (…/_actions/owner/repo/ref), apart from the workspace
    const actionDir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-action-'));
    cleanups.push(() => rm(actionDir, { recursive: true, force: true }));
    for (const part of ['action.yml', 'dist', 'stac-schemas'])
      await cp(path.join(REPO_ROOT, part), path.join(actionDir, part), { recursive: true });
    const ex = await copyExample();
    cleanups.push(ex.cleanup);
    const file = path.join(ex.dir, 'items', 'premade-001.json');
    const item = JSON.parse(await readFile(file, 'utf8'));
    item.stac_extensions = [
      'https://stac-extensions.github.io/projection/v1.1.0/schema.json',
      'https://stac-extensions.github.io/storage/v1.0.0/schema.json',
      'https://stac-extensions.github.io/alternate-assets/v1.1.0/schema.json',
    ];
    item.properties['proj:epsg'] = 4326;
    item.properties['storage:platform'] = 'AWS';
    item.assets.data.alternate = { s3: { href: 's3://demo/premade-001.tif' } };
    await writeFile(file, JSON.stringify(item));
    const r = await runAction(
      { command: 'validate', manifest: 'stac-ingest.yaml', offline: 'true' },
      ex.dir,
      actionDir,
    );
    expect(r.stdout).not.toContain('schema:unavailable');
    expect(r.exitCode).toBe(0);
    item.properties['storage:platform'] = 'FLOPPY';
    await writeFile(file, JSON.stringify(item));
    const bad = await runAction(
      { command: 'validate', manifest: 'stac-ingest.yaml', offline: 'true' },
      ex.dir,
      actionDir,
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(
      /file=items\/premade-001\.json::schema:https:\/\/stac-extensions\.github\.io\/storage\/v1\.0\.0/,
    );
  });
});
