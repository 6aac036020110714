import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchesAny } from './glob.js';
import { realPathOf } from './workspace.js';

/**
 * A uv requirement as the package policy sees it: what `allowed-packages` globs are matched against (`key`) and
 * whether it is pinned to one release. Local paths are named `./<path in the workspace>`, git URLs without their
 * `@ref`, index packages by their normalized name (PEP 503: lower case, runs of `-_.` as `-`).
 */
export type PackageRef =
  | {
      kind: 'local';
      key: string;
      pinned: true;
      /** As written, joined to the manifest's folder, not normalized. */ path: string;
    }
  | { kind: 'url'; key: string; pinned: boolean }
  | { kind: 'index'; key: string; pinned: boolean };

const NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
/** `==1.2.3` or `===1.2.3` (after optional extras), nothing else: one release. */
const EXACT = /^\s*(?:\[[^\]]*\])?\s*===?\s*[^\s,*;]+\s*(?:;.*)?$/;
/** A full commit or a version tag (`v1.2`, `1.2.0`); a branch is not a pin. */
const PINNED_REF = /^(?:[0-9a-f]{40}|v?\d[\w.+-]*)$/i;

export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A local package's path as uv is given it: joined to the manifest's folder, `..` not yet applied. */
function localPath(spec: string, manifestDir: string): string {
  if (spec.startsWith('file://')) return fileURLToPath(spec);
  const rest = spec.startsWith('file:') ? spec.slice('file:'.length) : spec;
  return path.isAbsolute(rest) ? rest : `${manifestDir}${path.sep}${rest}`;
}

/** `./<path in the workspace>`, or the absolute path when it lies outside. */
function keyIn(abs: string, workspace: string): string {
  const rel = path.relative(workspace, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs;
  return rel === '' ? '.' : `./${rel.split(path.sep).join('/')}`;
}

/**
 * The keys a local package must be allowed under, symlinks followed: where the system reaches it (`..` after a
 * symlink leaves the symlink's target) and where its normalized path leads; uv is given the path as written.
 */
export async function realPackageKeys(ref: Extract<PackageRef, { kind: 'local' }>, workspace: string) {
  const root = await realPathOf(workspace);
  const real = await realpath(ref.path).catch(() => undefined);
  const normalized = await realPathOf(path.resolve(ref.path));
  return [...new Set([real ?? normalized, normalized].map((p) => keyIn(p, root)))];
}

function urlRef(url: string): PackageRef {
  const [noFragment = '', fragment = ''] = url.split('#', 2);
  const vcs = /^(git|hg|svn|bzr)\+/i.exec(noFragment);
  if (!vcs) return { kind: 'url', key: noFragment, pinned: /(?:^|&)sha256=[0-9a-f]{64}/i.test(fragment) };
  let parsed: URL;
  try {
    parsed = new URL(noFragment.slice(vcs[0].length));
  } catch {
    return { kind: 'url', key: noFragment, pinned: false };
  }
  const at = parsed.pathname.lastIndexOf('@');
  const pathname = at < 0 ? parsed.pathname : parsed.pathname.slice(0, at);
  const ref = at < 0 ? '' : decodeURIComponent(parsed.pathname.slice(at + 1));
  const key = `${vcs[0].toLowerCase()}${parsed.protocol}//${parsed.host.toLowerCase()}${pathname}`;
  return { kind: 'url', key, pinned: PINNED_REF.test(ref) };
}

export function parsePackage(spec: string, manifestDir: string, workspace: string): PackageRef {
  const s = spec.trim();
  if (/^(?:\.\.?\/|\/|file:)/.test(s) || s === '.' || s === '..') {
    const abs = localPath(s, manifestDir);
    return { kind: 'local', key: keyIn(path.resolve(abs), workspace), pinned: true, path: abs };
  }
  const direct = /^[^@\s]+\s*@\s*(\S+:\/\/.*)$/.exec(s);
  if (direct) return urlRef(direct[1] as string);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return urlRef(s);
  const name = NAME.exec(s);
  if (!name) return { kind: 'index', key: s, pinned: false };
  return {
    kind: 'index',
    key: normalizePackageName(name[1] as string),
    pinned: EXACT.test(s.slice(name[0].length)),
  };
}

export function packageAllowed(ref: PackageRef, patterns: readonly string[], key = ref.key): boolean {
  return matchesAny(key, patterns, { caseInsensitive: ref.kind !== 'local' });
}
