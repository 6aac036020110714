import { DEMO_PACKAGE } from './dataset.js';
import {
  buildPolicy,
  DEFAULT_ALLOWED_PACKAGES,
  type PolicySettings,
  type TrustedPolicy,
} from '../../src/security/policy.js';
import type { FetchPolicy } from '../../src/security/fetch-policy.js';

/**
 * The trusted policy for a test whose dataset lives in `workspace`. Tests talk to loopback servers (the twin,
 * stand-ins, capture servers): each allowance they need is passed here explicitly, never a default of the tool.
 */
export function testPolicy(workspace: string, settings: PolicySettings = {}): TrustedPolicy {
  return buildPolicy(workspace, settings);
}

/** Loopback services may be sent credentials (the twin, the stand-ins). */
export const LOOPBACK: PolicySettings = { authHosts: ['127.0.0.1', 'localhost'] };

/** The shared demo package (test/fixtures/stactools-demo), run by datasets in temp dirs outside the repository. */
export const SHARED_DEMO_PACKAGE: PolicySettings = {
  allowedPackages: [...DEFAULT_ALLOWED_PACKAGES, DEMO_PACKAGE],
};

/** Loopback servers of a test may be fetched from (catalogs, redirects); the attack tests run without it. */
export const LOOPBACK_FETCH: PolicySettings = { allowAddresses: ['loopback'] };

/** The fetch policy of tests whose servers (catalogs, schemas) listen on loopback: allowed explicitly. */
export const LOOPBACK_FETCH_POLICY: FetchPolicy = buildPolicy('.', {
  ...LOOPBACK_FETCH,
  schemaHosts: ['127.0.0.1'],
}).fetch;
