import { afterEach, describe, expect, it } from 'vitest';
import { access, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import type { PolicySettings } from '../src/security/policy.js';
import { testPolicy } from './support/policy.js';
import { validCollection, validItem } from './support/stac-docs.js';

/**
 * Workspace containment (issue 10, defect 7): a manifest (which a pull request can change) names paths, globs and
 * catalogs; every one must resolve, symlinks followed, inside the workspace unless `allow-paths` allows more.
 * Each case lays out a real workspace and a real folder outside it holding a valid item ("the secret").
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** `<root>/ws` (the workspace, holding the manifest and a collection) and `<root>/outside` (an item to steal). */
async function layout(sources: string, collections = '  - id: c1\n    file: collection.json\n') {
  const root = await mkdtemp(path.join(tmpdir(), 'stac-ingest-contain-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  await mkdir(path.join(ws, 'items'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(ws, 'collection.json'), json(validCollection('c1')));
  await writeFile(path.join(ws, 'items', 'ok.json'), json(validItem('c1', 'inside-item')));
  await writeFile(path.join(outside, 'secret.json'), json(validItem('c1', 'outside-secret')));
  await writeFile(path.join(outside, 'collection.json'), json(validCollection('c1')));
  await writeFile(path.join(outside, 'rows.csv'), 'file\nsecret\n');
  const manifest = path.join(ws, 'stac-ingest.yaml');
  const text = `version: 1\ncollections:\n${collections}sources:\n${sources}`;
  await writeFile(manifest, text.replaceAll('$OUTSIDE', outside));
  return { root, ws, outside, manifest };
}

async function run(manifest: string, ws: string, command: IngestOptions['command'], settings: PolicySettings = {}) {
  const logger = new RecordingLogger();
  const result = await ingest(
    {
      command,
      manifestPath: manifest,
      policy: testPolicy(ws, settings),
      workspace: ws,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
    },
    { logger, runner: createProcessRunner() },
  );
  const errors = result.problems.filter((p) => p.severity === 'error');
  return { result, errors, text: errors.map((e) => e.message).join('\n') };
}

const OUTSIDE_RULE = /lies outside the workspace .*the Action input `allow-paths` \(CLI --allow-path\)/;

describe('workspace containment of manifest paths', () => {
  it('refuses a files glob reaching out of the workspace (../outside/*.json), at its manifest line', async () => {
    const d = await layout('  - id: s1\n    collection: c1\n    files: ../outside/*.json\n');
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.result.ok).toBe(false);
    expect(r.text).toMatch(OUTSIDE_RULE);
    expect(r.text).toContain('sources[0].files:');
    expect(r.errors[0]?.location).toMatchObject({ line: 8 });
    expect(r.result.validation?.checked.items ?? 0).toBe(0);
  });

  it('refuses an absolute glob, naming the entry of a list of patterns', async () => {
    const d = await layout(
      '  - id: s1\n    collection: c1\n    files:\n      - items/*.json\n      - $OUTSIDE/*.json\n',
    );
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.text).toMatch(OUTSIDE_RULE);
    expect(r.text).toContain('sources[0].files[1]:');
    expect(r.errors[0]?.location).toMatchObject({ line: 10 });
  });

  it('refuses a symlink under items/ leading outside: nothing is published', async () => {
    const d = await layout('  - id: s1\n    collection: c1\n    files: items/*.json\n');
    await symlink(path.join(d.outside, 'secret.json'), path.join(d.ws, 'items', 'link.json'));
    const r = await run(d.manifest, d.ws, 'run');
    expect(r.result.ok).toBe(false);
    expect(r.text).toMatch(/items\/link\.json \(through a symlink: .*outside\/secret\.json\) lies outside/);
    expect(r.result.output).toBeUndefined();
    await expect(access(path.join(d.ws, '.stac-ingest', 'out'))).rejects.toThrow();
  });

  it('still reads a symlink that stays inside the workspace', async () => {
    const d = await layout('  - id: s1\n    collection: c1\n    files: items/*.json\n');
    await mkdir(path.join(d.ws, 'shared'));
    await writeFile(path.join(d.ws, 'shared', 'two.json'), json(validItem('c1', 'shared-item', 1)));
    await symlink(path.join(d.ws, 'shared', 'two.json'), path.join(d.ws, 'items', 'two.json'));
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.errors).toEqual([]);
    expect(r.result.validation?.checked.items).toBe(2);
  });

  it('refuses collections[].file: /etc/passwd and a rows file outside', async () => {
    const d = await layout(
      '  - id: s1\n    collection: c1\n    stactools:\n      package: stactools-x==1.0.0\n' +
        '      group: x\n      rows: $OUTSIDE/rows.csv\n      args: ["{file}"]\n',
      '  - id: c1\n    file: /etc/passwd\n',
    );
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.text).toMatch(/collections\[0\]\.file: \/etc\/passwd lies outside the workspace/);
    expect(r.text).toMatch(/sources\[0\]\.stactools\.rows: .*outside\/rows\.csv lies outside the workspace/);
    expect(r.errors.map((e) => e.location?.line)).toEqual([4, 11]);
    expect(r.text).not.toContain('root:');
  });

  it("refuses a local catalog's link out of the workspace, at the link", async () => {
    const d = await layout('  - id: s1\n    collection: c1\n    catalog: cat/catalog.json\n');
    await mkdir(path.join(d.ws, 'cat'));
    const catalog = {
      type: 'Catalog',
      stac_version: '1.0.0',
      id: 'cat',
      description: 'd',
      links: [{ rel: 'item', href: `file://${path.join(d.outside, 'secret.json')}` }],
    };
    await writeFile(path.join(d.ws, 'cat', 'catalog.json'), json(catalog));
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.text).toMatch(/item link 'file:\/\/.*secret\.json' .*lies outside the workspace/);
    expect(r.errors[0]?.location).toMatchObject({ pointer: '/links/0/href' });
  });

  it('refuses a catalog and schema folders the manifest names outside the workspace', async () => {
    const d = await layout(
      '  - id: s1\n    collection: c1\n    catalog: ../outside/catalog.json\n' +
        'validation:\n  schema_mirrors: [../outside]\n  schema_cache: /tmp\n',
    );
    const r = await run(d.manifest, d.ws, 'validate');
    expect(r.text).toMatch(/validation\.schema_mirrors\[0\]: .*outside lies outside/);
    expect(r.text).toMatch(/validation\.schema_cache: \/tmp lies outside/);
  });

  it('allow-paths lets the workflow widen it', async () => {
    const d = await layout('  - id: s1\n    collection: c1\n    files: ../outside/secret.json\n');
    const refused = await run(d.manifest, d.ws, 'validate', { allowPaths: ['../elsewhere'] });
    expect(refused.text).toContain('(now: ' + path.join(d.root, 'elsewhere') + ')');
    const r = await run(d.manifest, d.ws, 'validate', { allowPaths: ['../outside'] });
    expect(r.errors).toEqual([]);
    expect(r.result.validation?.checked.items).toBe(1);
  });
});
