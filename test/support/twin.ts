import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './dataset.js';

/** The running local twin's values (see twin/README.md): moto, the STAC API, pgstac, the real handlers. */
export interface TwinEnv {
  region: string;
  aws_endpoint_url: string;
  aws_access_key_id: string;
  aws_secret_access_key: string;
  stack_name: string;
  stac_api_url: string;
  pg_dsn: string;
  pg_admin_dsn: string;
  loader_topic_arn: string;
  loader_queue_url: string;
  loader_dlq_url: string;
  generator_topic_arn: string;
  generator_queue_url: string;
  generator_dlq_url: string;
  s3_bucket: string;
}

export const TWIN_ENV_FILE = path.join(REPO_ROOT, '.twin', 'run', 'env.json');

/**
 * Reads the twin's env.json. The twin is started by test/support/twin-global-setup.ts (or by hand
 * with `python3 twin/twin.py start`); a missing twin is an error with the command that fixes it,
 * never a silent skip.
 */
export function twinEnv(): TwinEnv {
  if (!existsSync(TWIN_ENV_FILE)) {
    throw new Error(
      'the local twin is not running: install it with `bash twin/install.sh` (bash .ci/run does), ' +
        'then `npm test` starts it, or start it by hand with `python3 twin/twin.py start`',
    );
  }
  return JSON.parse(readFileSync(TWIN_ENV_FILE, 'utf8')) as TwinEnv;
}

/** Points the AWS SDK's default credential and region chain at the twin's moto (this test process only). */
export function useTwinCredentials(env: TwinEnv): void {
  process.env['AWS_ACCESS_KEY_ID'] = env.aws_access_key_id;
  process.env['AWS_SECRET_ACCESS_KEY'] = env.aws_secret_access_key;
  process.env['AWS_REGION'] = env.region;
}

/** The manifest `targets:` block (and `default_target`) of a MAAP target pointing at the twin. */
export function twinTargetYaml(env: TwinEnv): string {
  return `targets:
  twin:
    type: maap
    region: ${env.region}
    endpoint: ${env.aws_endpoint_url}
    stack: ${env.stack_name}
    stac_api: ${env.stac_api_url}
    wait_minutes: 3
    poll_seconds: 1
default_target: twin
`;
}
