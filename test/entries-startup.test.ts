import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

/**
 * Start-up: a command loads only the modules it uses (the time it saves is measured in
 * bench/scale/run.ts). The CLI runs from src/ through tsx, with a hook recording every module loaded.
 */
const runner = createProcessRunner();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'startup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const record = path.join(dir, `modules-${args.join('-').replace(/\W/g, '_')}.txt`);
  await writeFile(record, '');
  const r = await runner.run(
    process.execPath,
    [
      '--import',
      pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href,
      '--import',
      pathToFileURL(path.join(REPO_ROOT, 'test', 'support', 'record-modules.mjs')).href,
      path.join(REPO_ROOT, 'src', 'cli.ts'),
      ...args,
    ],
    { cwd: dir, timeoutMs: 120_000, env: { ...process.env, RECORD_MODULES: record } },
  );
  expect(r.exitCode, r.stderr).toBe(0);
  return (await readFile(record, 'utf8')).split('\n').filter(Boolean);
}

const heavy = (modules: string[], names: string[]) =>
  names.filter((n) => modules.some((m) => m.includes(`/node_modules/${n}/`)));

describe('start-up', () => {
  it('--help loads none of the core, the SDKs or the validators', async () => {
    const modules = await modulesLoadedBy(['--help']);
    expect(modules.some((m) => m.endsWith('/src/cli-main.ts'))).toBe(true);
    expect(heavy(modules, ['@aws-sdk', 'pg', '@actions', 'ajv', 'zod', 'yaml', 'csv-parse'])).toEqual([]);
    expect(modules.filter((m) => m.includes('/src/run/'))).toEqual([]);
  });

  it('validate of files loads neither the AWS SDK nor pg, nor the manifest, generator or target code', async () => {
    const item = {
      type: 'Feature',
      stac_version: '1.0.0',
      id: 'a',
      collection: 'c',
      geometry: { type: 'Point', coordinates: [0, 0] },
      bbox: [0, 0, 0, 0],
      properties: { datetime: '2020-01-01T00:00:00Z' },
      links: [{ rel: 'collection', href: './collection.json' }],
      assets: {},
    };
    await writeFile(path.join(dir, 'one.ndjson'), JSON.stringify(item) + '\n');
    const modules = await modulesLoadedBy(['validate', path.join(dir, 'one.ndjson'), '--offline']);
    expect(modules.some((m) => m.endsWith('/src/run/validate-paths.ts'))).toBe(true);
    expect(heavy(modules, ['@aws-sdk', '@smithy', 'pg', '@actions', 'execa', 'yaml', 'csv-parse', 'zod'])).toEqual([]);
    // a valid document passes the precompiled validators: ajv's compiler is not loaded
    expect(modules.filter((m) => m.includes('/node_modules/ajv/dist/compile/'))).toEqual([]);
    const unused = ['/src/run/ingest.ts', '/src/manifest/', '/src/stages/generate/', '/src/targets/'];
    expect(modules.filter((m) => unused.some((u) => m.includes(u)))).toEqual([]);
    expect(modules.filter((m) => m.endsWith('/src/clients/s3.ts') || m.endsWith('/src/clients/aws.ts'))).toEqual([]);
  }, 120_000);
});
