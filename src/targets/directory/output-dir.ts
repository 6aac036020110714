import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import type { LoadedManifest } from '../../manifest/load.js';
import { isInside as inside, realPathOf, workspaceOf } from '../../security/workspace.js';
import { takeLock } from './output-lock.js';

/**
 * The directory target's output folder: whose it is, and how it is replaced.
 *
 * A run writes into a fresh sibling `.<name>.stac-ingest-tmp-<random>` that holds a marker file
 * (MARKER_FILE: the tool and the manifest), and swaps it in by rename at the end: the previous
 * output is renamed to `.<name>.stac-ingest-old-<random>`, the new one to `<name>`, then the old one
 * to `.<name>.stac-ingest-del-<random>` (from then on it is never put back) and removed, its marker
 * last. Only folders holding our marker for the same manifest are ever removed or renamed, and empty
 * folders under the names we make (a kill between creating a folder and writing its marker, or
 * between removing the marker and the folder). A run killed before the swap leaves the previous
 * output as it was; the next run removes the leftovers, and puts a previous output back whose swap
 * was cut between the two renames.
 *
 * Two runs never write one output at once: a run holds `.<name>.stac-ingest-lock` (output-lock.ts) from before
 * it cleans up leftovers until the swap is done, so it cannot sweep the staging folder of a run still writing.
 */
export const MARKER_FILE = '.stac-ingest-output.json';
const TOOL = 'stac-ingest';

/** What a run may do with an output folder; built once per run by `outputPolicy`. */
export interface OutputPolicy {
  /** The manifest that owns the output (named, relative to the workspace, in the marker). */
  manifestPath: string;
  /** Outputs stay inside this folder unless `allowOutsideWorkspace`. */
  workspace: string;
  allowOutsideWorkspace: boolean;
  /** Where the path was given (the target's `path` in the manifest), for errors. */
  location?: SourceLocation;
  /** How the path was given, when not by the manifest (e.g. `--output`). */
  givenBy?: string;
}

interface Marker {
  tool: string;
  manifest: string;
}

/**
 * The policy for a run: the workspace is the one given (the Action: GITHUB_WORKSPACE), else the
 * repository holding the manifest, else the manifest's folder.
 */
export function outputPolicy(p: {
  manifestPath: string;
  workspace?: string | undefined;
  allowOutsideWorkspace?: boolean | undefined;
  location?: SourceLocation | undefined;
  givenBy?: string | undefined;
}): OutputPolicy {
  const manifestPath = path.resolve(p.manifestPath);
  return {
    manifestPath,
    workspace: workspaceOf(manifestPath, p.workspace),
    allowOutsideWorkspace: p.allowOutsideWorkspace ?? false,
    ...(p.location !== undefined ? { location: p.location } : {}),
    ...(p.givenBy !== undefined ? { givenBy: p.givenBy } : {}),
  };
}

function refuse(policy: OutputPolicy, root: string, why: string, hint: string): ConfigurationError {
  const by = policy.givenBy ? ` (given by ${policy.givenBy})` : '';
  return new ConfigurationError(`refusing to write the directory target to ${root}${by}: ${why}`, {
    ...(policy.location !== undefined ? { location: policy.location } : {}),
    hint,
  });
}

const CHOOSE = 'choose a folder of its own, e.g. `.stac-ingest/out`';

/** Throws when `root` is a place no run may replace: what holds the manifest or the workspace, or is outside it. */
export async function checkOutputLocation(root: string, policy: OutputPolicy): Promise<void> {
  const real = await realPathOf(root);
  const workspace = await realPathOf(policy.workspace);
  const manifestDir = await realPathOf(path.dirname(policy.manifestPath));
  if (inside(manifestDir, real)) throw refuse(policy, root, `it contains the manifest ${policy.manifestPath}`, CHOOSE);
  if (inside(workspace, real))
    throw refuse(policy, root, 'it is (or contains) the workspace (the repository root by default)', CHOOSE);
  if (!policy.allowOutsideWorkspace && !inside(real, workspace))
    throw refuse(
      policy,
      root,
      `it lies outside the workspace ${policy.workspace}`,
      'choose a folder inside it, or allow it explicitly with --allow-outside-workspace ' +
        '(the Action input `allow-outside-workspace: true`)',
    );
}

