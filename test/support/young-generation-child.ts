/**
 * A process that allocates like a long validation (garbage, some of it surviving a few collections) and prints
 * the size of its young generation and of a worker thread's started afterwards, as JSON:
 *   node --import tsx test/support/young-generation-child.ts [cap]
 * With `cap`, capYoungGenerations() (src/stages/validate/heap.ts) is called first.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { capYoungGenerations, YOUNG_GENERATION_MB } from '../../src/stages/validate/heap.js';

const youngMb = (): number =>
  (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? NaN) / (1 << 20);

if (process.argv[2] === 'cap') capYoungGenerations();
const recent: unknown[] = new Array(50_000);
for (let round = 0; round < 200; round++) {
  for (let i = 0; i < 20_000; i++) recent[(round * 20_000 + i) % recent.length] = { round, i, text: `item ${i}` };
  await new Promise((resolve) => setTimeout(resolve, 1));
}
const worker = new Worker(
  "const v8 = require('node:v8'); require('node:worker_threads').parentPort.postMessage(" +
    "v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576)",
  { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } },
);
const [workerMb] = (await once(worker, 'message')) as [number];
await worker.terminate();
process.stdout.write(JSON.stringify({ main: youngMb(), worker: workerMb }) + '\n');
