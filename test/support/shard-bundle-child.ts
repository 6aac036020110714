/**
 * A `run --shard` process that exits while its bundle is being written (as a second SIGINT or the cancel grace
 * ending does, by process.exit), for tests of what it leaves in the shards folder:
 *   tsx test/support/shard-bundle-child.ts <shards dir> <manifest>
 */
import { writeShardBundle } from '../../src/run/shards.js';
import type { StreamedDocs } from '../../src/model/inputs.js';
import type { RunWork } from '../../src/run/plan.js';
import { validItem } from './stac-docs.js';

const [shards, manifest] = process.argv.slice(2) as [string, string];
const stream: StreamedDocs = {
  counts: new Map([['c1', 3]]),
  held: [],
  bounds: [],
  units: () => stream.items(),
  items: async function* () {
    yield { doc: validItem('c1', 'i0'), origin: { file: 'items/i0.json' } };
    process.exit(130);
  },
};
const work: RunWork = {
  docs: [],
  uploaded: new Set(),
  generate: [],
  assets: [],
  uploads: [],
  remote: [],
  streams: [stream],
};
await writeShardBundle(shards, manifest, { index: 1, count: 1 }, work, []);
