/**
 * A process that spills a generated item and exits without the run finishing (as a second SIGINT or the cancel
 * grace ending does, by process.exit): prints the spill's folder first.
 *   tsx test/support/spill-child.ts
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { GeneratedSpill } from '../../src/stages/generate/spill.js';
import { validItem } from './stac-docs.js';

const spills = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('stac-ingest-generated-'));
const before = new Set(await spills());
const spill = await GeneratedSpill.open();
await spill.add({ doc: validItem('c1', 'i1'), origin: { file: 'rows.csv', line: 2 } });
process.stdout.write(`${(await spills()).filter((n) => !before.has(n)).join('\n')}\n`);
process.exit(130);
