/**
 * A stac-ingest process generating one demo item, for tests that kill it mid-item:
 *   tsx test/support/generate-child.ts <fixtures dir> <input file> [engine: worker (default) | uvx]
 * It passes STAC_INGEST_TEST_RUN on to what it starts (the `subprocess-env` mechanism), so a test can find them.
 */
import { createProcessRunner } from '../../src/clients/process.js';
import { RecordingLogger } from '../../src/logging.js';
import { generateItems } from '../../src/stages/generate/index.js';
import type { EngineName } from '../../src/stages/generate/engine.js';

const [fixtures, file, engine = 'worker'] = process.argv.slice(2) as [string, string, EngineName?];
await generateItems(
  [
    {
      request: {
        package_name: './stactools-demo',
        group_name: 'demo',
        create_item_args: [file],
        create_item_options: {},
        collection_id: null,
      },
      origin: { file },
      timeoutMs: 600_000,
    },
  ],
  { runner: createProcessRunner({ passEnv: ['STAC_INGEST_TEST_RUN'] }), logger: new RecordingLogger() },
  { concurrency: 1, cwd: fixtures, engine },
);
