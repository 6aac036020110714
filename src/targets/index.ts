import type { Target } from '../manifest/schema.js';
import type { Logger } from '../logging.js';
import { ConfigurationError } from '../errors.js';
import type { Sink } from './target.js';
import { createDirectorySink } from './directory/index.js';
import type { OutputPolicy } from './directory/output-dir.js';
import { createMaapSink } from './maap.js';
import { createPgstacSink } from './pgstac.js';
import { createIngestorSink } from './ingestor.js';
import type { AwsClients } from '../clients/aws.js';
import type { StacApiClient } from '../clients/stac-api.js';

/** External clients a sink may need; each is created lazily by the sink when absent. */
export interface SinkDeps {
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

/** The sink for a target. Each target type lives in its own module. */
export async function createSink(target: Target, baseDir: string, deps: SinkDeps): Promise<Sink> {
  switch (target.type) {
    case 'directory':
      if (!deps.outputPolicy) throw new Error('a directory target needs an output policy');
      return createDirectorySink(target, baseDir, deps.outputPolicy);
    case 'maap':
      return createMaapSink(target, baseDir, deps);
    case 'ingestor':
      return createIngestorSink(target, {
        logger: deps.logger,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.env ? { env: deps.env } : {}),
      });
    case 'pgstac':
      return createPgstacSink(target, {
        logger: deps.logger,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.env ? { env: deps.env } : {}),
      });
    default: {
      const unknown: { type?: unknown } = target;
      throw new ConfigurationError(`target type '${String(unknown.type)}' cannot be delivered to by this build yet`);
    }
  }
}
