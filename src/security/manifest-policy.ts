import type { LoadedManifest, ManifestPath } from '../manifest/load.js';
import { formatPath } from '../manifest/messages.js';
import type { Target } from '../manifest/schema.js';
import type { Command } from '../model/result.js';
import { ConfigurationError } from '../errors.js';
import { matchesAny } from './glob.js';
import { packageAllowed, parsePackage, realPackageKeys } from './packages.js';
import { inputName, type TrustedPolicy } from './policy.js';

/**
 * What a manifest asks for beyond the trusted policy: packages to run, environment variables to use as
 * credentials (a target's token or an assets source's `env` for its tool), hosts to send credentials to. Each
 * refusal is located at the manifest value and names the input that would allow it. Pins are checked for `plan`
 * and `run` (plan previews what run would install); extra requirements (`with`, e.g. `affine<3`) are allow-listed
 * but may be ranges, like the package's own dependencies.
 */

interface Named {
  path: ManifestPath;
  value: string;
}

/** A package, or an extra requirement beside it (`with`: allow-listed, but pinned like a dependency need not be). */
interface NamedPackage extends Named {
  extra?: boolean;
}

/** A policy list as the hints show it. */
const listed = (values: readonly string[]): string => values.join(', ') || 'none';

function packagesOf(loaded: LoadedManifest): NamedPackage[] {
  const out: NamedPackage[] = [];
  loaded.manifest.collections.forEach((c, i) => {
    if (c.stactools) out.push({ path: ['collections', i, 'stactools', 'package'], value: c.stactools.package });
  });
  loaded.manifest.sources.forEach((s, i) => {
    if (s.stactools) {
      out.push({ path: ['sources', i, 'stactools', 'package'], value: s.stactools.package });
      s.stactools.with.forEach((w, j) =>
        out.push({ path: ['sources', i, 'stactools', 'with', j], value: w, extra: true }),
      );
    }
    // the default tool is ours; only a tool the manifest names is the pull request's choice
    const tool: ManifestPath = ['sources', i, 'assets', 'tool'];
    if (s.assets && loaded.locate(tool) !== undefined) out.push({ path: tool, value: s.assets.tool });
  });
  return out;
}

async function packageErrors(
  loaded: LoadedManifest,
  policy: TrustedPolicy,
  command: Command,
): Promise<ConfigurationError[]> {
  const errors: ConfigurationError[] = [];
  const pins = command === 'plan' || command === 'run';
  for (const { path, value, extra } of packagesOf(loaded)) {
    const ref = parsePackage(value, loaded.dir, policy.workspace);
    const location = loaded.locationOf(path);
    // a local path is matched where it really leads (a symlink, or `..` after one, may leave the allowed folder)
    const keys = ref.kind === 'local' ? await realPackageKeys(ref, policy.workspace) : [ref.key];
    const refused = keys.find((key) => !packageAllowed(ref, policy.allowedPackages, key));
    if (refused !== undefined) {
      const shown = refused === ref.key ? refused : `${ref.key}, really ${refused}`;
      errors.push(
        new ConfigurationError(`${formatPath(path)}: package '${value}' (${shown}) is not an allowed package`, {
          location,
          hint:
            `${inputName('allowedPackages')} lists the packages that may run ` +
            `(now: ${listed(policy.allowedPackages)})`,
        }),
      );
    } else if (pins && !extra && !ref.pinned) {
      errors.push(
        new ConfigurationError(
          `${formatPath(path)}: package '${value}' is not pinned; \`run\` installs pinned packages only`,
          {
            location,
            hint: 'pin it: `name==1.2.3`, `git+https://host/repo@v1.2.3` (a version tag or a full commit), or a URL with #sha256=',
          },
        ),
      );
    }
  }
  return errors;
}

/** Every environment variable a target reads a credential from, with where the manifest names it. */
function credentialNames(name: string, t: Target): Named[] {
  const at = (...rest: string[]): ManifestPath => ['targets', name, ...rest];
  if (t.type === 'maap')
    return t.stac_api_auth_env !== undefined ? [{ path: at('stac_api_auth_env'), value: t.stac_api_auth_env }] : [];
  if (t.type === 'pgstac') return [{ path: at('dsn_env'), value: t.dsn_env }];
  if (t.type === 'ingestor')
    return [
      { path: at('token_env'), value: t.token_env },
      ...(t.cognito ? [{ path: at('cognito', 'client_secret_env'), value: t.cognito.client_secret_env }] : []),
    ];
  return [];
}

/** Every URL a target sends credentials to (tokens, auth headers, client secrets, AWS-signed requests). */
function credentialUrls(name: string, t: Target): Named[] {
  const at = (...rest: string[]): ManifestPath => ['targets', name, ...rest];
  if (t.type === 'maap')
    return [
      ...(t.stac_api_auth_env !== undefined && t.stac_api !== undefined
        ? [{ path: at('stac_api'), value: t.stac_api }]
        : []),
      ...(t.endpoint !== undefined ? [{ path: at('endpoint'), value: t.endpoint }] : []),
    ];
  if (t.type === 'ingestor')
    return [
      { path: at('url'), value: t.url },
      ...(t.cognito ? [{ path: at('cognito', 'domain'), value: t.cognito.domain }] : []),
    ];
  return [];
}

/** Every environment variable (or glob) the manifest names: targets' credentials, assets sources' `env`. */
function namedEnv(loaded: LoadedManifest): Named[] {
  const out = Object.entries(loaded.manifest.targets).flatMap(([name, t]) => credentialNames(name, t));
  loaded.manifest.sources.forEach((s, i) =>
    s.assets?.env.forEach((value, j) => out.push({ path: ['sources', i, 'assets', 'env', j], value })),
  );
  return out;
}

function envErrors(loaded: LoadedManifest, policy: TrustedPolicy): ConfigurationError[] {
  const now = listed(policy.credentialEnv);
  // a glob is allowed when a policy pattern matches it as written (`AWS_*` by `AWS_*`, not by `AWS_REGION`)
  return namedEnv(loaded)
    .filter(({ value }) => !matchesAny(value, policy.credentialEnv))
    .map(
      ({ path, value }) =>
        new ConfigurationError(
          `${formatPath(path)}: the manifest may not read a credential from the environment variable ${value}`,
          {
            location: loaded.locationOf(path),
            hint: `${inputName('credentialEnv')} lists the variables a manifest may name (now: ${now})`,
          },
        ),
    );
}

function targetUrlErrors(loaded: LoadedManifest, policy: TrustedPolicy): ConfigurationError[] {
  const errors: ConfigurationError[] = [];
  for (const [name, target] of Object.entries(loaded.manifest.targets)) {
    for (const { path, value } of credentialUrls(name, target)) {
      const host = new URL(value).hostname.toLowerCase();
      if (matchesAny(host, policy.authHosts, { caseInsensitive: true })) continue;
      errors.push(
        new ConfigurationError(`${formatPath(path)}: credentials would be sent to ${host}, which is not an auth host`, {
          location: loaded.locationOf(path),
          hint:
            `${inputName('authHosts')} lists the hosts credentials may be sent to ` +
            `(now: ${listed(policy.authHosts)})`,
        }),
      );
    }
  }
  return errors;
}

/** Every way the manifest exceeds the policy (empty when it stays within it). */
export async function policyViolations(
  loaded: LoadedManifest,
  policy: TrustedPolicy,
  command: Command,
): Promise<ConfigurationError[]> {
  return [
    ...(await packageErrors(loaded, policy, command)),
    ...envErrors(loaded, policy),
    ...targetUrlErrors(loaded, policy),
  ].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}