async function readMarker(dir: string): Promise<Marker | undefined> {
  try {
    const m = JSON.parse(await readFile(path.join(dir, MARKER_FILE), 'utf8')) as Partial<Marker>;
    return typeof m.tool === 'string' && typeof m.manifest === 'string'
      ? { tool: m.tool, manifest: m.manifest }
      : undefined;
  } catch {
    return undefined;
  }
}

function markerFor(policy: OutputPolicy): Marker {
  return { tool: TOOL, manifest: path.relative(policy.workspace, policy.manifestPath).split(path.sep).join('/') };
}

async function isOurs(dir: string, policy: OutputPolicy): Promise<boolean> {
  const m = await readMarker(dir);
  return m !== undefined && m.tool === TOOL && m.manifest === markerFor(policy).manifest;
}

type OutputState = 'absent' | 'empty' | 'ours';

/** What is at `root` now; throws unless it is nothing, an empty folder, or an output of this manifest. */
export async function outputState(root: string, policy: OutputPolicy): Promise<OutputState> {
  const st = await stat(root).catch(() => undefined);
  if (st === undefined) return 'absent';
  if (!st.isDirectory()) throw refuse(policy, root, 'it is a file, not a folder', CHOOSE);
  if ((await readdir(root)).length === 0) return 'empty';
  if (await isOurs(root, policy)) return 'ours';
  const marker = await readMarker(root);
  if (marker?.tool === TOOL)
    throw refuse(
      policy,
      root,
      `it is the output of another manifest (${marker.manifest})`,
      'give each manifest its own output folder',
    );
  throw refuse(
    policy,
    root,
    `it is not empty and was not created by stac-ingest (it holds no ${MARKER_FILE})`,
    `nothing there is removed; empty or remove it yourself, or ${CHOOSE}`,
  );
}

type SiblingKind = 'tmp' | 'old' | 'del';
const siblingPrefix = (root: string, kind: SiblingKind): string => `.${path.basename(root)}.stac-ingest-${kind}-`;
/** The random part of the names we make: mkdtemp's six characters, or twelve hex digits. */
const OUR_SUFFIX = /^(?:[A-Za-z0-9]{6}|[0-9a-f]{12})$/;

/**
 * Whether a sibling under one of our names is ours to remove: it holds our marker for this manifest, or it is a
 * folder we were killed in the middle of making or removing (empty, or holding only an unreadable marker).
 */
async function isOurLeftover(dir: string, suffix: string, policy: OutputPolicy): Promise<boolean> {
  if (await isOurs(dir, policy)) return true;
  if (!OUR_SUFFIX.test(suffix)) return false;
  const names = await readdir(dir).catch(() => undefined);
  if (names === undefined || names.some((n) => n !== MARKER_FILE)) return false;
  return names.length === 0 || (await readMarker(dir)) === undefined;
}

/** Removes a folder of ours, its marker last: a kill part way leaves it marked (or empty); a later run removes it. */
async function removeOwned(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n !== MARKER_FILE))
    await rm(path.join(dir, name), { recursive: true, force: true });
  await rm(path.join(dir, MARKER_FILE), { force: true });
  await rmdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

/**
 * Leftovers of runs that were killed: temp folders and old outputs are removed, and a previous output whose swap
 * was cut between its two renames is put back. Only our own folders are touched (`isOurLeftover`).
 */
export async function recoverInterrupted(root: string, policy: OutputPolicy): Promise<void> {
  const parent = path.dirname(root);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const kind of ['old', 'tmp', 'del'] as const) {
    const prefix = siblingPrefix(root, kind);
    for (const name of names.filter((n) => n.startsWith(prefix))) {
      const dir = path.join(parent, name);
      if (!(await isOurLeftover(dir, name.slice(prefix.length), policy))) continue;
      if (kind === 'old' && !existsSync(root) && (await isOurs(dir, policy))) await rename(dir, root);
      else await removeOwned(dir);
    }
  }
}

