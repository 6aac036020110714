/**
 * A validation worker thread (started by threads.ts): parses documents and runs the checks that need
 * nothing but the document (check-unit.ts), with the fast validators the main thread hands it.
 */
import { parentPort } from 'node:worker_threads';
import type { ValidateFunction } from 'ajv';
import { RecordingLogger } from '../../logging.js';
import type { SourceDoc, StacObject } from '../../model/stac.js';
import { unitsOf } from '../../sources/units.js';
import { checkUnit } from './check-unit.js';
import { evaluateValidatorCode } from './validator-runtime.js';
import { PrecompiledValidators } from './precompiled.js';
import { shapeKey, type FastShape } from './shape.js';
import type { Checked, CheckedUnit, ToWorker } from './threads.js';

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

/** A document's result; a block's documents' results, with their lines (and text, when asked about again). */
function check(unit: SourceDoc): CheckedUnit {
  if (unit.block === undefined) return [{ result: checkUnit(unit, fast, false) }];
  const out: CheckedUnit = [];
  for (const u of unitsOf(unit)) {
    const result = checkUnit(u, fast, false);
    const line = u.origin.line as number;
    if (result.fast && result.problems.length === 0) out.push(line, result.type, result.id, result.collection);
    else {
      const again = !result.fast && result.unreadable === undefined;
      out.push({ result, line, ...(again ? { text: u.text as string } : {}) } satisfies Checked);
    }
  }
  return out;
}

const port = parentPort;
if (port === null) throw new Error('worker-main runs as a worker thread');
// messages are handled one at a time, in order (a shape is learnt before the batches that need it)
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    if (message.kind === 'shape') await learn(message.shape);
    else port.postMessage({ seq: message.seq, results: message.units.map(check) });
  });
});
