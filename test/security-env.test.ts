import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { subprocessEnvironment } from '../src/security/env.js';
import { generateItems } from '../src/stages/generate/index.js';
import { runRioStac } from '../src/sources/assets/rio-stac.js';
import { CANARY_PACKAGE, canarySecrets, leakedCanaries } from './support/canary.js';

/**
 * Defect 1 of issue 10: uvx and rio-stac subprocesses received the whole job environment. A package named by a
 * pull request is code from the pull request; our canary package records the environment it is started with.
 */
const secrets = canarySecrets();
const saved: NodeJS.ProcessEnv = {};
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-env-'));
  for (const [k, v] of Object.entries({ ...secrets, UV_NO_PROGRESS: '1', LC_ALL: 'C.UTF-8' })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await rm(dir, { recursive: true, force: true });
});

async function recorded(file: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
}

describe('the environment of subprocesses (allow-list)', () => {
  it('keeps what a Python tool needs and drops every secret of the job', () => {
    const env = subprocessEnvironment({
      ...secrets,
      PATH: '/usr/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      TMPDIR: '/tmp/x',
      UV_CACHE_DIR: '/cache/uv',
      HTTPS_PROXY: 'http://proxy:3128',
      no_proxy: 'localhost',
      UV_PUBLISH_TOKEN: 'pypi-secret',
    });
    expect(Object.keys(env).sort()).toEqual(
      ['HOME', 'HTTPS_PROXY', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR', 'UV_CACHE_DIR', 'no_proxy'].sort(),
    );
  });

  it('passes what the workflow names explicitly, but never INPUT_* or ACTIONS_*', () => {
    const env = subprocessEnvironment({ ...secrets, GDAL_CACHEMAX: '512', GDAL_HTTP_TIMEOUT: '30' }, [
      'GDAL_*',
      'INPUT_*',
      'ACTIONS_RUNTIME_TOKEN',
      'AWS_ACCESS_KEY_ID',
    ]);
    expect(env).toEqual({
      GDAL_CACHEMAX: '512',
      GDAL_HTTP_TIMEOUT: '30',
      AWS_ACCESS_KEY_ID: secrets.AWS_ACCESS_KEY_ID,
    });
  });

  it.each(['worker', 'uvx'] as const)(
    'a stactools package run by the %s engine sees PATH, HOME and uv settings, and no canary secret',
    async (engine) => {
      const record = path.join(dir, `create-item-${engine}.env.json`);
      const {
        outcomes: [outcome],
      } = await generateItems(
        [
          {
            request: {
              package_name: CANARY_PACKAGE,
              group_name: 'canary',
              create_item_args: [record],
              create_item_options: {},
              collection_id: null,
            },
            origin: { file: 'stac-ingest.yaml', entry: 'sources[0] (canary)' },
            timeoutMs: 120_000,
          },
        ],
        { runner: createProcessRunner(), logger: new RecordingLogger() },
        { concurrency: 1, cwd: dir, engine },
      );
      expect(outcome?.ok, outcome && !outcome.ok ? `${outcome.error}\n${outcome.stderr}` : '').toBe(true);
      const env = await recorded(record);
      expect(leakedCanaries(JSON.stringify(env), secrets)).toEqual([]);
      expect(Object.keys(env).filter((k) => /^(INPUT_|ACTIONS_|AWS_|GITHUB_)/.test(k))).toEqual([]);
      expect(env['PATH']?.endsWith(process.env['PATH'] ?? '-')).toBe(true); // uv or we put the env's bin first
      expect(env['HOME']).toBe(process.env['HOME']);
      expect(env['UV_NO_PROGRESS']).toBe('1');
      expect(env['LC_ALL']).toBe('C.UTF-8');
    },
  );

  it('rio-stac (here our stand-in `rio` script) sees no canary secret either', async () => {
    const asset = path.join(dir, 'scene.tif');
    await writeFile(asset, 'not a real raster: the stand-in does not read it');
    const r = await runRioStac(createProcessRunner(), {
      tool: CANARY_PACKAGE,
      asset,
      assetName: 'data',
      itemId: 'scene',
      timeoutMs: 120_000,
      skipDrivers: ['VRT', 'WMS', 'ESRI Shapefile'],
    });
    expect(r.ok, r.ok ? '' : `${r.message}\n${r.stderr}`).toBe(true);
    const env = await recorded(`${asset}.env.json`);
    expect(leakedCanaries(JSON.stringify(env), secrets)).toEqual([]);
    expect(env['PATH']?.endsWith(process.env['PATH'] ?? '-')).toBe(true); // uv puts its tool env first
    // GDAL reads the asset alone, unsigned: no sidecars, no referencing drivers, no credential lookup (IMDS, ~/.aws)
    expect(env).toMatchObject({ GDAL_DISABLE_READDIR_ON_OPEN: 'EMPTY_DIR', AWS_NO_SIGN_REQUEST: 'YES' });
    expect(env['GDAL_SKIP']).toBe('VRT,WMS,ESRI Shapefile');
  });

  it('a runner given `subprocess-env` names passes those on', async () => {
    process.env['GDAL_HTTP_MAX_RETRY'] = '5';
    try {
      const r = await createProcessRunner({ passEnv: ['GDAL_*'] }).run('python3', [
        '-c',
        'import json, os; print(json.dumps(dict(os.environ)))',
      ]);
      const env = JSON.parse(r.stdout) as Record<string, string>;
      expect(env['GDAL_HTTP_MAX_RETRY']).toBe('5');
      expect(leakedCanaries(r.stdout, secrets)).toEqual([]);
    } finally {
      delete process.env['GDAL_HTTP_MAX_RETRY'];
    }
  });
});
