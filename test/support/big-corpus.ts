/**
 * What the streaming e2e tests share (issue 12): realistic items with a long description each (many bytes, few
 * items, so a source larger than a small heap costs little CPU), and the built CLI run with Node options.
 */
import path from 'node:path';
import { createProcessRunner } from '../../src/clients/process.js';
import { scaleItem } from '../../bench/scale/corpus.js';
import { REPO_ROOT } from './dataset.js';

/** The heap, in MB, the limited runs are given. */
export const HEAP_MB = 256;

const FILLER = 'Sentinel-2 L2A scene processed with Sen2Cor 2.11 from the L1C product; '.repeat(1400);

/** The bench's item `i` with a description of about 100 KB. */
export function bigItem(i: number): { id: string; properties: Record<string, unknown> } {
  const doc = scaleItem(i) as { id: string; properties: Record<string, unknown> };
  doc.properties['description'] = `scene ${i}: ${FILLER}`;
  return doc;
}

const runner = createProcessRunner();

/** Runs the built CLI (dist/) offline in `cwd`, Node started with `nodeOptions`. */
export function builtCli(cwd: string, args: string[], nodeOptions: string[]) {
  const entry = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
  return runner.run(process.execPath, [...nodeOptions, entry, ...args, '--offline'], { cwd, timeoutMs: 600_000 });
}

/** The finding lines of a CLI's output. */
export const findings = (text: string) => text.split('\n').filter((l) => /error|warning/i.test(l) && !/took/.test(l));
