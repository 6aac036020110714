import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { isPre1Stac, migrateDocument } from '../src/sources/migrate.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';

const OLD = fileURLToPath(new URL('./fixtures/stac/old/', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

/** A dataset folder with the two old documents and a manifest; `migrate` sets the option on both entries. */
async function oldDataset(migrate: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-migrate-'));
  dirs.push(dir);
  await cp(OLD, path.join(dir, 'stac'), { recursive: true });
  const flag = migrate ? '\n    migrate: true' : '';
  const manifest = [
    'version: 1',
    'collections:',
    `  - id: old-collection\n    file: stac/collection-1.0.0-rc.1.json${flag}`,
    'sources:',
    `  - id: old-items\n    collection: old-collection\n    files: stac/item-0.9.0.json${flag}`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest);
  return path.join(dir, 'stac-ingest.yaml');
}

function options(manifestPath: string, command: IngestOptions['command']): IngestOptions {
  return { command, manifestPath, concurrency: 1, schemaMirrors: [bundledSchemaMirror()!], network: false };
}

describe('migrate: true (older STAC in, current STAC out)', () => {
  it('tells 0.x and 1.0.0 pre-releases from current versions', () => {
    expect(['0.8.1', '0.9.0', '1.0.0-beta.2', '1.0.0-rc.4'].every(isPre1Stac)).toBe(true);
    expect(['1.0.0', '1.1.0', 'x', undefined].some(isPre1Stac)).toBe(false);
  });

  it('upgrades with stac-migrate and says what changed, leaving current documents alone', async () => {
    const doc = JSON.parse(await readFile(path.join(OLD, 'item-0.9.0.json'), 'utf8'));
    const { doc: upgraded, migration } = migrateDocument(doc);
    expect(migration).toMatchObject({ from: '0.9.0', to: upgraded['stac_version'] });
    expect(upgraded['stac_extensions']).toEqual([
      expect.stringMatching(/^https:\/\/stac-extensions\.github\.io\/eo\//),
    ]);
    expect(migration?.changed).toEqual(expect.arrayContaining(['/stac_version', '/stac_extensions/0']));
    expect(doc['stac_version']).toBe('0.9.0'); // the input is not mutated
    const current = { ...upgraded };
    expect(migrateDocument(current)).toEqual({ doc: current });
  });

  it('without it, an old version is a located error that suggests the option', async () => {
    const result = await ingest(options(await oldDataset(false), 'validate'), {
      logger: new RecordingLogger(),
      runner: createProcessRunner(),
    });
    expect(result.ok).toBe(false);
    const old = result.validation?.findings.filter((f) => f.rule === 'stac:version') ?? [];
    expect(old.map((f) => [path.basename(f.location.file ?? ''), f.location.pointer])).toEqual(
      expect.arrayContaining([
        ['item-0.9.0.json', '/stac_version'],
        ['collection-1.0.0-rc.1.json', '/stac_version'],
      ]),
    );
    expect(old[0]?.message).toContain('migrate: true');
  });

  it('with it, the documents validate offline and the plan lists the migrations', async () => {
    const manifest = await oldDataset(true);
    const deps = { logger: new RecordingLogger(), runner: createProcessRunner() };
    const validated = await ingest(options(manifest, 'validate'), deps);
    expect(validated.problems).toEqual([]);
    expect(validated.ok).toBe(true);
    const planned = await ingest(options(manifest, 'plan'), deps);
    const notes = planned.plan?.notes.join('\n') ?? '';
    expect(notes).toMatch(
      /sources\[0\] \(old-items\): migrated 1 document\(s\) with stac-migrate \(0\.9\.0 -> 1\.\d\.\d\)/,
    );
    expect(notes).toMatch(/collections\[0\] \(old-collection\): migrated 1 document\(s\) .*1\.0\.0-rc\.1 -> 1\.\d\.\d/);
    expect(notes).toContain('/stac_extensions/0');
  });
});
