import path from 'node:path';
import { ConfigurationError } from '../errors.js';

/**
 * The trusted policy: what may run, where secrets may go, what may be read and fetched. It comes from the Action's
 * inputs (the workflow file) or the CLI's flags and the defaults below, never from the manifest, which a pull
 * request can change. Each setting names the input and flag that widen it, for the errors that refuse a manifest.
 */

/** Address ranges a fetch may reach besides public ones (each must be allowed explicitly). */
export type AddressClass = 'loopback' | 'private' | 'link-local';
export const ADDRESS_CLASSES: readonly AddressClass[] = ['loopback', 'private', 'link-local'];

export interface FetchPolicy {
  /** Hosts (globs) any source may reach besides the host it names, and redirects may go to. */
  hosts: string[];
  /** Hosts (globs) JSON Schemas may be fetched from. */
  schemaHosts: string[];
  /** Non-public address ranges that may be contacted. */
  allowAddresses: AddressClass[];
  /** Largest document read (bytes), counted while streaming. */
  maxDocumentBytes: number;
  /** Catalogs and collections walked per source. */
  maxCatalogs: number;
  /** Items read per source. */
  maxItems: number;
  /** One request, headers and body. */
  requestTimeoutMs: number;
  /** Every read of one source together. */
  totalTimeoutMs: number;
}

export interface TrustedPolicy {
  /** The workspace (GITHUB_WORKSPACE, or the working directory): manifest paths must resolve inside it. */
  workspace: string;
  /** Directories outside the workspace that manifest paths may still resolve into. */
  outsidePaths: string[];
  /** uv requirements (globs over PyPI names, git URLs and `./` workspace paths) that may be run. */
  allowedPackages: string[];
  /** Hosts (globs) credentials may be sent to: auth headers, tokens, client secrets, signed AWS endpoints. */
  authHosts: string[];
  /** Environment variables (globs) a manifest may name as credentials. */
  credentialEnv: string[];
  /** Set on events whose pull request is not trusted: why nothing from it is executed. */
  untrusted?: string;
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
export const DEFAULT_SCHEMA_HOSTS = ['schemas.stacspec.org', 'stac-extensions.github.io', 'geojson.org', 'proj.org'];

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  hosts: [],
  schemaHosts: DEFAULT_SCHEMA_HOSTS,
  allowAddresses: [],
  maxDocumentBytes: 32 * 1024 * 1024,
  maxCatalogs: 10_000,
  maxItems: 1_000_000,
  requestTimeoutMs: 60_000,
  totalTimeoutMs: 30 * 60_000,
};

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

/** The Action input and CLI flag (without `--`) of each setting, for the entries and for errors. */
export const LIST_SETTINGS = {
  allowPaths: { input: 'allow-paths', flag: 'allow-path' },
  allowedPackages: { input: 'allowed-packages', flag: 'allow-package' },
  authHosts: { input: 'auth-hosts', flag: 'auth-host' },
  credentialEnv: { input: 'credential-env', flag: 'credential-env' },
  fetchHosts: { input: 'fetch-hosts', flag: 'fetch-host' },
  schemaHosts: { input: 'schema-hosts', flag: 'schema-host' },
  allowAddresses: { input: 'allow-addresses', flag: 'allow-address' },
} as const;
export const NUMBER_SETTINGS = {
  maxDocumentBytes: { input: 'max-document-bytes', flag: 'max-document-bytes' },
  maxCatalogs: { input: 'max-catalogs', flag: 'max-catalogs' },
  maxItems: { input: 'max-items', flag: 'max-items' },
  requestTimeoutSeconds: { input: 'request-timeout', flag: 'request-timeout' },
  totalTimeoutSeconds: { input: 'total-timeout', flag: 'total-timeout' },
} as const;
export const PR_CODE_SETTING = { input: 'allow-pr-code', flag: 'allow-pr-code' } as const;

/** `the Action input \`auth-hosts\` (CLI --auth-host)`. */
export function inputName(setting: keyof typeof LIST_SETTINGS | keyof typeof NUMBER_SETTINGS | 'allowPrCode'): string {
  const { input, flag } =
    setting === 'allowPrCode'
      ? PR_CODE_SETTING
      : setting in LIST_SETTINGS
        ? LIST_SETTINGS[setting as keyof typeof LIST_SETTINGS]
        : NUMBER_SETTINGS[setting as keyof typeof NUMBER_SETTINGS];
  return `the Action input \`${input}\` (CLI --${flag})`;
}

function addressClasses(values: readonly string[]): AddressClass[] {
  return values.map((v) => {
    if ((ADDRESS_CLASSES as readonly string[]).includes(v)) return v as AddressClass;
    throw new ConfigurationError(`${inputName('allowAddresses')} takes ${ADDRESS_CLASSES.join(', ')}; got '${v}'`);
  });
}

/** The policy from the entries' settings, over the defaults. */
export function buildPolicy(workspace: string, s: PolicySettings): TrustedPolicy {
  const base = defaultPolicy(workspace);
  const d = base.fetch;
  const policy: TrustedPolicy = {
    workspace,
    outsidePaths: (s.allowPaths ?? []).map((p) => path.resolve(workspace, p)),
    allowedPackages: s.allowedPackages && s.allowedPackages.length > 0 ? s.allowedPackages : base.allowedPackages,
    authHosts: s.authHosts ?? [],
    credentialEnv: [...base.credentialEnv, ...(s.credentialEnv ?? [])],
    fetch: {
      hosts: s.fetchHosts ?? [],
      schemaHosts: [...d.schemaHosts, ...(s.schemaHosts ?? [])],
      allowAddresses: addressClasses(s.allowAddresses ?? []),
      maxDocumentBytes: s.maxDocumentBytes ?? d.maxDocumentBytes,
      maxCatalogs: s.maxCatalogs ?? d.maxCatalogs,
      maxItems: s.maxItems ?? d.maxItems,
      requestTimeoutMs: s.requestTimeoutSeconds !== undefined ? s.requestTimeoutSeconds * 1000 : d.requestTimeoutMs,
      totalTimeoutMs: s.totalTimeoutSeconds !== undefined ? s.totalTimeoutSeconds * 1000 : d.totalTimeoutMs,
    },
  };
  if (s.untrusted !== undefined && !s.allowPrCode) policy.untrusted = s.untrusted;
  return policy;
}
