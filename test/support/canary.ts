import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { REPO_ROOT } from './dataset.js';

/** The stactools plugin of ours that records the environment it is given (test/fixtures/stactools-canary). */
export const CANARY_PACKAGE = path.join(REPO_ROOT, 'test', 'fixtures', 'stactools-canary');

/**
 * Secrets a job holds, each with a value found nowhere else: the Action's inputs, the runner's tokens, AWS keys,
 * DSNs and API tokens. A canary value showing up in any output or subprocess environment is a leak.
 */
export function canarySecrets(): Record<string, string> {
  const tag = randomBytes(6).toString('hex');
  const v = (name: string) => `canary-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${tag}`;
  return {
    'INPUT_GITHUB-TOKEN': v('input-github-token'),
    'INPUT_INGESTOR-TOKEN': v('input-ingestor-token'),
    GITHUB_TOKEN: v('github-token'),
    ACTIONS_RUNTIME_TOKEN: v('actions-runtime-token'),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: v('actions-id-token'),
    AWS_ACCESS_KEY_ID: `AKIA${tag.toUpperCase()}`,
    AWS_SECRET_ACCESS_KEY: v('aws-secret'),
    AWS_SESSION_TOKEN: v('aws-session'),
    PGSTAC_DSN: `postgresql://ingest:${v('pg-password')}@db.internal:5432/pgstac`,
    STAC_INGESTOR_TOKEN: v('ingestor-token'),
    COGNITO_CLIENT_SECRET: v('cognito-secret'),
    STAC_API_AUTH: `Bearer ${v('stac-api-auth')}`,
    MY_DEPLOY_KEY: v('deploy-key'),
  };
}

/** The distinctive part of every canary (a DSN's password, a header's token), to search outputs for. */
export function canaryNeedles(secrets: Record<string, string>): string[] {
  return Object.values(secrets).map((s) => /canary-[a-z0-9-]+|AKIA[0-9A-F]+/.exec(s)?.[0] ?? s);
}

/** The canaries found in `text` (empty when none leaked). */
export function leakedCanaries(text: string, secrets: Record<string, string>): string[] {
  return canaryNeedles(secrets).filter((n) => text.includes(n));
}
