import { existsSync } from 'node:fs';
import path from 'node:path';
import { createProcessRunner } from '../../src/clients/process.js';
import { REPO_ROOT } from './dataset.js';
import { TWIN_ENV_FILE } from './twin.js';

/**
 * Starts the local twin for the test run when it is installed and not already running, and stops it
 * afterwards if (and only if) this run started it. Not installed: the twin tests fail with the fix.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const runner = createProcessRunner();
  const twin = path.join(REPO_ROOT, 'twin', 'twin.py');
  const installed = existsSync(path.join(REPO_ROOT, '.twin', 'install.json'));
  if (!installed) return async () => {};
  const status = await runner.run('python3', [twin, 'status'], { timeoutMs: 30_000 });
  if (status.exitCode === 0 && existsSync(TWIN_ENV_FILE)) return async () => {};
  const started = await runner.run('python3', [twin, 'start'], { timeoutMs: 240_000 });
  if (started.exitCode !== 0) throw new Error(`could not start the local twin:\n${started.stdout}\n${started.stderr}`);
  return async () => {
    await runner.run('python3', [twin, 'stop'], { timeoutMs: 60_000 });
  };
}
