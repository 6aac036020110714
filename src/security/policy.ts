import path from 'node:path';
import {
  addressClasses,
  DEFAULT_FETCH_POLICY,
  FETCH_LIST_SETTINGS,
  FETCH_NUMBER_SETTINGS,
  settingName,
  type FetchPolicy,
} from './fetch-policy.js';

/**
 * The trusted policy: what may run, where secrets may go and what may be fetched (src/security/fetch-policy.ts).
 * It comes from the Action's inputs (the workflow file) or the CLI's flags and the defaults below, never from the
 * manifest, which a pull request can change. Each setting names the input and flag that widen it, for the errors
 * that refuse a manifest.
 */

export interface TrustedPolicy {
  /** The workspace (GITHUB_WORKSPACE, or the working directory): local packages are named relative to it. */
  workspace: string;
  /** Directories outside the workspace that manifest paths, globs and symlinks may still resolve into (absolute). */
  outsidePaths: string[];
  /** uv requirements (globs over PyPI names, git URLs and `./` workspace paths) that may be run. */
  allowedPackages: string[];
  /** Hosts (globs) credentials may be sent to: auth headers, tokens, client secrets, signed AWS endpoints. */
  authHosts: string[];
  /** Environment variables (globs) a manifest may name as credentials. */
  credentialEnv: string[];
  /** Set on events whose pull request is not trusted: why nothing from it is executed. */
  untrusted?: string;
  /** What remote reads may reach and take. */
  fetch: FetchPolicy;
}

export const DEFAULT_ALLOWED_PACKAGES = ['stactools-*', 'rio-stac', './**'];
/** `STAC_INGEST_*`, and the variables the Action's own secret inputs are exported to. */
export const DEFAULT_CREDENTIAL_ENV = [
  'STAC_INGEST_*',
  'STAC_INGESTOR_TOKEN',
  'COGNITO_CLIENT_SECRET',
  'PGSTAC_DSN',
  'STAC_API_AUTH',
];

/** Least privilege: what a workflow gets without setting any policy input. */
export function defaultPolicy(workspace: string): TrustedPolicy {
  return {
    workspace,
    outsidePaths: [],
    allowedPackages: DEFAULT_ALLOWED_PACKAGES,
    authHosts: [],
    credentialEnv: DEFAULT_CREDENTIAL_ENV,
    fetch: DEFAULT_FETCH_POLICY,
  };
}

/** The policy settings as the entries read them (inputs or flags); absent means the default. */
export interface PolicySettings {
  /** Directories outside the workspace that may be read (relative to the workspace or absolute). */
  allowPaths?: string[];
  /** Replaces the default list. */
  allowedPackages?: string[];
  authHosts?: string[];
  /** Added to the default list. */
  credentialEnv?: string[];
  /** Why the event's pull request is untrusted (from security/events.ts). */
  untrusted?: string;
  /** Run code from an untrusted pull request anyway. */
  allowPrCode?: boolean;
  fetchHosts?: string[];
  /** Added to the default list. */
  schemaHosts?: string[];
  allowAddresses?: string[];
  maxDocumentBytes?: number;
  maxCatalogs?: number;
  maxItems?: number;
  requestTimeoutSeconds?: number;
  totalTimeoutSeconds?: number;
}

/** The Action input and CLI flag (without `--`) of each list setting, for the entries and for errors. */
export const LIST_SETTINGS = {
  allowPaths: { input: 'allow-paths', flag: 'allow-path' },
  allowedPackages: { input: 'allowed-packages', flag: 'allow-package' },
  authHosts: { input: 'auth-hosts', flag: 'auth-host' },
  credentialEnv: { input: 'credential-env', flag: 'credential-env' },
  ...FETCH_LIST_SETTINGS,
} as const;
export const NUMBER_SETTINGS = FETCH_NUMBER_SETTINGS;
export const PR_CODE_SETTING = { input: 'allow-pr-code', flag: 'allow-pr-code' } as const;

/** `the Action input \`auth-hosts\` (CLI --auth-host)`. */
export function inputName(setting: keyof typeof LIST_SETTINGS | 'allowPrCode'): string {
  return settingName(setting === 'allowPrCode' ? PR_CODE_SETTING : LIST_SETTINGS[setting]);
}

/** The policy from the entries' settings, over the defaults. */
export function buildPolicy(workspace: string, s: PolicySettings): TrustedPolicy {
  const base = defaultPolicy(workspace);
  const policy: TrustedPolicy = {
    workspace,
    outsidePaths: (s.allowPaths ?? []).map((p) => path.resolve(workspace, p)),
    allowedPackages: s.allowedPackages && s.allowedPackages.length > 0 ? s.allowedPackages : base.allowedPackages,
    authHosts: s.authHosts ?? [],
    credentialEnv: [...base.credentialEnv, ...(s.credentialEnv ?? [])],
    fetch: fetchPolicy(s),
  };
  if (s.untrusted !== undefined && !s.allowPrCode) policy.untrusted = s.untrusted;
  return policy;
}

const seconds = (n: number | undefined, fallback: number): number => (n !== undefined ? n * 1000 : fallback);

function fetchPolicy(s: PolicySettings): FetchPolicy {
  const d = DEFAULT_FETCH_POLICY;
  return {
    hosts: s.fetchHosts ?? [],
    schemaHosts: [...d.schemaHosts, ...(s.schemaHosts ?? [])],
    allowAddresses: addressClasses(s.allowAddresses ?? []),
    maxDocumentBytes: s.maxDocumentBytes ?? d.maxDocumentBytes,
    maxCatalogs: s.maxCatalogs ?? d.maxCatalogs,
    maxItems: s.maxItems ?? d.maxItems,
    requestTimeoutMs: seconds(s.requestTimeoutSeconds, d.requestTimeoutMs),
    totalTimeoutMs: seconds(s.totalTimeoutSeconds, d.totalTimeoutMs),
  };
}
