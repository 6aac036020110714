import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { inputName, type TrustedPolicy } from './policy.js';

/**
 * Workspace containment: every local path a manifest (or a catalog it points at) makes us read must lie inside the
 * workspace, or inside a directory the workflow allows (`allow-paths`), after following symlinks. `../outside`,
 * absolute paths, `file:///etc/passwd` and a symlink under `items/` pointing elsewhere are all refused.
 */

function nearestRepositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The workspace of a run: the one given (the Action: GITHUB_WORKSPACE), else the repository holding the manifest,
 * else the manifest's folder. */
export function workspaceOf(manifestPath: string, given?: string): string {
  const dir = path.dirname(path.resolve(manifestPath));
  return path.resolve(given ?? nearestRepositoryRoot(dir) ?? dir);
}

/** The real path of `p`, following links in the part of it that exists. */
export async function realPathOf(p: string): Promise<string> {
  const rest: string[] = [];
  for (let d = path.resolve(p); ; d = path.dirname(d)) {
    try {
      return path.join(await realpath(d), ...rest.reverse());
    } catch {
      if (path.dirname(d) === d) return path.resolve(p);
      rest.push(path.basename(d));
    }
  }
}

/** Whether `child` is `parent` or lies under it (both absolute, compared as given). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Checks a local path before it is read: resolves to why it may not be read (a sentence naming the path, the
 * workspace and the input that would allow it), or undefined when it may.
 */
export type PathGuard = (abs: string) => Promise<string | undefined>;

/** The guard of a policy: the workspace and the `allow-paths` directories, each by its real path. */
export function workspaceGuard(policy: Pick<TrustedPolicy, 'workspace' | 'outsidePaths'>): PathGuard {
  let roots: Promise<string[]> | undefined;
  return async (abs) => {
    roots ??= Promise.all([policy.workspace, ...policy.outsidePaths].map((r) => realPathOf(r)));
    const real = await realPathOf(abs);
    if ((await roots).some((root) => isInside(real, root))) return undefined;
    const via = real === path.resolve(abs) ? '' : ` (through a symlink: ${real})`;
    return (
      `${abs}${via} lies outside the workspace ${policy.workspace}; ` +
      `${inputName('allowPaths')} lists directories outside it that may be read (now: ` +
      `${policy.outsidePaths.join(', ') || 'none'})`
    );
  };
}
