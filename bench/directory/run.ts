/**
 * Directory target benchmark: the write stage (write into the staging folder, read every file back,
 * swap) for N items in one collection, format `both`, against the read-back it replaced, which
 * re-read the target of every structural link (each item re-read `collection.json`, whose size grows
 * with N, and `catalog.json`): quadratic in N.
 *
 *   npx tsx bench/directory/run.ts [--n 2000,20000] [--sample 500]
 *
 * The previous read-back's link re-reads are timed on the whole output up to `--sample` items and on
 * a sample of `--sample` item files beyond, extrapolated to N (each item's re-reads cost the same);
 * the output says which. Its per-file parse-and-compare is the same as ours and is not re-timed:
 * "before" = our write stage + the link re-reads.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { layoutStaticCatalog, writeDirectory } from '../../src/targets/directory/write.js';
import { outputPolicy } from '../../src/targets/directory/output-dir.js';
import type { StacObject } from '../../src/model/stac.js';
import { validCollection, validItem } from '../../test/support/stac-docs.js';

interface Args {
  ns: number[];
  sample: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { ns: [2000, 20_000], sample: 500 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[++i] ?? '';
    if (a === '--n') args.ns = value.split(',').map(Number);
    else if (a === '--sample') args.sample = Number(value);
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.ns.some((n) => !Number.isInteger(n) || n <= 0) || !(args.sample > 0))
    throw new Error('--n takes positive integers separated by commas, --sample a positive integer');
  return args;
}

const STRUCTURAL = new Set(['self', 'root', 'parent', 'child', 'item', 'collection']);

/** The previous read-back's link check: every structural link's target read again. */
async function linkRereads(root: string, files: Array<{ rel: string; doc: StacObject }>): Promise<void> {
  for (const f of files)
    for (const link of (f.doc['links'] as Array<Record<string, unknown>>) ?? [])
      if (STRUCTURAL.has(String(link['rel'])))
        await readFile(path.join(root, path.dirname(f.rel), String(link['href'])));
}

async function measure(n: number, sample: number): Promise<string[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'stac-ingest-bench-dir-'));
  try {
    const collections = [validCollection('c1')];
    const items = Array.from({ length: n }, (_, i) => validItem('c1', `item-${i}`, i, 'bench'));
    const root = path.join(work, 'out');
    const policy = outputPolicy({ manifestPath: path.join(work, 'stac-ingest.yaml') });
    const ours = await timed(() => writeDirectory(root, collections, items, 'both', policy));
    const { json } = layoutStaticCatalog(collections, items, 'both');
    const itemFiles = json.filter((f) => f.doc['type'] === 'Feature');
    const part = itemFiles.slice(0, sample);
    const reread = await timed(() => linkRereads(root, part));
    const scale = itemFiles.length / part.length;
    const before = { wallMs: ours.wallMs + reread.wallMs * scale, cpuMs: ours.cpuMs + reread.cpuMs * scale };
    const how = part.length < itemFiles.length ? `sampled ${part.length}, extrapolated` : 'all timed';
    return [
      String(n),
      `${s(ours.wallMs)} (${s(ours.cpuMs)} CPU)`,
      `${s(before.wallMs)} (${s(before.cpuMs)} CPU)`,
      how,
      `${(before.wallMs / ours.wallMs).toFixed(1)}x (${(before.cpuMs / ours.cpuMs).toFixed(1)}x CPU)`,
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Wall time and this process's CPU time (user + system) of `fn`: CPU time is what a busy machine does not blur. */
async function timed(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(
    `directory write stage, format both, one collection; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}`,
  );
  const rows = [['items', 'write stage now', 'before (link re-reads)', 'before measured', 'ratio']];
  for (const n of args.ns) rows.push(await measure(n, args.sample));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}

await main();
