import type { Target as TargetSettings } from '../manifest/schema.js';
import type { Logger } from '../logging.js';
import { ConfigurationError } from '../errors.js';
import type { Target } from './target.js';
import { createDirectoryTarget } from './directory/index.js';
import type { OutputPolicy } from './directory/output-dir.js';
import type { AwsClients } from '../clients/aws.js';
import type { StacApiClient } from '../clients/stac-api.js';

/** External clients a target may need; each is created lazily by the target when absent. */
export interface TargetDeps {
  logger: Logger;
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  /** Injected AWS clients (tests, the local twin). */
  aws?: AwsClients;
  /** Injected STAC API client. */
  stacApi?: StacApiClient;
  /** What a directory target may replace (required for one). */
  outputPolicy?: OutputPolicy;
}

/**
 * The adapter for a target of the manifest. Each target type lives in its own module, imported only when used (the
 * maap target's AWS SDK costs start-up time that a directory run or `validate` should not pay).
 */
export async function createTarget(target: TargetSettings, baseDir: string, deps: TargetDeps): Promise<Target> {
  const shared = {
    logger: deps.logger,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.env ? { env: deps.env } : {}),
  };
  switch (target.type) {
    case 'directory':
      if (!deps.outputPolicy) throw new Error('a directory target needs an output policy');
      return createDirectoryTarget(target, baseDir, deps.outputPolicy);
    case 'maap':
      return (await import('./maap/index.js')).createMaapTarget(target, baseDir, deps);
    case 'ingestor':
      return (await import('./ingestor.js')).createIngestorTarget(target, shared);
    case 'pgstac':
      return (await import('./pgstac.js')).createPgstacTarget(target, shared);
    default: {
      const unknown: { type?: unknown } = target;
      throw new ConfigurationError(`target type '${String(unknown.type)}' cannot be delivered to by this build yet`);
    }
  }
}