/** A fresh folder to write a new output into, swapped in for `root` by `commit`. */
export interface Staging {
  readonly dir: string;
  /** Replaces the output at the root with the staged one (two renames), then moves the old one aside and removes it. */
  commit(): Promise<void>;
  /** Removes the staged folder. */
  discard(): Promise<void>;
}

/** Everything `openStaging` refuses, checked without touching anything (for `plan`, and before generating). */
export async function checkOutput(root: string, policy: OutputPolicy): Promise<void> {
  await checkOutputLocation(root, policy);
  await outputState(root, policy);
}

/** The policy of a run's directory target: where its path was given, and what the entry allows. */
export function directoryOutputPolicy(
  loaded: Pick<LoadedManifest, 'path' | 'manifest' | 'locationOf'>,
  targetName: string,
  options: { output?: string | undefined; workspace?: string | undefined; allowOutsideWorkspace?: boolean | undefined },
): OutputPolicy {
  const inManifest = options.output === undefined && targetName in loaded.manifest.targets;
  const givenBy =
    options.output !== undefined
      ? '--output (the Action input `output`)'
      : inManifest
        ? undefined
        : `the implicit '${targetName}' target`;
  return outputPolicy({
    manifestPath: loaded.path,
    workspace: options.workspace,
    allowOutsideWorkspace: options.allowOutsideWorkspace,
    location: inManifest ? loaded.locationOf(['targets', targetName, 'path']) : undefined,
    givenBy,
  });
}

/**
 * Takes the output's lock (output-lock.ts), or refuses while another run holds it (or one is writing it). Returns
 * its release.
 */
async function lockOutput(root: string, policy: OutputPolicy): Promise<() => Promise<void>> {
  const file = path.join(path.dirname(root), `.${path.basename(root)}.stac-ingest-lock`);
  await mkdir(path.dirname(root), { recursive: true });
  const lock = await takeLock(file);
  if ('release' in lock) return lock.release;
  const { heldBy: held } = lock;
  throw refuse(
    policy,
    root,
    `another stac-ingest run is writing it` +
      (held ? ` (pid ${held.pid} on ${held.host}, started ${held.started})` : ''),
    `wait for that run to finish; if no run is writing it, remove ${file}`,
  );
}

/** Checks the root, cleans up after killed runs, and creates the staging folder beside the root. */
export async function openStaging(root: string, policy: OutputPolicy): Promise<Staging> {
  await checkOutputLocation(root, policy);
  const unlock = await lockOutput(root, policy);
  try {
    return await stage(root, policy, unlock);
  } catch (err) {
    await unlock();
    throw err;
  }
}

async function stage(root: string, policy: OutputPolicy, unlock: () => Promise<void>): Promise<Staging> {
  await recoverInterrupted(root, policy);
  await outputState(root, policy);
  const parent = path.dirname(root);
  const dir = await mkdtemp(path.join(parent, siblingPrefix(root, 'tmp')));
  await writeFile(path.join(dir, MARKER_FILE), JSON.stringify(markerFor(policy), null, 2) + '\n');
  return {
    dir,
    // the lock goes with a commit that succeeded, else with the discard that follows a failure
    commit: () => swapIn(root, dir, policy).then(unlock),
    discard: () => removeOwned(dir).finally(unlock),
  };
}

/** Replaces the output at the root with the staged folder. */
async function swapIn(root: string, dir: string, policy: OutputPolicy): Promise<void> {
  const parent = path.dirname(root);
  const state = await outputState(root, policy);
  if (state === 'empty') await rmdir(root);
  if (state !== 'ours') return rename(dir, root);
  const id = randomBytes(6).toString('hex');
  const old = path.join(parent, siblingPrefix(root, 'old') + id);
  const del = path.join(parent, siblingPrefix(root, 'del') + id);
  await rename(root, old);
  await rename(dir, root);
  await rename(old, del);
  await removeOwned(del);
}
