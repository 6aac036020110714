import { matchesAny } from './glob.js';

/**
 * The environment of every subprocess we start (uvx running stactools packages or rio-stac): an allow-list,
 * never the job's environment. A package named by a manifest is code from the pull request; it gets what a
 * Python tool needs to run (PATH, HOME, locale, temp, uv and proxy settings) and what the workflow names
 * explicitly (the `subprocess-env` input), and none of the job's secrets.
 */

/** Variables every subprocess gets when set. */
const BASE_NAMES = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  // Windows needs these to start any process
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
];
const BASE_PREFIXES = ['LC_', 'UV_', 'XDG_'];

/** Never passed, even when named: the runner's own credentials and the Action's inputs (which hold secrets). */
const NEVER = [/^INPUT_/i, /^ACTIONS_/i, /^UV_PUBLISH_/i];

/** Whether a variable of the job may be passed to a subprocess, given the extra names (globs) the workflow set. */
export function passesToSubprocess(name: string, extra: readonly string[]): boolean {
  if (NEVER.some((re) => re.test(name))) return false;
  const upper = name.toUpperCase();
  if (BASE_NAMES.includes(upper) || BASE_PREFIXES.some((p) => upper.startsWith(p))) return true;
  return matchesAny(name, extra);
}

/** The subprocess environment built from `env` (the job's): the allow-listed variables only. */
export function subprocessEnvironment(env: NodeJS.ProcessEnv, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && passesToSubprocess(name, extra)) out[name] = value;
  return out;
}
