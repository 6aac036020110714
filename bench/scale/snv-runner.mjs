/**
 * stac-node-validator on an NDJSON file, run by bench/scale/run.ts in a child process of its own (so its CPU time
 * and peak RSS are measured alone). Configured for speed and for the same schemas as stac-ingest:
 * - the programmatic API (no CLI report printing, no file per item), items parsed from the NDJSON lines;
 * - `schemaMap` sends every schema URL host to the same local folder stac-ingest bundles (nothing is fetched);
 * - items go in batches (one `validate(array)` call each): it makes one ajv instance per call, so a batch
 *   compiles the schemas once; `verbose: false` keeps ajv at its first error, its fastest mode.
 *
 *   node snv-runner.mjs <stac-node-validator package dir> <file.ndjson> <schemas folder> <batch size>
 * Prints one JSON line: { checked, invalid, firstError }.
 */
import { createReadStream, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';

const [pkgDir, file, schemas, batchText] = process.argv.slice(2);
const require = createRequire(path.resolve(pkgDir, 'package.json'));
const validate = require('stac-node-validator');
const nodeLoader = require('stac-node-validator/src/loader/node');

const schemaMap = {};
for (const host of readdirSync(schemas, { withFileTypes: true }))
  if (host.isDirectory()) schemaMap[`https://${host.name}/`] = path.join(schemas, host.name) + path.sep;
const config = { loader: nodeLoader, schemaMap, verbose: false, strict: false };

const batchSize = Number(batchText);
let checked = 0;
let invalid = 0;
let firstError;
let batch = [];

async function flush() {
  if (batch.length === 0) return;
  const report = await validate(batch, config);
  const children = report.children.length > 0 ? report.children : [report];
  for (const r of children) {
    checked++;
    if (r.valid === true) continue;
    invalid++;
    firstError ??= JSON.stringify({ id: r.id, results: r.results, messages: r.messages }).slice(0, 400);
  }
  batch = [];
}

for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  batch.push(JSON.parse(line));
  if (batch.length === batchSize) await flush();
}
await flush();
console.log(JSON.stringify({ checked, invalid, firstError }));
