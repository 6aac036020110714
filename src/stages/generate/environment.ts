import { createHash } from 'node:crypto';
import { access, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { CommandNotFoundError, type ProcessRunner } from '../../clients/process.js';
import { leftovers } from '../../cancel.js';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import { isLocalPackagePath } from '../../manifest/schema.js';
import { tail, uvError, STDERR_TAIL_CHARS } from './run-create.js';
import { GENERATOR_EXTRA_REQUIREMENTS } from './uvx-command.js';

/** A Python environment holding what the generator's `uvx --with ... --from stactools` would: built once, reused. */
export interface WorkerEnvironment {
  /** sha256 of the interpreter and the pinned requirements: the directory name under the cache. */
  key: string;
  dir: string;
  python: string;
  /** Time spent resolving (every run) and installing (when new, or for a local package). */
  setupMs: number;
  /** Whether this run installed anything into it (a new environment, or a local package rebuilt). */
  installed: boolean;
}

export type EnvironmentOutcome =
  { ok: true; environment: WorkerEnvironment } | { ok: false; error: string; stderr: string; setupMs: number };

export interface EnvironmentOptions {
  runner: ProcessRunner;
  /** Where relative package paths resolve (the manifest directory), as for uvx. */
  cwd: string;
  env?: NodeJS.ProcessEnv | undefined;
  /** Parent of the environments (default: `defaultEnvironmentCache()`). */
  cacheDir?: string | undefined;
  /** Where the request came from, for the missing-uv error. */
  location?: SourceLocation | undefined;
  signal?: AbortSignal | undefined;
}

/** Marks an environment whose install finished. */
const READY_FILE = '.stac-ingest-ready';
const UV_TIMEOUT_MS = 15 * 60_000;

/** `$XDG_CACHE_HOME/stac-ingest/envs`, else `~/.cache/stac-ingest/envs`. */
export function defaultEnvironmentCache(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache'), 'stac-ingest', 'envs');
}

/**
 * The requirement set of the generator's command, `--from stactools` plus `--with
 * "requests,numpy<2.3.0,<package_name>"`
 * (package_name carries the manifest's `with:` after commas), with local paths made absolute against `cwd`.
 */
export function environmentRequirements(packageName: string, cwd: string): string[] {
  const parts = packageName
    .split(',')
    .map((p) => (isLocalPackagePath(p) && !p.startsWith('file:') ? path.resolve(cwd, p) : p));
  return ['stactools', ...GENERATOR_EXTRA_REQUIREMENTS, ...parts];
}

function missingUv(location: SourceLocation | undefined, cause: unknown): ConfigurationError {
  return new ConfigurationError(
    'uv not found on PATH: in a workflow add `- uses: astral-sh/setup-uv@v6`; locally `pip install uv`',
    {
      ...(location !== undefined ? { location } : {}),
      hint:
        'the worker engine builds the stactools environment with uv (`engine: uvx` runs the ' +
        "generator's uvx command instead)",
      cause,
    },
  );
}

class UvFailure extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

async function uv(o: EnvironmentOptions, args: string[], cwd: string): Promise<string> {
  let r;
  try {
    r = await o.runner.run('uv', args, {
      cwd,
      ...(o.env ? { env: o.env } : {}),
      timeoutMs: UV_TIMEOUT_MS,
      ...(o.signal ? { signal: o.signal } : {}),
    });
  } catch (err) {
    if (err instanceof CommandNotFoundError) throw missingUv(o.location, err);
    throw err;
  }
  if (r.exitCode === 0) return r.stdout;
  const why = r.timedOut ? 'timed out' : (uvError(r.stderr) ?? `exited with code ${r.exitCode ?? r.signal ?? '?'}`);
  throw new UvFailure(`uv ${args.slice(0, 2).join(' ')} failed: ${why}`, tail(r.stderr, STDERR_TAIL_CHARS));
}

/** `uv pip compile` of the requirement set: the resolution a fresh uvx call would make now. */
async function resolvePins(o: EnvironmentOptions, python: string, requirements: string[]): Promise<string> {
  const dir = await leftovers.tempDir('stac-ingest-req-');
  try {
    const input = path.join(dir, 'requirements.in');
    await writeFile(input, requirements.join('\n') + '\n');
    return await uv(o, ['pip', 'compile', input, '--python', python, '--no-header', '--no-annotate', '--quiet'], o.cwd);
  } finally {
    await leftovers.removeDir(dir);
  }
}

/** An environment no run has used for this long is removed by the next run that prepares one. */
export const ENVIRONMENT_MAX_AGE_MS = 30 * 24 * 3600_000;

/**
 * Removes the environments under `cacheDir` that no run has used for `maxAgeMs` (their ready marker's time, touched
 * on every use). Only folders named like ours and holding our ready marker: anything else is left alone.
 * Best-effort: a folder that cannot be read or removed stays. Returns the folders removed.
 */
export async function pruneEnvironments(
  cacheDir: string,
  maxAgeMs = ENVIRONMENT_MAX_AGE_MS,
  now = Date.now(),
): Promise<string[]> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!/^[0-9a-f]{24}$/.test(name)) continue;
    const dir = path.join(cacheDir, name);
    const marker = await stat(path.join(dir, READY_FILE)).catch(() => undefined);
    if (marker === undefined || now - marker.mtimeMs < maxAgeMs) continue;
    const gone = await rm(dir, { recursive: true, force: true }).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(dir);
  }
  return removed;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * The environment for one generator package spec: resolves the requirement set with uv (every run, like uvx), and
 * installs the pins into `<cache>/<sha>` unless an earlier run did. A local package is reinstalled once per run.
 * No bytecode at install (the workers write it as they import, once). Throws only a
 * ConfigurationError for a missing uv; uv's failures are outcomes.
 */
