/**
 * A validation worker thread (started by threads.ts): parses documents and runs the checks that need
 * nothing but the document (check-unit.ts), with the fast validators the main thread hands it.
 */
import { parentPort } from 'node:worker_threads';
import type { ValidateFunction } from 'ajv';
import { RecordingLogger } from '../../logging.js';
import type { StacObject } from '../../model/stac.js';
import { checkUnits } from './check-unit.js';
import { evaluateValidatorCode } from './validator-runtime.js';
import { PrecompiledValidators } from './precompiled.js';
import { shapeKey, type FastShape } from './shape.js';
import { blockMemoryOf } from '../../sources/block-memory.js';
import type { FromWorker, ToWorker } from './threads.js';

const shapes = new Map<string, ValidateFunction[]>();
const precompiled = new Map<string, PrecompiledValidators>();

async function learn(shape: FastShape): Promise<void> {
  const fns: ValidateFunction[] = [];
  for (const part of shape.parts) {
    let fn: ValidateFunction | undefined;
    if ('code' in part) fn = evaluateValidatorCode(part.code)[part.url];
    else {
      let set = precompiled.get(part.precompiledDir);
      if (set === undefined)
        precompiled.set(
          part.precompiledDir,
          (set = new PrecompiledValidators(part.precompiledDir, new RecordingLogger())),
        );
      fn = await set.trusted(part.url);
    }
    if (fn === undefined) return; // this shape stays with the main thread
    fns.push(fn);
  }
  shapes.set(shape.key, fns);
}

function fast(doc: StacObject): boolean {
  const key = shapeKey(doc);
  const fns = key === undefined ? undefined : shapes.get(key);
  return fns !== undefined && fns.every((f) => f(doc) === true);
}

const port = parentPort;
if (port === null) throw new Error('worker-main runs as a worker thread');
// messages are handled one at a time, in order (a shape is learnt before the batches that need it)
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    if (message.kind === 'shape') await learn(message.shape);
    else {
      const results = message.units.map((u) => checkUnits(u, fast));
      // the blocks' memory goes back to the main thread, to read later blocks into
      const memory = blockMemoryOf(message.units);
      port.postMessage({ seq: message.seq, results, memory } satisfies FromWorker, memory);
    }
  });
});