export async function prepareEnvironment(packageName: string, o: EnvironmentOptions): Promise<EnvironmentOutcome> {
  const started = Date.now();
  try {
    // uvx picks the default interpreter, not a project's pin: ask from the filesystem root
    const python = (await uv(o, ['python', 'find', '--no-project'], path.parse(o.cwd).root)).trim();
    const requirements = environmentRequirements(packageName, o.cwd);
    const pins = await resolvePins(o, python, requirements);
    const key = createHash('sha256').update(`${python}\n${pins}`).digest('hex');
    const cacheDir = o.cacheDir ?? defaultEnvironmentCache(o.env);
    const dir = path.join(cacheDir, key.slice(0, 24));
    const envPython =
      process.platform === 'win32' ? path.join(dir, 'Scripts', 'python.exe') : path.join(dir, 'bin', 'python');
    const local = packageName.split(',').some(isLocalPackagePath);
    const ready = await exists(path.join(dir, READY_FILE));
    if (!ready || local) {
      await mkdir(dir, { recursive: true });
      await uv(o, ['venv', '--allow-existing', '--quiet', '--python', python, dir], dir);
      await writeFile(path.join(dir, 'requirements.txt'), pins);
      // uv locks the environment while it installs, so concurrent runs wait for each other
      await uv(
        o,
        ['pip', 'install', '--python', envPython, '--quiet', '-r', path.join(dir, 'requirements.txt')],
        o.cwd,
      );
      await writeFile(path.join(dir, READY_FILE), new Date().toISOString() + '\n');
    } else {
      const now = new Date();
      await utimes(path.join(dir, READY_FILE), now, now);
    }
    await pruneEnvironments(cacheDir);
    return {
      ok: true,
      environment: { key, dir, python: envPython, setupMs: Date.now() - started, installed: !ready || local },
    };
  } catch (err) {
    if (err instanceof UvFailure)
      return { ok: false, error: err.message, stderr: err.stderr, setupMs: Date.now() - started };
    throw err;
  }
}
